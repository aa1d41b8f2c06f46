/**
 * The Chinese original on the site is the seed's text, whole: every paragraph appears on its page
 * exactly (ASCII punctuation shown full-width), and glossary links change no visible character.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { toFullWidthPunctuation } from '#src/model/chinese-punctuation.ts';
import { read } from './built-site.ts';

const ZH = 'content/eight-roads/zh';
/** The fields of a Chinese content file that these checks read. */
interface OriginalFile {
  road: string;
  paragraphs: string[];
}

const yaml = (file: string) => parse(readFileSync(file, 'utf8')) as OriginalFile;

/** The visible text of each paragraph of the page's Chinese original, without the ¶ link. */
function shownParagraphs(html: string): string[] {
  const block = html.match(/<div[^>]*data-original-text[^>]*>([\s\S]*?)<\/div>/u)?.[1] ?? '';
  return [...block.matchAll(/<p id="p\d+"[^>]*>([\s\S]*?)<\/p>/gu)].map((match) =>
    match[1]
      .replace(/<a [^>]*data-pagefind-ignore[^>]*>¶\d+<\/a>/gu, '')
      .replace(/<[^>]+>/gu, '')
      .replace(/&amp;/gu, '&')
      .replace(/&lt;/gu, '<')
      .replace(/&gt;/gu, '>')
      .replace(/&quot;/gu, '"')
      .trim(),
  );
}

const pages = [
  ...readdirSync(join(ZH, 'roads')).map((file) => {
    const slug = file.replace('.yaml', '');
    return { page: `zh/eight-roads/${slug}/index.html`, paragraphs: yaml(join(ZH, 'roads', file)).paragraphs };
  }),
  ...readdirSync(join(ZH, 'initiatives')).map((file) => {
    const data = yaml(join(ZH, 'initiatives', file));
    return { page: `zh/eight-roads/${data.road}/${file.replace('.yaml', '')}/index.html`, paragraphs: data.paragraphs };
  }),
].filter(({ paragraphs }) => paragraphs.length > 0);

describe('the Chinese original as shown', () => {
  it.each(pages)('$page shows every paragraph exactly', ({ page, paragraphs }) => {
    expect(shownParagraphs(read(page))).toEqual(paragraphs.map(toFullWidthPunctuation));
  });

  it('links glossary terms inside the original without changing its text', () => {
    const html = read('zh/eight-roads/industrial-upgrading/enterprise-tiers/index.html');
    expect(html).toMatch(/<a href="[^"]*\/zh\/glossary\/#[a-z0-9-]+" class="term-link"[^>]*>专精特新<\/a>/u);
    expect(shownParagraphs(html)[0]).toBe(toFullWidthPunctuation(yaml(join(ZH, 'initiatives/enterprise-tiers.yaml')).paragraphs[0]));
  });
});
