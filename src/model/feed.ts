/**
 * One RSS 2.0 feed, as every feed of the site writes it: a dated item each, plain text shown as text, the channel's
 * own address (atom:link rel="self") and its language. Feed routes build the items and call `feedResponse`.
 */
import rss from '@astrojs/rss';
import { LOCALES, type Locale } from '#src/i18n/locales.ts';
import { absoluteBaseUrl } from '#src/i18n/urls.ts';

const ATOM = 'http://www.w3.org/2005/Atom';

export interface FeedItem {
  /** Plain text. */
  title: string;
  link: string;
  /** Defaults to the link; set it where two items share a link. */
  guid?: string;
  /** Every item is dated: a feed reader sorts and keeps items by their date. */
  pubDate: Date;
  /** Plain text, never markup: a reader's input in it must reach the feed reader as text. */
  description: string;
}

export interface Feed {
  locale: Locale;
  /** Plain text. */
  title: string;
  /** Plain text. */
  description: string;
  /** The page the feed is about (the channel's link). */
  channelLink: string;
  /** The feed's own absolute address. */
  selfUrl: string;
  items: readonly FeedItem[];
}

const MARKUP_SPECIAL: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };
/** Text as markup: `&`, `<` and `>` escaped, and `"` too, which an attribute's value needs. */
const escapeMarkup = (text: string, { attribute = false } = {}) =>
  text.replace(attribute ? /[&<>"]/gu : /[&<>]/gu, (character) => MARKUP_SPECIAL[character]);

/**
 * An RSS description is HTML, which the XML then escapes once more: plain text is escaped as HTML first, so that
 * `<img …>` in a note decodes to the characters “<img …>”, not to an element.
 */
export const descriptionHtml = (text: string) => escapeMarkup(text);

export function feedResponse({ locale, title, description, channelLink, selfUrl, items }: Feed): Promise<Response> {
  return rss({
    title,
    description: descriptionHtml(description),
    site: channelLink,
    xmlns: { atom: ATOM },
    customData: `<language>${LOCALES[locale].lang}</language><atom:link href="${escapeMarkup(selfUrl, { attribute: true })}" rel="self" type="application/rss+xml"/>`,
    items: items.map((item) => ({
      title: item.title,
      link: item.link,
      pubDate: item.pubDate,
      description: descriptionHtml(item.description),
      customData: `<guid isPermaLink="${item.guid === undefined}">${escapeMarkup(item.guid ?? item.link)}</guid>`,
    })),
  });
}

/** The absolute address of a feed file in a language folder (a file: no trailing slash, so not the locale helpers). */
export const feedUrl = (locale: Locale, file: string) => absoluteBaseUrl(`${LOCALES[locale].path}/${file}`);

/** The feed of every plan's roads and initiatives, and the corrections feed, in a language. */
export const pagesFeedUrl = (locale: Locale) => feedUrl(locale, 'rss.xml');
export const correctionsFeedUrl = (locale: Locale) => feedUrl(locale, 'corrections.xml');
