/**
 * What a reader sees of a commitment is the translation's own words: on each English commitment page the quoted
 * paragraph marks the commitment's English, and the pilot zone's two commitments point at each other.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { read } from './built-site.ts';

const commitments = parse(readFileSync('content/eight-roads/commitments.yaml', 'utf8')) as { id: string; en: string }[];
const decode = (html: string) => html.replace(/&#39;/gu, "'").replace(/&quot;/gu, '"').replace(/&amp;/gu, '&');
const plain = (text: string) => text.replace(/[“”]/gu, '"').replace(/[‘’]/gu, "'").toLowerCase();

describe('the English commitment pages', () => {
  it('mark the commitment in its quoted paragraph, in the same words as the statement', () => {
    const unmarked: string[] = [];
    for (const { id, en } of commitments) {
      const html = read(`en/eight-roads/commitments/${id}/index.html`);
      const marked = /<p data-source-translation>[^]*?<mark>([^<]*)<\/mark>/u.exec(html)?.[1];
      if (marked === undefined || plain(decode(marked)) !== plain(en)) unmarked.push(`${id}: ${marked ?? '(nothing marked)'}`);
    }
    expect(unmarked).toEqual([]);
  });

  it('link the two commitments that name the China–Japan–South Korea pilot zone to each other', () => {
    expect(read('en/eight-roads/commitments/china-japan-rok-pilot-zone/index.html')).toMatch(
      /data-commitment-see-also[^]*href="[^"]*\/en\/eight-roads\/commitments\/industrial-cluster-launches\/"/u,
    );
    expect(read('zh/eight-roads/commitments/industrial-cluster-launches/index.html')).toMatch(
      /data-commitment-see-also[^]*href="[^"]*\/zh\/eight-roads\/commitments\/china-japan-rok-pilot-zone\/"/u,
    );
  });
});
