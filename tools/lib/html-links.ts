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

/** The elements a browser fetches from while loading a page, with the attribute that names what it fetches. */
const LOAD_ELEMENT = /<(script|img|source|iframe|video|audio|embed|object|link)\b([^>]*)>/giu;
const LOAD_ATTRIBUTES = ['src', 'srcset', 'data', 'poster', 'href'];
/** Links that only name another address (a language version, the canonical URL, a feed): nothing is fetched. */
const NAMING_RELS = new Set(['alternate', 'canonical', 'author', 'license', 'help', 'search']);
const attribute = (attributes: string, name: string) => new RegExp(`\\s${name}="([^"]*)"`, 'iu').exec(attributes)?.[1];

/** Every address a page makes the browser fetch as it loads (scripts, styles, icons, images, frames), not the links a reader follows. */
export function extractLoads(html: string): string[] {
  const loads: string[] = [];
  for (const [, tag, attributes] of html.matchAll(LOAD_ELEMENT)) {
    if (
      tag.toLowerCase() === 'link' &&
      (attribute(attributes, 'rel') ?? '').split(/\s+/u).every((rel) => NAMING_RELS.has(rel.toLowerCase()))
    )
      continue;
    for (const name of LOAD_ATTRIBUTES) {
      if (name === 'href' && tag.toLowerCase() !== 'link') continue;
      const value = attribute(attributes, name);
      if (value === undefined) continue;
      // srcset: “a.png 1x, b.png 2x”, each candidate an address and a size.
      const addresses = name === 'srcset' ? value.split(',').map((candidate) => candidate.trim().split(/\s+/u)[0]) : [value];
      loads.push(...addresses.filter(Boolean).map(decode));
    }
  }
  return loads;
}

export function extractIds(html: string): Set<string> {
  return new Set([...html.matchAll(ID_ATTRIBUTE)].map((match) => decode(match[1])));
}
