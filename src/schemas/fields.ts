/** Field schemas shared by several content schemas. */
import { z } from 'astro/zod';
import { closestMatch } from 'leven';
import { isPlainDate, type PlainDate } from './plain-date.ts';
import { asciiHost, hasCredentials, mixedScriptLabel } from './web-url.ts';

/** A real calendar date written YYYY-MM-DD (quote-free in YAML), kept as that text: no time zone. */
export const plainDate = () =>
  z.custom<PlainDate>(isPlainDate, { message: 'a date is a real calendar date written YYYY-MM-DD, e.g. 2026-03-31' });

/**
 * A public web address that becomes a link: https: or http: only (never javascript:, data: …), with no user name
 * or password and no look-alike host (src/schemas/web-url.ts); kept with its host in ASCII (punycode) form.
 * The status CLI checks its --source with this same rule.
 */
export const webUrl = () =>
  z
    .url({ protocol: /^https?$/u, message: 'a link is a full https:// (or http://) address' })
    .refine((url) => !hasCredentials(url), 'a link carries no user name or password (it would publish them)')
    .superRefine((url, context) => {
      const mixed = mixedScriptLabel(url);
      if (mixed)
        context.addIssue({
          code: 'custom',
          message: `the host “${mixed.label}” mixes ${mixed.scripts.join(' and ')} letters, the mark of a look-alike address`,
        });
    })
    .overwrite(asciiHost);

/** The shape of every id and slug: lowercase ASCII letters and digits joined by single hyphens (URLs use them). */
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/u;

/** An id or slug that appears in URLs, anchors and downloads. */
export const slugId = (what = 'an id') => z.string().regex(SLUG_PATTERN, `${what} is lowercase ASCII words joined by hyphens`);

/** “unknown field “note”; the nearest known field is “notes””, for each key a schema does not declare. */
export function unknownFieldsMessage(keys: readonly string[], known: readonly string[]): string {
  return keys
    .map((key) => {
      const nearest = known.length > 0 ? closestMatch(key, known) : undefined;
      return `unknown field “${key}”${nearest ? `; the nearest known field is “${nearest}”` : ''}`;
    })
    .join('; ');
}

/**
 * An object that refuses keys it does not declare, naming each and the nearest declared one: Zod would drop
 * them, and a misspelt optional field (`note:` for `notes:`) would vanish without a word.
 */
export const strictObject = <Shape extends z.ZodRawShape>(shape: Shape) =>
  z.strictObject(shape, {
    error: (issue) => (issue.code === 'unrecognized_keys' ? unknownFieldsMessage(issue.keys, Object.keys(shape)) : undefined),
  });

/** A text in both languages, the one shape of every bilingual text in the content: `{ zh, en }`, each a `text`. */
export const bilingualText = (text: () => z.ZodType<string> = () => z.string().trim().min(1)) =>
  strictObject({
    /** In Chinese. */
    zh: text(),
    /** In English. */
    en: text(),
  });
