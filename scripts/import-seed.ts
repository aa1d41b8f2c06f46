/**
 * `npm run import`: seeds/<plan>/article.txt → content/<plan>/zh/*.yaml, for every plan in seeds/.
 * `npm run import -- <path-to-text> --plan <slug>`: imports one new or updated text as content/<slug>/zh/,
 * keeping a copy in seeds/<slug>/ and, the first time, writing content/<slug>/structure.yaml.
 * Writes only the Chinese originals, the outline and the repair log; English content is never touched.
 * Re-running it gives byte-identical files. CONTENT_DIR overrides the content folder, as for the build.
 */
import { parseArgs } from 'node:util';
import { ImportError } from './import/import-error.ts';
import { importPlans } from './import/import-plans.ts';

const USAGE = 'usage: npm run import [-- <path-to-text> --plan <slug>]';
const HELP = `${USAGE}
  npm run import                                   re-import every plan in seeds/ into content/<plan>/zh/
  npm run import -- <path-to-text> --plan <slug>   import a new or updated text as plan <slug>
  npm run import -- --help                         show this help

Writes only the Chinese originals (content/<plan>/zh/), the outline the first time (content/<plan>/structure.yaml)
and the seed copy (seeds/<slug>/article.txt); English files are never touched. It checks every plan before
writing any file, and writes all or nothing. CONTENT_DIR overrides the content folder.`;

try {
  const { values, positionals } = parseArgs({
    options: { plan: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
    allowPositionals: true,
  });
  if (values.help) console.log(HELP);
  else {
    if (positionals.length > 1 || (positionals.length === 1) !== (values.plan !== undefined)) throw new ImportError(USAGE);
    const [path] = positionals;
    const text = path !== undefined && values.plan !== undefined ? { path, plan: values.plan } : undefined;
    for (const line of importPlans({ contentDir: process.env.CONTENT_DIR ?? 'content', seedsDir: 'seeds', text })) console.log(line);
  }
} catch (error) {
  if (!(error instanceof ImportError) && !(error instanceof TypeError && 'code' in error)) throw error;
  console.error(`import refused, nothing written: ${error.message}`);
  process.exitCode = 1;
}
