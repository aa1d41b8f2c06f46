/** Schema of an English page: an unofficial translation of one Chinese file. */
import { z } from 'astro/zod';
import { strictObject } from './fields.ts';

/** A short hash of a Chinese text: 8 hex digits (src/checks/translation-version.ts). */
const textHash = () => z.string().regex(/^[0-9a-f]{8}$/u, 'a hash is 8 hex digits, written by npm run translations:stamp');

/** Where in a page a text sits: its title, its summary, or paragraph N as `p1`, `p2` … */
export const textFieldSchema = () => z.string().regex(/^(?:title|summary|p[1-9]\d*)$/u, 'a field is “title”, “summary” or “p1”, “p2” …');

/** A deliberate departure from the listed English form of a glossary term or proper name, with its reason. */
export const renderingExceptionSchema = () =>
  strictObject({
    /** The text that departs: `title`, `summary` or `p1`, `p2` … */
    field: textFieldSchema(),
    /** Ids of the glossary terms (or names in content/names.yaml) that this text does not render with a listed form. */
    ids: z.array(z.string().min(1)).min(1),
    /** Why, in one sentence a reader can check. */
    reason: z.string().trim().min(1),
  });

/** A translator's note shown under an English paragraph, e.g. where the Chinese is probably garbled. */
export const translatorNoteSchema = () =>
  strictObject({
    /** 1-based number of the paragraph the note belongs to. */
    paragraph: z.number().int().positive(),
    /** The note, in English; it quotes the Chinese it is about. */
    text: z.string().trim().min(1),
  });

export const translationSchema = () =>
  strictObject({
    /** The version of the Chinese this file translates, one hash per part; written by `npm run translations:stamp -- <file>`. */
    translates: strictObject({ heading: textHash(), paragraphs: z.array(textHash()) }).optional(),
    /** Short English name; required for roads (e.g. “Effective investment”), unused elsewhere. */
    name: z.string().min(1).optional(),
    /** English title: a faithful translation of the Chinese heading. */
    title: z.string().min(1),
    /** The byline's translation without the “By” that the UI strings add: Zhang Hui, staff reporter. Only the plan's translation has one. */
    byline: z.string().min(1).optional(),
    /** A plain-English summary of 2 to 4 sentences, stating only what the Chinese says. */
    summary: z
      .string()
      .min(1)
      .refine((text) => {
        const sentences = text.split(/(?<=[.!?])\s+(?=[A-Z0-9“"])/u).filter(Boolean).length;
        return sentences >= 2 && sentences <= 4;
      }, 'a summary has 2 to 4 sentences'),
    /** The translation, one paragraph per paragraph of the Chinese original, in the same order. */
    paragraphs: z.array(z.string().trim().min(1)),
    /** Translator's notes, shown on the page under their paragraph. */
    notes: z.array(translatorNoteSchema()).default([]),
    /** Texts of this page that do not use a glossary term's listed English form, and why. */
    termExceptions: z.array(renderingExceptionSchema()).default([]),
    /** Texts of this page that do not use a proper name's listed English form, and why. */
    nameExceptions: z.array(renderingExceptionSchema()).default([]),
  });
