/**
 * What a built page links to and which ids it has: enough HTML reading for a link check of our
 * own generated pages (attributes are always double-quoted by Astro).
 */
const LINK_ATTRIBUTE = /<(?:a|link|script|img|source|iframe)\b[^>]*?\s(?:href|src)="([^"]*)"/giu;
const ID_ATTRIBUTE = /\sid="([^"]+)"/gu;

const decode = (value: string) =>
  value
    .replace(/&amp;/gu, '&')
    .replace(/&quot;/gu, '"')
    .replace(/&#39;/gu, "'");

export function extractLinks(html: string): string[] {
  return [...html.matchAll(LINK_ATTRIBUTE)].map((match) => decode(match[1]));
}

export function extractIds(html: string): Set<string> {
  return new Set([...html.matchAll(ID_ATTRIBUTE)].map((match) => decode(match[1])));
}
