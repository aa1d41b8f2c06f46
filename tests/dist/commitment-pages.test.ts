/** Each commitment's own pages, and the links to them from the overview, the key figures and the paragraphs. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { read } from './built-site.ts';

interface Entry {
  id: string;
  road: string;
  initiative?: string;
  paragraph: number;
  zh: string;
  en: string;
  measures?: { amount: string }[];
}
const commitments = parse(readFileSync('content/eight-roads/commitments.yaml', 'utf8')) as Entry[];
const page = (locale: 'zh' | 'en', id: string) => read(`${locale}/eight-roads/commitments/${id}/index.html`);
const escaped = (text: string) => text.replace(/&/gu, '&amp;').replace(/"/gu, '&quot;').replace(/</gu, '&lt;');
const text = (html: string) => html.replace(/<[^>]+>/gu, '').replace(/&amp;/gu, '&').replace(/&quot;/gu, '"').replace(/&#39;/gu, "'");

describe('commitment pages', () => {
  it.each(commitments)('$id has a Chinese and an English page, each the other’s alternate', ({ id }) => {
    for (const locale of ['zh', 'en'] as const) {
      const html = page(locale, id);
      expect(html).toMatch(new RegExp(`<link rel="alternate" hreflang="zh-Hans" href="[^"]+/zh/eight-roads/commitments/${id}/"`, 'u'));
      expect(html).toMatch(new RegExp(`<link rel="alternate" hreflang="en" href="[^"]+/en/eight-roads/commitments/${id}/"`, 'u'));
    }
  });

  it('shows the statement, the Chinese original on the English page, the figures and the status', () => {
    const entry = commitments.find((c) => c.id === 'park-upgrading')!;
    const en = page('en', entry.id);
    expect(text(en)).toContain(entry.en);
    expect(en).toMatch(/<span lang="zh-Hans" data-commitment-original>启动10个园区、40万平米的提升改造工程<\/span>/u);
    expect(text(en)).toMatch(/40万平米\s*400,000 m²\s*floor area covered by the upgrading and renovation works launched/u);
    expect(en).toMatch(/data-commitment-status="announced"/u);
    const zh = page('zh', entry.id);
    expect(text(zh)).toContain('启动10个园区、40万平米的提升改造工程');
    expect(text(zh)).toMatch(/40万平米\s*400,000平方米/u);
    expect(text(zh)).toContain('已公布');
    expect(text(page('zh', 'one-zone-ten-parks'))).toContain('这项承诺没有具体数值。');
  });

  it('links to its road and initiative, quotes its paragraph and links to that paragraph', () => {
    const en = page('en', 'park-upgrading');
    expect(en).toContain('href="/en/eight-roads/deepening-reform/"');
    expect(en).toContain('href="/en/eight-roads/deepening-reform/output-per-mu-evaluation/"');
    expect(en).toMatch(/<blockquote cite="\/en\/eight-roads\/deepening-reform\/output-per-mu-evaluation\/#p1"/u);
    expect(en).toContain('<mark>启动10个园区、40万平米的提升改造工程</mark>');
    expect(text(en)).toContain('Paragraph 1 of “Roll out evaluation of output per mu”');
  });

  it('offers cite-this and previous/next within its initiative only', () => {
    const siblings = commitments.filter((c) => c.initiative === 'output-per-mu-evaluation').map((c) => c.id);
    const html = page('en', siblings[0]);
    expect(html).toMatch(/data-cite[\s>]/u);
    expect(html).not.toMatch(/rel="prev"/u);
    expect(html).toContain(`href="/en/eight-roads/commitments/${siblings[1]}/" rel="next"`);
    const last = page('en', siblings.at(-1)!);
    expect(last).not.toMatch(/rel="next"/u);
  });

  it('keeps the Chinese out of the English search index', () => {
    expect(page('en', 'park-upgrading')).toMatch(/<p[^>]*data-pagefind-ignore[^>]*>\s*<span[^>]*>Chinese original/u);
    expect(page('en', 'park-upgrading')).toMatch(/<p lang="zh-Hans"[^>]*data-pagefind-ignore[^>]*data-source-original/u);
  });
});

describe('links to commitment pages', () => {
  it('the overview links every commitment page and counts them per status and road', () => {
    for (const locale of ['zh', 'en'] as const) {
      const html = read(`${locale}/commitments/index.html`);
      for (const { id } of commitments) expect(html, id).toContain(`href="/${locale}/eight-roads/commitments/${id}/"`);
      expect(html).toMatch(new RegExp(`<tr data-status="announced">[\\s\\S]*?<td[^>]*>${commitments.length}</td>`, 'u'));
      expect(html).toMatch(/<tr data-status="completed">[\s\S]*?<td[^>]*>0<\/td>/u);
      const perRoad = commitments.filter((c) => c.road === 'opening-up').length;
      expect(html).toMatch(new RegExp(`<tr data-road="opening-up">[\\s\\S]*?<td[^>]*>${perRoad}</td>`, 'u'));
    }
  });

  it('every key figure and every figure in a paragraph links to its commitment page', () => {
    for (const entry of commitments.filter((c) => (c.measures ?? []).length > 0)) {
      const path = entry.initiative ? `${entry.road}/${entry.initiative}` : entry.road;
      for (const locale of ['zh', 'en'] as const) {
        const html = read(`${locale}/eight-roads/${path}/index.html`);
        const href = `/${locale}/eight-roads/commitments/${entry.id}/`;
        expect(html, `${locale} ${entry.id} key figure`).toMatch(new RegExp(`<li id="figure-${entry.id}">\\s*<a href="${href}"`, 'u'));
        for (const { amount } of entry.measures!) {
          expect(html, `${locale} ${entry.id} ${amount}`).toContain(`<a href="${href}" class="figure-link" data-figure="${entry.id}">${escaped(amount)}</a>`);
        }
      }
    }
  });
});
