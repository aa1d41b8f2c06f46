/**
 * Schema of content/<plan>/first-published.yaml: the day this site first published the plan's pages, recorded once by
 * the editor, so that every feed item has a date although the article may state none. Never the article's own date.
 */
import { z } from 'astro/zod';
import { plainDate } from './fields.ts';

export const firstPublishedSchema = () =>
  z
    .object({
      /** The day this site first published the plan's pages, as YYYY-MM-DD. */
      date: plainDate(),
    })
    .strict();
