/**
 * The plan's own facts, which the editor writes in structure.yaml and `npm run import` copies into zh/plan.yaml:
 * declared once, for both files' schemas.
 */
import { z } from 'astro/zod';
import { strictObject } from './fields.ts';

/** Whether every English file exists (`complete`) or the Chinese is published first (`in-progress`). */
export const TRANSLATION_STATES = ['complete', 'in-progress'] as const;

export const planFields = () => ({
  /** The plan's place in the sequence of plans, 1 = the earliest; absent = 1. */
  order: z.number().int().positive().optional(),
  /** `in-progress` while English files may be missing; absent = complete. */
  translation: z.enum(TRANSLATION_STATES).optional(),
  /** Who published the text, and when, as far as the text or the editor knows; “not stated” otherwise. */
  source: strictObject({
    /** The newspaper or issuing body, e.g. 济宁日报, or “not stated”. */
    publisher: z.string().trim().min(1),
    /** The date as the text prints it, e.g. 2026年1月8日, or “not stated”. */
    date: z.string().trim().min(1),
    /** The person the byline names, without their title (张慧 in 本报记者 张慧); absent when it names no person. */
    author: z.string().trim().min(1).optional(),
  }).optional(),
});
