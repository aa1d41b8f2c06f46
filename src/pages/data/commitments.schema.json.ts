/** /data/commitments.schema.json: a JSON Schema of commitments.json, with the attribution note. */
import type { APIRoute } from 'astro';
import { ATTRIBUTION } from '../../lib/commitments-export.ts';
import { COMMITMENT_TYPES } from '../../schemas/commitment.ts';
import { STATUSES } from '../../schemas/status.ts';
import { UNITS } from '../../lib/quantities.ts';

const nullable = (schema: object) => ({ anyOf: [schema, { type: 'null' }] });

const schema = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  title: 'Commitments of the Jining High-tech Zone “Eight Roads” plan',
  description: ATTRIBUTION,
  type: 'object',
  required: ['attribution', 'commitments'],
  properties: {
    $schema: { type: 'string' },
    attribution: { type: 'string', description: 'Where the data comes from and which language prevails.' },
    commitments: {
      type: 'array',
      items: {
        type: 'object',
        additionalProperties: false,
        required: [
          'id',
          'road',
          'initiative',
          'paragraph',
          'zh',
          'en',
          'type',
          'status',
          'measures',
          'page_zh',
          'page_en',
          'source_zh',
          'source_en',
          'plan',
        ],
        properties: {
          id: {
            type: 'string',
            pattern: '^[a-z0-9]+(?:-[a-z0-9]+)*$',
            description: 'Stable id within its plan; never reused. Removed ids: commitments-changelog.json.',
          },
          road: { type: 'string', description: 'Slug of the road.' },
          initiative: nullable({ type: 'string', description: 'Slug of the initiative; null for a road’s own paragraph.' }),
          paragraph: { type: 'integer', minimum: 1, description: '1-based paragraph of that page that states the commitment.' },
          zh: { type: 'string', description: 'The undertaking in the exact words of the article.' },
          en: { type: 'string', description: 'Unofficial English rendering.' },
          type: { enum: [...COMMITMENT_TYPES] },
          status: { enum: [...STATUSES], description: '“announced” unless a dated source says otherwise.' },
          measures: {
            type: 'array',
            description: 'The quantities the undertaking states, in text order; empty for an unquantified one.',
            items: {
              type: 'object',
              additionalProperties: false,
              required: ['amount', 'value', 'unit', 'counts'],
              properties: {
                amount: { type: 'string', description: 'The part of zh that states the quantity, e.g. 2000万元.' },
                value: { type: 'number', description: 'The quantity with 万 (×10⁴) and 亿 (×10⁸) applied.' },
                unit: {
                  enum: [...UNITS],
                  description: 'What value is measured in: yuan, mu (亩; 1 mu = 666.67 m²), m2, km, percent, count, year, years.',
                },
                counts: { type: 'string', description: 'What the measure counts, in English.' },
              },
            },
          },
          page_zh: { type: 'string', format: 'uri', description: 'The commitment’s own page in Chinese.' },
          page_en: { type: 'string', format: 'uri', description: 'The commitment’s own page in English.' },
          source_zh: { type: 'string', format: 'uri', description: 'The paragraph that states it, on the Chinese page.' },
          source_en: { type: 'string', format: 'uri', description: 'The paragraph that states it, on the English page.' },
          plan: { type: 'string', description: 'Slug of the plan that states it; plan and id together are unique.' },
        },
      },
    },
  },
};

export const GET: APIRoute = () =>
  new Response(`${JSON.stringify(schema, null, 2)}\n`, { headers: { 'Content-Type': 'application/schema+json' } });
