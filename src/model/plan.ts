/**
 * The plans as pages need them, loaded from the content collections and checked once per build (src/model/plan-build.ts).
 */
import { getCollection } from 'astro:content';
import { buildPlans, type Plan } from './plan-build.ts';

export type {
  Commitment,
  CommitmentChange,
  GlossaryEntry,
  InitiativePage,
  Measure,
  NameEntry,
  Plan,
  RoadPage,
  StatusUpdate,
} from './plan-build.ts';
export { newestFirst } from './plan-build.ts';

async function loadPlans(): Promise<Plan[]> {
  const [
    plans,
    roads,
    initiatives,
    translations,
    commitments,
    repairLogs,
    glossary,
    statusLogs,
    statusReviews,
    droppedCommitments,
    commitmentChanges,
    names,
  ] = await Promise.all([
    getCollection('plans'),
    getCollection('roads'),
    getCollection('initiatives'),
    getCollection('translations'),
    getCollection('commitments'),
    getCollection('repairLogs'),
    getCollection('glossary'),
    getCollection('statusLogs'),
    getCollection('statusReviews'),
    getCollection('droppedCommitments'),
    getCollection('commitmentChanges'),
    getCollection('names'),
  ]);
  return buildPlans({
    plans,
    roads,
    initiatives,
    translations,
    commitments,
    repairLogs,
    glossary,
    statusLogs,
    statusReviews,
    droppedCommitments,
    commitmentChanges,
    names,
  });
}

let cached: Promise<Plan[]> | undefined;

/** Every plan, loaded and checked once per build, newest first. */
export function getPlans(): Promise<Plan[]> {
  cached ??= loadPlans();
  return cached;
}

/** One plan by slug; without a slug, the newest plan. */
export async function getPlan(slug?: string): Promise<Plan> {
  const plans = await getPlans();
  if (slug === undefined) return plans[0];
  const plan = plans.find((candidate) => candidate.slug === slug);
  if (!plan) throw new Error(`content/${slug}/zh/plan.yaml: \`file\`: no such plan`);
  return plan;
}

/** The plan a page belongs to, from its locale-free path (“eight-roads/opening-up/”); the newest plan for site pages. */
export async function getPlanForPath(path: string): Promise<Plan> {
  const plans = await getPlans();
  const first = path.slice(0, path.indexOf('/'));
  return plans.find((plan) => plan.slug === first) ?? plans[0];
}
