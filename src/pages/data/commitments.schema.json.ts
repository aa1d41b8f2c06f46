/** /data/commitments.schema.json: the JSON Schema of commitments.json, derived from its Zod schema, with the attribution note. */
import type { APIRoute } from 'astro';
import { z } from 'astro/zod';
import { ATTRIBUTION } from '#src/model/commitments-export.ts';
import { commitmentsFileSchema } from '#src/schemas/commitment-record.ts';

export const GET: APIRoute = () => {
  const schema = {
    ...z.toJSONSchema(commitmentsFileSchema, { target: 'draft-2020-12' }),
    title: 'Commitments of the Jining High-tech Zone economic work plans',
    description: ATTRIBUTION,
  };
  return new Response(`${JSON.stringify(schema, null, 2)}\n`, { headers: { 'Content-Type': 'application/schema+json' } });
};
