/**
 * Following one commitment, road or place: each such page of dist/ advertises a feed of its own in its head and by a
 * visible link that says what a feed is; the feed, read by feedparser in one run over all of them, links back to the
 * page, dates every item, and on a commitment's feed links every item to the commitment's page.
 */
import { describe, expect, it } from 'vitest';
import { readFeeds } from '#tests/feed-reader.ts';
import { BASE, DIST, SITE, allFiles, read } from './built-site.ts';

const urlOf = (file: string) => new URL(`${BASE}${file}`, SITE).href;
const pages = allFiles().filter((file) => /^(zh|en)\/(?:[a-z0-9-]+\/commitments\/[a-z0-9-]+|places\/[a-z0-9-]+)\/index\.html$/u.test(file));
const roadPages = allFiles().filter((file) => /^(zh|en)\/(?!places\/)[a-z0-9-]+\/[a-z0-9-]+\/index\.html$/u.test(file) && read(file).includes('data-follow-feed'));
const followed = [...pages, ...roadPages];
const feedFiles = followed.map((file) => file.replace(/index\.html$/u, 'feed.xml'));
const feeds = readFeeds(feedFiles.map((file) => `${DIST}/${file}`));
const feedOf = (page: string) => feeds[followed.indexOf(page)];
const commitmentPages = pages.filter((file) => file.includes('/commitments/'));

describe('following a page', () => {
  it('is offered on every commitment page and place page in both languages, and on the eight roads', () => {
    for (const locale of ['zh', 'en']) {
      expect(commitmentPages.filter((file) => file.startsWith(`${locale}/`)).length).toBeGreaterThan(100);
      expect(pages.filter((file) => file.startsWith(`${locale}/places/`)).length).toBeGreaterThanOrEqual(5);
      expect(roadPages.filter((file) => file.startsWith(`${locale}/`))).toHaveLength(8);
    }
  });

  it('advertises the page’s own feed in its head, absolutely, and by a visible link with a line on what a feed is', () => {
    for (const page of followed) {
      const html = read(page);
      const feed = page.replace(/index\.html$/u, 'feed.xml');
      const advertised = [...html.matchAll(/<link rel="alternate" type="application\/rss\+xml"[^>]*href="([^"]+)"/gu)].map((match) => match[1]);
      expect(advertised, page).toContain(urlOf(feed));
      const visible = /<p[^>]*data-follow-feed[^>]*>([\s\S]*?)<\/p>/u.exec(html)?.[1] ?? '';
      expect(visible, page).toContain(`href="${BASE}${feed}"`);
      expect(visible, page).toMatch(page.startsWith('zh/') ? /关注[\s\S]*订阅源（RSS）是/u : /Follow this [\s\S]*A feed is a web address/u);
    }
  });

  it('gives feeds that parse, link their channel back to the page and date every item', () => {
    for (const [index, feed] of feeds.entries()) {
      const page = followed[index];
      expect(feed.bozoException, feedFiles[index]).toBeNull();
      expect(feed.link, feedFiles[index]).toBe(urlOf(page.replace(/index\.html$/u, '')));
      expect(feed.items.length, feedFiles[index]).toBeGreaterThan(0);
      for (const item of feed.items) expect(item.published, `${feedFiles[index]}: ${item.title}`).toMatch(/^\d{4}-\d{2}-\d{2}$/u);
    }
  });

  it('links every item of a commitment’s feed to the commitment’s page', () => {
    for (const page of commitmentPages) {
      const own = urlOf(page.replace(/index\.html$/u, ''));
      expect(feedOf(page).items.map((item) => item.link)).toEqual(feedOf(page).items.map(() => own));
    }
  });

  it('dates the announcement by the day this site first published the plan, and says so, since the article gives no date', () => {
    for (const [locale, title, words] of [
      ['en', 'Announced in the article: Build 400 new 5G base stations', 'First published on this site on 26 November 2026; the article states no date.'],
      ['zh', '原文提出：新建5G基站400个', '本站于2026年11月26日首次发布；原文未注明日期。'],
    ]) {
      // Newest first: the announcement is the oldest item, below any later correction of the commitment's text.
      const announced = feedOf(`${locale}/eight-roads/commitments/new-5g-base-stations/index.html`).items.at(-1)!;
      expect(announced).toMatchObject({ title, published: '2026-11-26' });
      expect(announced.summary).toContain(words);
    }
  });

  it('lists on a road’s feed the corrections of its pages, each dated by the correction', () => {
    const items = feedOf('en/eight-roads/opening-up/index.html').items;
    expect(items.filter((item) => item.title?.startsWith('Corrected on 28 November 2026:')).length).toBeGreaterThan(0);
    expect(items.at(-1)?.title).toMatch(/^Published: /u);
  });
});
