/** The public corrections log as readers meet it: the log pages, the notice on corrected pages, the feeds, the report link. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { sitePlans } from '#tests/reference-plan.ts';
import { parse } from 'yaml';
import { BASE, htmlFiles, read } from './built-site.ts';

interface Entry {
  id: string;
  date: string;
  pages: string[];
  versions?: string[];
}
const entries = parse(readFileSync('content/corrections.yaml', 'utf8')) as Entry[];
const anchorsIn = (html: string) => [...html.matchAll(/<li id="([^"]+)"[^>]*data-correction/gu)].map((match) => match[1]);

describe('the corrections log', () => {
  it('lists every entry in both languages, newest first', () => {
    const newestFirst = [...entries].sort((a, b) => b.date.localeCompare(a.date) || a.id.localeCompare(b.id)).map((entry) => entry.id);
    expect(newestFirst.length).toBeGreaterThan(0);
    for (const locale of ['zh', 'en']) expect(anchorsIn(read(`${locale}/corrections/index.html`))).toEqual(newestFirst);
  });

  it('says what changed and why, with the date and links to the corrected pages', () => {
    const html = read('en/corrections/index.html');
    expect(html).toContain('<time datetime="2026-11-28">28 November 2026</time>');
    expect(html).toContain('Taifeng Hydraulic&#39;s speed-reducer project');
    expect(html).toContain(`href="${BASE}en/eight-roads/effective-investment/technology-upgrade-projects/"`);
    expect(read('zh/corrections/index.html')).toContain('<time datetime="2026-11-28">2026年11月28日</time>');
  });

  it('is a feed in each language, one item per entry', () => {
    for (const locale of ['zh', 'en']) {
      const feed = read(`${locale}/corrections.xml`);
      expect(feed.match(/<item>/gu)).toHaveLength(entries.length);
      expect(feed).toContain(`/${locale}/corrections/#taifeng-hydraulic-speed-reducer-project</link>`);
    }
  });
});

describe('a corrected page', () => {
  const page = 'en/eight-roads/opening-up/foreign-trade/index.html';

  it('shows “Corrected on” with the date and links to its entries in the log', () => {
    const notice = read(page).match(/<details[^>]*data-correction-notice[\s\S]*?<\/details>/u)?.[0] ?? '';
    expect(notice).toContain('Corrected on 28 November 2026');
    expect(notice).toContain(`href="${BASE}en/corrections/#bonded-logistics-centre-attributive"`);
  });

  it('shows the notice only on the pages and language versions the log names', () => {
    const noticed = htmlFiles().filter((file) => read(file).includes('data-correction-notice'));
    // Each language's /commitments/ repeats the newest plan's commitments page, and shows that page's corrections.
    const repeats = (path: string) => (path === `${sitePlans()[0]}/commitments/` && sitePlans().length === 1 ? ['commitments/'] : []);
    const expected = entries.flatMap((entry) =>
      (entry.versions ?? ['en']).flatMap((locale) => entry.pages.flatMap((path) => [path, ...repeats(path)]).map((path) => `${locale}/${path}index.html`)),
    );
    expect(noticed.sort()).toEqual([...new Set(expected)].sort());
  });
});

describe('Report a problem with this page', () => {
  const contact = process.env.SITE_CONTACT?.trim();
  const pages = htmlFiles().filter((file) => /^(?:zh|en)\//u.test(file));

  it(contact ? `links every page to ${contact}, naming the page in the subject` : 'is left out when SITE_CONTACT is unset', () => {
    for (const file of pages) {
      const html = read(file);
      if (contact) {
        const canonical = html.match(/<link rel="canonical" href="([^"]+)"/u)?.[1] ?? '';
        expect(html, file).toContain(`href="mailto:${contact}?subject=`);
        expect(decodeURIComponent(html.match(/mailto:[^?]+\?subject=([^"]+)"/u)?.[1] ?? ''), file).toContain(canonical);
      } else {
        expect(html, file).not.toContain('mailto:');
      }
    }
  });
});
