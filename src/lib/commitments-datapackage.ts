/**
 * The Frictionless Data Package that describes /data/: the CSV with a Table Schema (one row per
 * measure), the JSON and the changelog. Pure: the endpoint and the tests build it the same way.
 * Spec: https://specs.frictionlessdata.io/data-package/ and /table-schema/.
 */
import { ATTRIBUTION, CSV_COLUMNS, type CsvRow } from './commitments-export.ts';
import { UNITS } from './quantities.ts';

interface Field {
  name: keyof CsvRow;
  type: 'string' | 'integer' | 'number';
  format?: 'uri';
  description: string;
  constraints?: { required?: boolean; enum?: readonly string[]; minimum?: number; pattern?: string };
}

export interface PackageOptions {
  /** The commitments overview page, in English. */
  homepage: string;
  roads: readonly string[];
  /** Slugs of the plans. */
  plans: readonly string[];
  types: readonly string[];
  statuses: readonly string[];
}

function fields({ roads, plans, types, statuses }: PackageOptions): Field[] {
  const list: Field[] = [
    {
      name: 'id',
      type: 'string',
      description: 'Stable id of the commitment within its plan; never reused (removed ids: commitments-changelog.json).',
      constraints: { required: true, pattern: '[a-z0-9]+(?:-[a-z0-9]+)*' },
    },
    { name: 'road', type: 'string', description: 'Slug of the road.', constraints: { required: true, enum: roads } },
    { name: 'initiative', type: 'string', description: 'Slug of the initiative; empty for a road’s own paragraph.' },
    {
      name: 'paragraph',
      type: 'integer',
      description: '1-based paragraph of that page that states the commitment.',
      constraints: { required: true, minimum: 1 },
    },
    { name: 'zh', type: 'string', description: 'The undertaking in the exact words of the article.', constraints: { required: true } },
    { name: 'en', type: 'string', description: 'Unofficial English rendering.', constraints: { required: true } },
    { name: 'type', type: 'string', description: 'Kind of commitment.', constraints: { required: true, enum: types } },
    {
      name: 'status',
      type: 'string',
      description: '“announced” unless a dated source says otherwise.',
      constraints: { required: true, enum: statuses },
    },
    {
      name: 'page_zh',
      type: 'string',
      format: 'uri',
      description: 'The commitment’s own page in Chinese.',
      constraints: { required: true },
    },
    {
      name: 'page_en',
      type: 'string',
      format: 'uri',
      description: 'The commitment’s own page in English.',
      constraints: { required: true },
    },
    {
      name: 'source_zh',
      type: 'string',
      format: 'uri',
      description: 'The paragraph that states it, on the Chinese page.',
      constraints: { required: true },
    },
    {
      name: 'source_en',
      type: 'string',
      format: 'uri',
      description: 'The paragraph that states it, on the English page.',
      constraints: { required: true },
    },
    {
      name: 'measure',
      type: 'integer',
      description: 'Number of the measure within the commitment; empty when the commitment states no figure.',
      constraints: { minimum: 1 },
    },
    { name: 'amount', type: 'string', description: 'The part of zh that states the quantity, e.g. 2000万元.' },
    { name: 'value', type: 'number', description: 'The quantity with 万 (×10⁴) and 亿 (×10⁸) applied.' },
    { name: 'unit', type: 'string', description: 'What value is measured in (mu: 亩, 1 mu = 666.67 m²).', constraints: { enum: UNITS } },
    { name: 'counts', type: 'string', description: 'What the measure counts, in English.' },
    {
      name: 'plan',
      type: 'string',
      description: 'Slug of the plan that states the commitment; plan and id together are unique.',
      constraints: { required: true, enum: plans },
    },
  ];
  // The CSV writer and the schema must list the same columns in the same order.
  if (list.map((field) => field.name).join() !== CSV_COLUMNS.join())
    throw new Error('datapackage: Table Schema fields differ from CSV_COLUMNS');
  return list;
}

export function commitmentsDataPackage(options: PackageOptions) {
  return {
    // Not “tabular-data-package”: that profile requires every resource to be a table, and two are JSON.
    profile: 'data-package',
    name: 'eight-roads-commitments',
    title: 'Commitments of the Jining High-tech Zone “Eight Roads” plan',
    description: ATTRIBUTION,
    homepage: options.homepage,
    resources: [
      {
        profile: 'tabular-data-resource',
        name: 'commitments',
        path: 'commitments.csv',
        title: 'Commitments, one row per measure',
        description:
          'One row per measure; the commitment’s columns repeat on each of its rows. A commitment without a figure has one row with empty measure columns.',
        format: 'csv',
        mediatype: 'text/csv',
        encoding: 'utf-8',
        dialect: { delimiter: ',', lineTerminator: '\r\n', quoteChar: '"', doubleQuote: true, header: true },
        schema: { fields: fields(options), missingValues: [''] },
      },
      {
        profile: 'data-resource',
        name: 'commitments-json',
        path: 'commitments.json',
        title: 'Commitments, with their measures as a list',
        format: 'json',
        mediatype: 'application/json',
        encoding: 'utf-8',
      },
      {
        profile: 'data-resource',
        name: 'commitments-changelog',
        path: 'commitments-changelog.json',
        title: 'Removed commitment ids and the ids that replace them',
        format: 'json',
        mediatype: 'application/json',
        encoding: 'utf-8',
      },
    ],
  };
}
