/** /data/commitments.json: every commitment of every plan, from the same collection as the pages. */
import type { APIRoute } from 'astro';
import { commitmentsJson } from '#src/model/downloads.ts';

export const GET: APIRoute = () => commitmentsJson();
