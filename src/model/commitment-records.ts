/** The commitments as the records of the downloads, with absolute links in both languages. */
import { absoluteUrl } from '#src/i18n/urls.ts';
import { paragraphId } from './routes.ts';
import { attributionFor } from './commitments-export.ts';
import type { CommitmentRecord } from '#src/schemas/commitment-record.ts';
import type { ChangelogRecord } from '#src/schemas/changelog-record.ts';
import { commitmentPagePath, commitmentOwnPath } from './commitment-links.ts';
import type { Plan } from './plan.ts';

/** The records of the given plans' commitments, plan by plan in the order given, each in article order. */
export function commitmentRecords(plans: readonly Plan[]): CommitmentRecord[] {
  return plans.flatMap((plan) =>
    plan.commitments.map((commitment) => {
      const anchor = `#${paragraphId(commitment.paragraph)}`;
      return {
        id: commitment.id,
        road: commitment.road,
        initiative: commitment.initiative ?? null,
        paragraph: commitment.paragraph,
        zh: commitment.zh,
        en: commitment.en,
        type: commitment.type,
        status: commitment.status,
        measures: commitment.measures.map(({ amount, value, unit, counts, unitStated }) => ({
          amount,
          value,
          unit,
          counts,
          unit_stated: unitStated,
        })),
        page_zh: absoluteUrl('zh', commitmentOwnPath(commitment)),
        page_en: absoluteUrl('en', commitmentOwnPath(commitment)),
        source_zh: absoluteUrl('zh', commitmentPagePath(commitment)) + anchor,
        source_en: absoluteUrl('en', commitmentPagePath(commitment)) + anchor,
        plan: plan.slug,
        reviewed: commitment.reviewed ?? null,
      };
    }),
  );
}

/** The attribution of a download of these plans' data. */
export const attributionOf = (plans: readonly Plan[]) =>
  attributionFor(plans.map((plan) => ({ title: plan.zh.title, byline: plan.zh.byline })));

/** The changes to the given plans' data (removed and added ids, added fields), as the changelog download lists them. */
export function changelogRecords(plans: readonly Plan[]): ChangelogRecord[] {
  return plans.flatMap((plan) =>
    plan.commitmentChanges.map((change) => ({
      id: change.id,
      replaced_by: change.replacedBy ?? null,
      date: change.date,
      reason: change.reason,
      plan: plan.slug,
      note: change.note ?? null,
    })),
  );
}
