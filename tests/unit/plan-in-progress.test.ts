/**
 * Chinese first, English when ready: the made-up plan (tests/fixtures/invented-plan/), imported into a scratch content
 * folder beside eight-roads, builds at once. Its English pages show the Chinese original under a plain notice, stay out
 * of the English search index, and the build lists them as pending. eight-roads, a complete plan, is unchanged.
 * The made-up plan is also the newer one (order 2): the shared pages (home, search, commitments) state its facts, from
 * its data, not eight-roads'.
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
/** The made-up plan's outline, as the import wrote it. */
let outline: { roads: { slug: string; initiatives: { slug: string }[] }[] } = { roads: [] };

beforeAll(() => {
  copyReferenceContent(content);
  mkdirSync(join(work, 'seeds/invented-plan'), { recursive: true });
  cpSync(join(FIXTURE, 'overrides.yaml'), join(work, 'seeds/invented-plan/overrides.yaml'));
  importPlans({ contentDir: content, seedsDir: join(work, 'seeds'), text: { path: join(FIXTURE, 'article.txt'), plan: 'invented-plan' } });
  outline = parse(readFileSync(join(content, 'invented-plan/structure.yaml'), 'utf8')) as typeof outline;
  firstRoad = outline.roads[0].slug;
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

describe('the shared pages, with the made-up plan the newest', () => {
  const roads = () => outline.roads.length;
  const initiatives = () => outline.roads.reduce((sum, road) => sum + road.initiatives.length, 0);
  const text = (html: string) => html.replace(/<[^>]+>/gu, ' ').replace(/\s+/gu, ' ');

  it('head the home page with its title and count its roads and initiatives, not the eight roads’', () => {
    expect(roads()).not.toBe(8);
    const en = built('en/index.html');
    expect(en).toMatch(/<h1 lang="zh-Hans"[^>]*>青川新区2027年经济工作要点/u);
    expect(text(en)).toContain(`This plan sets out ${roads()} roads with ${initiatives()} initiatives`);
    // eight-roads' counts stay only where eight-roads is named: the list of plans (its roads and commitments).
    expect(text(en)).not.toMatch(/8 roads with 26|26 initiatives/u);
    const zh = built('zh/index.html');
    expect(text(zh)).toContain(`${roads()}条路一览`);
    expect(zh).not.toContain('八条路一览');
    expect(text(zh)).not.toMatch(/26项重点举措/u);
    expect(text(zh)).toContain(`共${roads()}条路、${initiatives()}项重点举措`);
  });

  it('count its roads and initiatives on the search page', () => {
    expect(text(built('en/search/index.html'))).toContain(`Browse all ${roads()} roads and ${initiatives()} initiatives`);
    expect(text(built('zh/search/index.html'))).toContain(`浏览全部${roads()}条路和${initiatives()}项重点举措`);
  });

  it('describe its full text by its own title', () => {
    const description = (path: string) => /<meta name="description" content="([^"]*)"/u.exec(built(path))?.[1] ?? '';
    expect(description('en/invented-plan/index.html')).toContain('青川新区2027年经济工作要点');
    expect(description('en/invented-plan/index.html')).not.toMatch(/Eight Roads/iu);
    expect(description('zh/invented-plan/index.html')).toContain('《青川新区2027年经济工作要点');
    expect(description('zh/eight-roads/index.html')).toContain('走好高质量发展的“八条路”》全文');
  });

  it('say its commitments are not listed yet, without eight-roads’ correction notice', () => {
    for (const locale of ['en', 'zh']) {
      const page = built(`${locale}/commitments/index.html`);
      expect(text(page)).not.toMatch(/lists all 0 commitments|共0项|\b0 (?:of 0|commitments)/u);
      expect(text(page)).toContain(locale === 'en' ? 'The commitments of this plan are not listed yet' : '本工作部署的承诺尚未整理');
      expect(page, locale).not.toContain('data-correction-notice');
    }
    // The correction of eight-roads' table (English only) stays with that table.
    expect(built('en/eight-roads/commitments/index.html')).toContain('data-correction-notice');
  });

  it('say its figures are not listed yet, not that its text states none', () => {
    const page = built(`zh/invented-plan/${firstRoad}/${outline.roads[0].initiatives[1].slug}/index.html`);
    expect(text(page)).toContain('1500亩');
    expect(text(page)).toContain('本工作部署的量化指标尚未整理');
    expect(text(page)).not.toContain('本段没有量化指标');
    expect(text(built(`en/invented-plan/${firstRoad}/index.html`))).toContain('The figures of this plan are not listed yet');
  });

  it('mark its initiatives with its own numbering, （一）, not ◎', () => {
    const page = built(`zh/invented-plan/${firstRoad}/${outline.roads[0].initiatives[0].slug}/index.html`);
    expect(page).toMatch(/<h1[^>]*>\s*<span aria-hidden="true">（一）<\/span>/u);
    expect(built('zh/invented-plan/index.html')).not.toContain('◎');
    expect(built('zh/eight-roads/index.html')).toContain('<span aria-hidden="true">◎</span>');
  });
});
