/**
 * Chinese first, English when ready: the made-up plan (tests/fixtures/invented-plan/), imported into a scratch content
 * folder beside eight-roads, builds at once. Its English pages show the Chinese original under a plain notice, stay out
 * of the English search index, and the build lists them as pending. eight-roads, a complete plan, is unchanged.
 */
import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { astroBuild } from '#tools/lib/astro-build.ts';
import { makeWorkDir, removeWorkDir } from '#tools/lib/work-dir.ts';
import { importPlans } from '#scripts/import/import-plans.ts';
import { toFullWidthPunctuation } from '#src/model/chinese-punctuation.ts';
import { copyReferenceContent } from '#tests/reference-plan.ts';

const FIXTURE = resolve('tests/fixtures/invented-plan');
const work = makeWorkDir('plan-in-progress-');
const content = join(work, 'content');
const outDir = join(work, 'dist');
const built = (path: string) => readFileSync(join(outDir, path), 'utf8');
let output = '';
let firstRoad = '';

beforeAll(() => {
  copyReferenceContent(content);
  mkdirSync(join(work, 'seeds/invented-plan'), { recursive: true });
  cpSync(join(FIXTURE, 'overrides.yaml'), join(work, 'seeds/invented-plan/overrides.yaml'));
  importPlans({ contentDir: content, seedsDir: join(work, 'seeds'), text: { path: join(FIXTURE, 'article.txt'), plan: 'invented-plan' } });
  firstRoad = (parse(readFileSync(join(content, 'invented-plan/structure.yaml'), 'utf8')) as { roads: { slug: string }[] }).roads[0].slug;
  const result = astroBuild({ CONTENT_DIR: content, OUT_DIR: outDir, CACHE_DIR: join(work, 'cache') });
  output = result.output;
  if (result.status !== 0) throw new Error(result.output);
}, 240_000);

afterAll(() => removeWorkDir(work));

describe('a plan whose translation is in progress', () => {
  it('builds without English files, and the build lists the pending ones', () => {
    expect(existsSync(join(content, 'invented-plan/en'))).toBe(false);
    expect(output).toContain('invented-plan: translation in progress');
    expect(output).toMatch(/invented-plan\/en\/roads\/[a-z-]+\.yaml/u);
  });

  it('shows the Chinese original under an “English translation in preparation” notice, marked as Chinese', () => {
    const html = built(`en/invented-plan/${firstRoad}/index.html`);
    expect(html).toMatch(/<p[^>]*data-translation-pending[^>]*>\s*English translation in preparation\./u);
    expect(html).toMatch(/<h1 lang="zh-Hans"[^>]*>[^<]*坚持项目为王/u);
    expect(html).toMatch(/<div lang="zh-Hans"[^>]*data-original-text/u);
    // No placeholder English: the page has no summary and no parallel translation.
    expect(html).not.toContain('data-parallel-text');
    expect(html).not.toContain('data-translation>');
    expect(built('en/invented-plan/index.html')).toContain('data-translation-pending');
  });

  it('keeps its English pages out of the English search index, and its Chinese pages in the Chinese one', () => {
    expect(built(`en/invented-plan/${firstRoad}/index.html`)).not.toContain('data-pagefind-body');
    expect(built(`zh/invented-plan/${firstRoad}/index.html`)).toContain('data-pagefind-body');
    expect(built('en/eight-roads/industrial-upgrading/index.html')).toContain('data-pagefind-body');
  });

  it('leaves the complete plan’s English pages as they were', () => {
    const html = built('en/eight-roads/industrial-upgrading/index.html');
    expect(html).not.toContain('data-translation-pending');
    expect(html).toMatch(/<h1 class/u);
  });
});

describe('the made-up plan, checked like the real one', () => {
  const pagesOf = (locale: string) =>
    readdirSync(join(outDir, locale, 'invented-plan'), { recursive: true, encoding: 'utf8' })
      .filter((file) => file.endsWith('index.html'))
      .map((file) => `${locale}/invented-plan/${file.split('\\').join('/')}`);
  /** The page's visible text: tags dropped, entities the paragraphs use decoded. */
  const visibleText = (html: string) =>
    html
      .replace(/<[^>]+>/gu, '')
      .replace(/&quot;/gu, '"')
      .replace(/&amp;/gu, '&');

  it('shows every Chinese paragraph whole on its page', () => {
    for (const kind of ['roads', 'initiatives'] as const) {
      for (const file of readdirSync(join(content, 'invented-plan/zh', kind))) {
        const data = parse(readFileSync(join(content, 'invented-plan/zh', kind, file), 'utf8')) as { road?: string; paragraphs: string[] };
        const slug = file.replace('.yaml', '');
        const page = kind === 'roads' ? `zh/invented-plan/${slug}/index.html` : `zh/invented-plan/${data.road}/${slug}/index.html`;
        const text = visibleText(built(page));
        for (const paragraph of data.paragraphs) expect(text, page).toContain(toFullWidthPunctuation(paragraph));
      }
    }
  });

  it('has an English counterpart for every Chinese page', () => {
    const chinese = pagesOf('zh');
    expect(chinese.length).toBeGreaterThan(5);
    expect(pagesOf('en')).toEqual(chinese.map((page) => page.replace(/^zh\//u, 'en/')));
  });

  it('links only to pages and files that exist', () => {
    const broken = [...pagesOf('zh'), ...pagesOf('en')].flatMap((page) =>
      [...built(page).matchAll(/href="(\/[^"#?]*)/gu)]
        .map((match) => match[1])
        .filter((href) => !existsSync(join(outDir, href)) && !existsSync(join(outDir, href, 'index.html')))
        .map((href) => `${page} → ${href}`),
    );
    expect(broken).toEqual([]);
  });
});
