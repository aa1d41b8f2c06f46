/**
 * The places pages as a reader meets them: each place the gazetteer holds has a page in every language, which links
 * every paragraph of the reference plan whose Chinese names it and quotes the sentence that does. The expected
 * paragraphs are found here from the content files, not from the site's own code.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseHtml } from 'parse5';
import { parse as parseYaml } from 'yaml';
import { describe, expect, it } from 'vitest';
import { LOCALES, LOCALE_KEYS } from '#src/i18n/locales.ts';
import { REFERENCE_PLAN } from '#tests/reference-plan.ts';
import { BASE, read } from './built-site.ts';

interface Name {
  id: string;
  zh: string;
  aliases?: string[];
  en: string;
  place?: string;
}
const places = (parseYaml(readFileSync('content/names.yaml', 'utf8')) as Name[]).filter((name) => name.place);
const zhDir = join('content', REFERENCE_PLAN, 'zh');

/** Every paragraph of the plan's roads and initiatives that names the place: its page path and number. */
function paragraphsNaming(place: Name): { path: string; number: number; text: string }[] {
  const forms = [place.zh, ...(place.aliases ?? [])];
  return ['roads', 'initiatives'].flatMap((kind) =>
    readdirSync(join(zhDir, kind)).flatMap((file) => {
      const page = parseYaml(readFileSync(join(zhDir, kind, file), 'utf8')) as { road?: string; paragraphs: string[] };
      const slug = file.replace(/\.yaml$/u, '');
      const path = kind === 'roads' ? `${REFERENCE_PLAN}/${slug}/` : `${REFERENCE_PLAN}/${page.road}/${slug}/`;
      return page.paragraphs.flatMap((text, index) => (forms.some((form) => text.includes(form)) ? [{ path, number: index + 1, text }] : []));
    }),
  );
}

interface Node {
  nodeName: string;
  attrs?: { name: string; value: string }[];
  childNodes?: Node[];
  value?: string;
}
const walk = (node: Node): Node[] => [node, ...(node.childNodes ?? []).flatMap(walk)];
const textOf = (node: Node): string => (node.nodeName === '#text' ? (node.value ?? '') : (node.childNodes ?? []).map(textOf).join(''));
const attr = (node: Node, name: string) => node.attrs?.find((a) => a.name === name)?.value;

describe('place pages', () => {
  it('exist for at least five places the article names', () => {
    expect(places.filter((place) => paragraphsNaming(place).length > 0).length).toBeGreaterThanOrEqual(5);
  });

  for (const locale of LOCALE_KEYS) {
    describe(`in ${LOCALES[locale].lang}`, () => {
      it('are all listed in the places index', () => {
        const index = walk(parseHtml(read(`${locale}/places/index.html`)));
        const hrefs = index.filter((node) => node.nodeName === 'a').map((node) => attr(node, 'href'));
        for (const place of places) expect(hrefs, place.id).toContain(`${BASE}${locale}/places/${place.id}/`);
      });

      for (const place of places) {
        it(`${place.id}: links every paragraph that names it, quoting the sentence with the name marked`, () => {
          const nodes = walk(parseHtml(read(`${locale}/places/${place.id}/index.html`)));
          const links = nodes.filter((node) => attr(node, 'data-passage-link') !== undefined).map((node) => attr(node, 'href'));
          const expected = paragraphsNaming(place).map(({ path, number }) => `${BASE}${locale}/${path}#p${number}`);
          expect(links.sort()).toEqual(expected.sort());
          const marks = nodes.filter((node) => node.nodeName === 'mark').map(textOf);
          expect(marks).toHaveLength(expected.length);
          // The mark is the place's name as this page writes it: the Chinese form, or its English one.
          for (const mark of marks) expect([place.zh, ...(place.aliases ?? []), place.en]).toContain(mark);
          const heading = nodes.find((node) => node.nodeName === 'h1')!;
          expect(textOf(heading)).toContain(place.zh);
        });
      }
    });
  }

  it('quote the original sentence whole on the Chinese pages', () => {
    for (const place of places) {
      const page = read(`zh/places/${place.id}/index.html`);
      const text = walk(parseHtml(page) as Node)
        .filter((node) => node.nodeName === 'blockquote')
        .map(textOf)
        .join('\n');
      for (const { text: paragraph } of paragraphsNaming(place)) {
        const sentence = paragraph.split(/(?<=[。；;])/u).find((part) => part.includes(place.zh))!;
        // The page shows the original with full-width punctuation; compare the words only.
        const words = (value: string) => value.replace(/[\s,，;；:：。()（）“”"、]/gu, '');
        expect(words(text)).toContain(words(sentence));
      }
    }
  });

  for (const locale of LOCALE_KEYS) {
    it(`link the first mention of each place on an initiative page to its page, in ${LOCALES[locale].lang}`, () => {
      const page = read(`${locale}/${REFERENCE_PLAN}/effective-investment/rural-revitalization/index.html`);
      const links = walk(parseHtml(page) as Node).filter((node) => attr(node, 'data-place') !== undefined);
      const hrefs = links.map((node) => attr(node, 'href'));
      // 王因, 泗河 and 接庄 are named in its paragraph; each is linked once per text the page shows, however often
      // that text names it: the original alone, or the translation and the original beside it.
      const texts = LOCALES[locale].reads === 'original' ? 1 : 2;
      for (const id of ['wangyin', 'sihe-river', 'jiezhuang']) {
        expect(hrefs.filter((href) => href === `${BASE}${locale}/places/${id}/`)).toHaveLength(texts);
      }
    });
  }
});
