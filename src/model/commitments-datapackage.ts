/**
 * The Frictionless Data Package that describes /data/: the CSV with a Table Schema (one row per
 * measure), the JSON and the changelog. Pure: the endpoint and the tests build it the same way.
 * Spec: https://specs.frictionlessdata.io/data-package/ and /table-schema/.
 */
import { z } from 'astro/zod';
import { ATTRIBUTION, LICENCE, LICENCE_TERMS } from './commitments-export.ts';
import { CSV_COLUMNS, commitmentRecordSchema, measureRecordSchema } from '#src/schemas/commitment-record.ts';

interface Field {
  name: string;
  type: 'string' | 'integer' | 'number' | 'boolean' | 'date';
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
}

/** What a property of the JSON Schema says, as far as a Table Schema field can use it. */
interface JsonProperty {
  type?: string | string[];
  anyOf?: JsonProperty[];
  enum?: string[];
  pattern?: string;
  format?: string;
  minimum?: number;
  description?: string;
}

const objectSchema = (schema: z.ZodType) =>
  z.toJSONSchema(schema, { target: 'draft-2020-12' }) as { properties: Record<string, JsonProperty>; required: string[] };

/** A Table Schema field from a JSON Schema property: its type, description and constraints. */
function fieldFrom(name: string, property: JsonProperty, required: boolean, extraEnum?: readonly string[]): Field {
  // A nullable property is { type: [the type, "null"] } (or an anyOf with null): null becomes an empty cell.
  const types = [property.type, ...(property.anyOf ?? []).map((option) => option.type)].flat();
  const nullable = types.includes('null');
  const base = { ...property, ...property.anyOf?.find((option) => option.type !== 'null') };
  const type = types.find((each) => each !== undefined && each !== 'null');
  const constraints: NonNullable<Field['constraints']> = {};
  if (required && !nullable) constraints.required = true;
  const choices = base.enum ?? extraEnum;
  if (choices) constraints.enum = choices;
  // Table Schema patterns are anchored already: drop JSON Schema's ^…$.
  // A date is Table Schema's own type (YYYY-MM-DD by default), which checks real dates without a pattern.
  const isDate = base.format === 'date';
  if (base.pattern && !isDate) constraints.pattern = base.pattern.replace(/^\^|\$$/gu, '');
  if (base.minimum !== undefined) constraints.minimum = base.minimum;
  return {
    name,
    type: isDate ? 'date' : type === 'integer' || type === 'number' || type === 'boolean' ? type : 'string',
    ...(base.format === 'uri' ? { format: 'uri' as const } : {}),
    description: property.description ?? base.description ?? '',
    ...(Object.keys(constraints).length > 0 ? { constraints } : {}),
  };
}

/** The CSV's fields, in CSV_COLUMNS order, from the record schemas (the roads and plans, which depend on the content, as enums). */
function fields({ roads, plans }: PackageOptions): Field[] {
  const record = objectSchema(commitmentRecordSchema);
  const measure = objectSchema(measureRecordSchema);
  const enums: Record<string, readonly string[]> = { road: roads, plan: plans };
  return CSV_COLUMNS.map((name): Field => {
    if (name === 'measure') {
      return {
        name,
        type: 'integer',
        description: 'Number of the measure within the commitment; empty when the commitment states no figure.',
        constraints: { minimum: 1 },
      };
    }
    if (name in measure.properties) return fieldFrom(name, measure.properties[name], false);
    return fieldFrom(name, record.properties[name], record.required.includes(name), enums[name]);
  });
}

export function commitmentsDataPackage(options: PackageOptions) {
  return {
    // Not “tabular-data-package”: that profile requires every resource to be a table, and two are JSON.
    profile: 'data-package',
    name: 'eight-roads-commitments',
    title: 'Commitments of the Jining High-tech Zone economic work plans',
    description: `${ATTRIBUTION} ${LICENCE_TERMS}`,
    homepage: options.homepage,
    licenses: [{ name: LICENCE.name, title: LICENCE.title, path: LICENCE.path }],
    resources: [
      {
        profile: 'tabular-data-resource',
        name: 'commitments',
        // The CSV without a byte-order mark, as `encoding: utf-8` says; commitments.csv, beside it, has one for Excel.
        path: 'commitments-no-bom.csv',
        title: 'Commitments, one row per measure',
        description:
          'One row per measure; the commitment’s columns repeat on each of its rows. A commitment without a figure has one row with empty measure columns. Every text cell is quoted, no number is. The same rows as commitments.csv, which starts with a byte-order mark for Excel.',
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
