// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import tailwindcss from '@tailwindcss/vite';
import { LOCALES, DEFAULT_LOCALE } from './src/i18n/locales.ts';
import { pagefindIndex } from './src/integrations/pagefind/index.ts';
import { deployFiles } from './src/integrations/deploy-files/index.ts';

// Deploy anywhere: the public origin and the base path come from the environment.
const site = process.env.SITE_URL ?? 'https://eight-roads.example.org';
const base = process.env.BASE_PATH ?? '/';

export default defineConfig({
  site,
  base,
  trailingSlash: 'always',
  outDir: process.env.OUT_DIR ?? './dist',
  // Builds of other content (the bad-content tests) keep their own content cache.
  cacheDir: process.env.CACHE_DIR ?? './node_modules/.astro',
  // Scripts and styles stay in files, so a strict Content-Security-Policy needs no inline allowance.
  build: { format: 'directory', inlineStylesheets: 'never' },
  i18n: {
    locales: Object.values(LOCALES).map(({ path, lang }) => ({ path, codes: [lang] })),
    // Astro validates defaultLocale against the locales' *paths* ('zh') but types it as one of their *codes*
    // ('zh-Hans'); 'zh-Hans' fails the build ("not present in the i18n.locales array"), so the path is right.
    // @ts-expect-error -- remove when Astro's type agrees with its validator.
    defaultLocale: DEFAULT_LOCALE,
    routing: { prefixDefaultLocale: true, redirectToDefaultLocale: false },
  },
  integrations: [
    mdx(),
    sitemap({
      // The search pages only hold a form; each language's commitments page repeats the newest plan's, its canonical.
      // The root, the language choice, is listed: it is the home pages' x-default and the address most often shared.
      filter: (page) => {
        const path = new URL(page).pathname;
        const commitments = Object.values(LOCALES).map(
          ({ path: locale }) => new URL(`${locale}/commitments/`, new URL(base, site)).pathname,
        );
        return !path.endsWith('/search/') && !commitments.includes(path);
      },
      i18n: {
        defaultLocale: DEFAULT_LOCALE,
        locales: Object.fromEntries(Object.values(LOCALES).map(({ path, lang }) => [path, lang])),
      },
      // The root and the home pages name the same alternates as their pages do: each language's home, and the root
      // as x-default (the integration pairs only pages under a language folder, so it gives the root none).
      serialize(item) {
        const root = new URL(base, site).href;
        const homes = Object.values(LOCALES).map(({ path, lang }) => ({ lang, url: new URL(`${path}/`, root).href }));
        if (item.url !== root && !homes.some((home) => home.url === item.url)) return item;
        return { ...item, links: [...homes, { lang: 'x-default', url: root }] };
      },
    }),
    pagefindIndex(),
    deployFiles(),
  ],
  vite: {
    plugins: [tailwindcss()],
    build: {
      assetsInlineLimit: 0,
      rollupOptions: {
        // @astrojs/mdx marks its modules with a directive that the bundler cannot keep and says so once per
        // MDX file; the directive only matters for dev-time head injection (an upstream @astrojs/mdx warning).
        // Every other warning still reaches the log, where the strict build turns it into a failure.
        onwarn(warning, warn) {
          if (warning.code === 'MODULE_LEVEL_DIRECTIVE' && warning.message.includes('astro:head-inject')) return;
          warn(warning);
        },
      },
    },
  },
});
