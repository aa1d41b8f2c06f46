/**
 * The bodies of the commitment downloads, for all plans together (/data/…) or one plan (/data/<plan>/…):
 * the same records, attribution and CSV either way. Plans are listed oldest first, so a new plan's rows
 * are appended and earlier rows keep their place.
 */
import { absoluteBaseUrl } from '#src/i18n/urls.ts';
import { toCsv, type CsvFlavour } from './commitments-export.ts';
import { attributionOf, changelogRecords, commitmentRecords } from './commitment-records.ts';
import { getPlan, getPlans, type Plan } from './plan.ts';
import { changelogFileSchema } from '#src/schemas/changelog-record.ts';

const json = (data: unknown) =>
  new Response(`${JSON.stringify(data, null, 2)}\n`, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });

/** All plans, oldest first; or the one plan named. */
async function plansFor(slug?: string): Promise<Plan[]> {
  return slug === undefined ? [...(await getPlans())].reverse() : [await getPlan(slug)];
}

export async function commitmentsJson(slug?: string): Promise<Response> {
  const plans = await plansFor(slug);
  return json({
    $schema: absoluteBaseUrl('data/commitments.schema.json'),
    attribution: attributionOf(plans),
    commitments: commitmentRecords(plans),
  });
}

/** The CSV for spreadsheets (with a byte-order mark) or for data tools (without), of all plans or of one. */
export async function commitmentsCsv(slug?: string, flavour: CsvFlavour = 'spreadsheet'): Promise<Response> {
  return new Response(toCsv(commitmentRecords(await plansFor(slug)), flavour), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
}

export async function changelogJson(slug?: string): Promise<Response> {
  const plans = await plansFor(slug);
  // Checked against the published shape: a record that strays from it stops the build.
  return json(changelogFileSchema.parse({ attribution: attributionOf(plans), changes: changelogRecords(plans) }));
}
