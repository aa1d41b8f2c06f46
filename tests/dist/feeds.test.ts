/**
 * Every feed as a feed reader reads it (feedparser, tests/feed-reader.ts): well-formed, each item dated, its own
 * address given (atom:link rel="self"), its channel linking the page it is about, and advertised with an absolute
 * address by the pages that offer it.
 */
import { describe, expect, it } from 'vitest';
import { readFeeds } from '#tests/feed-reader.ts';
import { BASE, DIST, SITE, allFiles, read } from './built-site.ts';

const feedFiles = allFiles().filter((file) => /^(zh|en)\/.*\.xml$/u.test(file));
const feeds = readFeeds(feedFiles.map((file) => `${DIST}/${file}`));
const urlOf = (file: string) => new URL(`${BASE}${file}`, SITE).href;
const feedOf = (file: string) => feeds[feedFiles.indexOf(file)];

describe('the feeds', () => {
  it('are the pages feed, the corrections feed and each plan’s status feed, in both languages', () => {
    for (const locale of ['zh', 'en']) {
      expect(feedFiles).toContain(`${locale}/rss.xml`);
      expect(feedFiles).toContain(`${locale}/corrections.xml`);
      expect(feedFiles).toContain(`${locale}/eight-roads/commitments/updates.xml`);
    }
  });

  it('parse without error, each with its language and its own address as rel="self"', () => {
    for (const [index, feed] of feeds.entries()) {
      expect(feed.bozoException, feedFiles[index]).toBeNull();
      expect(feed.language, feedFiles[index]).toBe(feedFiles[index].startsWith('zh/') ? 'zh-Hans' : 'en');
      expect(
        feed.links.filter((link) => link.rel === 'self'),
        feedFiles[index],
      ).toEqual([{ rel: 'self', href: urlOf(feedFiles[index]), type: 'application/rss+xml' }]);
    }
  });

  it('date every item', () => {
    const undated = feeds.flatMap((feed, index) => feed.items.filter((item) => !item.published).map((item) => `${feedFiles[index]}: ${item.link}`));
    expect(undated).toEqual([]);
    expect(feedOf('en/rss.xml').items.length).toBeGreaterThan(30);
  });

  it('date the pages feed’s items by the day this site first published them, and say so, since the article gives no date', () => {
    for (const [locale, words] of [
      ['en', 'First published on this site on 26 November 2026; the article states no date.'],
      ['zh', '本站于2026年11月26日首次发布；原文未注明日期。'],
    ]) {
      const items = feedOf(`${locale}/rss.xml`).items.filter((item) => item.link?.includes('/eight-roads/'));
      expect(items.length).toBeGreaterThan(30);
      for (const item of items) {
        expect(item.published, item.link!).toBe('2026-11-26');
        expect(item.summaryText, item.link!).toContain(words);
      }
    }
  });

  it('link each channel to the page it is about', () => {
    for (const locale of ['zh', 'en']) {
      expect(feedOf(`${locale}/rss.xml`).link).toBe(urlOf(`${locale}/`));
      expect(feedOf(`${locale}/corrections.xml`).link).toBe(urlOf(`${locale}/corrections/`));
      expect(feedOf(`${locale}/eight-roads/commitments/updates.xml`).link).toBe(urlOf(`${locale}/eight-roads/commitments/`));
    }
  });

  it('are advertised with absolute addresses', () => {
    for (const locale of ['zh', 'en']) {
      for (const [page, feed] of [
        [`${locale}/corrections/index.html`, `${locale}/corrections.xml`],
        [`${locale}/index.html`, `${locale}/rss.xml`],
        [`${locale}/eight-roads/commitments/index.html`, `${locale}/eight-roads/commitments/updates.xml`],
      ]) {
        const advertised = [...read(page).matchAll(/<link rel="alternate" type="application\/rss\+xml"[^>]*href="([^"]+)"/gu)].map((match) => match[1]);
        expect(advertised, page).toContain(urlOf(feed));
        for (const href of advertised) expect(href, page).toMatch(/^https?:\/\//u);
      }
    }
  });

  it('decode every description to text without markup', () => {
    for (const [index, feed] of feeds.entries()) {
      for (const item of feed.items) expect(item.summaryElements, `${feedFiles[index]}: ${item.link}`).toEqual([]);
    }
  });
});
