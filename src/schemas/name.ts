/** Schema of a proper name in the article: a company, institution, place or named project, with its English name. */
import { z } from 'astro/zod';
import { slugId, strictObject } from './fields.ts';

export const NAME_KINDS = ['company', 'institution', 'place', 'project'] as const;

/** Where the English name comes from. */
export const NAME_SOURCES = [
  /** The organisation's own English name, or the established English name of a place or country. */
  'own',
  /** Hanyu Pinyin of the Chinese name (places, and companies with no known English name). */
  'pinyin',
  /** A translation by this site's editors of a descriptive Chinese name, with pinyin for its place names. */
  'translation',
] as const;

/**
 * Kinds of local place that have a page of their own in the places index, as the texts show them. `locality` is a
 * place the texts name without saying what kind of place it is (黄屯 in 黄屯云创小镇); no kind is inferred beyond the text.
 */
export const PLACE_KINDS = ['subdistrict', 'locality', 'river', 'lake', 'island', 'wetland', 'road'] as const;

export const nameEntrySchema = () =>
  strictObject({
    /** Stable id, used in exceptions and messages. */
    id: slugId(),
    /** The name exactly as the Chinese text writes it. */
    zh: z.coerce.string().min(1),
    /** Other exact forms in the Chinese text that stand for the same name (e.g. 日韩 for Japan). */
    aliases: z.array(z.coerce.string().min(1)).default([]),
    /** The English name the translation uses. */
    en: z.string().min(1),
    /** Other English forms the translation may use for it, e.g. in a possessive or a shorter mention. */
    enForms: z.array(z.string().min(1)).default([]),
    /** What it names. */
    kind: z.enum(NAME_KINDS),
    /** Where the English name comes from. */
    source: z.enum(NAME_SOURCES),
    /** False when the English is a guess: readers see “English name unconfirmed” at its first mention on a page. */
    confirmed: z.boolean(),
    /** What is known about the English name, or why it is unconfirmed. */
    note: z.string().min(1).optional(),
    /** For a place in the zone (not a country or a city elsewhere): its kind; it then has a page in the places index. */
    place: z.enum(PLACE_KINDS).optional(),
  }).refine((entry) => entry.place === undefined || entry.kind === 'place', {
    path: ['place'],
    message: 'only a name of kind “place” has a place kind',
  });
