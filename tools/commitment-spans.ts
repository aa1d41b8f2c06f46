/**
 * Prints how many commitments' English stands in the English paragraph they cite (src/checks/commitment-spans.ts),
 * for every plan under content/: `npm run commitments:spans` (add `-- --list` to print each failing one beside its paragraph).
 */
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { isSpanOf, spanCounts, type CommitmentSpan } from '#src/checks/commitment-spans.ts';

const list = process.argv.includes('--list');
const root = 'content';
for (const plan of readdirSync(root)) {
  const file = join(root, plan, 'commitments.yaml');
  if (!existsSync(file)) continue;
  const entries = parse(readFileSync(file, 'utf8')) as (CommitmentSpan['data'] & { id: string })[];
  const commitments: CommitmentSpan[] = entries.map((data) => ({ id: data.id, filePath: file, data }));
  const paragraphsOf = (road: string, initiative: string | undefined) => {
    const path = initiative ? join(root, plan, 'en', 'initiatives', `${initiative}.yaml`) : join(root, plan, 'en', 'roads', `${road}.yaml`);
    return existsSync(path) ? (parse(readFileSync(path, 'utf8')) as { paragraphs: string[] }).paragraphs : undefined;
  };
  const { spans, excepted, failing } = spanCounts(commitments, paragraphsOf);
  console.log(
    `${plan}: ${spans.length} of ${commitments.length} commitments' English stands in its paragraph; ${excepted.length} say why not; ${failing.length} fail`,
  );
  if (list) {
    for (const commitment of commitments.filter((each) => failing.includes(each.id))) {
      const paragraph = paragraphsOf(commitment.data.road, commitment.data.initiative)?.[commitment.data.paragraph - 1] ?? '';
      console.log(
        `\n## ${commitment.id} (${commitment.data.initiative ?? commitment.data.road} ¶${commitment.data.paragraph}) span=${isSpanOf(commitment.data.en, paragraph)}`,
      );
      console.log(`en:  ${commitment.data.en}`);
      console.log(`¶:   ${paragraph}`);
    }
  }
}
