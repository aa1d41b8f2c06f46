/** The MDX site pages (content/site/<lang>/<name>.mdx): About, Status. */
import { getEntry } from 'astro:content';
import type { Locale } from '#src/i18n/locales.ts';

export async function getSitePage(locale: Locale, name: string) {
  const entry = await getEntry('sitePages', `${locale}/${name}`);
  if (!entry) throw new Error(`content/site/${locale}/${name}.mdx: \`file\`: missing`);
  return entry;
}
