/** /data/commitments-changelog.json: removed commitment ids and the ids that replace them. */
import type { APIRoute } from 'astro';
import { ATTRIBUTION } from '../../lib/commitments-export.ts';
import { getPlan } from '../../data/plan.ts';

export const GET: APIRoute = async () => {
  const plan = await getPlan();
  const changes = plan.commitmentChanges.map((change) => ({
    id: change.id,
    replaced_by: change.replacedBy,
    date: change.date.toISOString().slice(0, 10),
    reason: change.reason,
  }));
  return new Response(`${JSON.stringify({ attribution: ATTRIBUTION, changes }, null, 2)}\n`, {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
