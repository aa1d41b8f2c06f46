/** The commitments as the records of the downloads, with absolute links in both languages. */
import { absoluteUrl } from '../i18n/urls.ts';
import { paragraphId } from '../lib/routes.ts';
import type { CommitmentRecord } from '../lib/commitments-export.ts';
import { commitmentPagePath, commitmentOwnPath } from './commitment-links.ts';
import { getPlan } from './plan.ts';

export async function commitmentRecords(): Promise<CommitmentRecord[]> {
  const plan = await getPlan();
  return plan.commitments.map((commitment) => {
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
      measures: commitment.measures.map(({ amount, value, unit, counts }) => ({ amount, value, unit, counts })),
      page_zh: absoluteUrl('zh', commitmentOwnPath(commitment)),
      page_en: absoluteUrl('en', commitmentOwnPath(commitment)),
      source_zh: absoluteUrl('zh', commitmentPagePath(commitment)) + anchor,
      source_en: absoluteUrl('en', commitmentPagePath(commitment)) + anchor,
    };
  });
}
