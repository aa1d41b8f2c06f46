/** The built site's pages as URL paths — the single list every browser test walks (read from dist/). */
import { htmlFiles, read } from './built-site.ts';

/** Every page in dist/ as a URL path: “/zh/eight-roads/opening-up/”. */
export function builtPages(): string[] {
  return htmlFiles()
    .filter((file) => file.endsWith('index.html'))
    .map((file) => `/${file.slice(0, -'index.html'.length)}`)
    .sort();
}

/** A commitment's own page: /zh/eight-roads/commitments/<id>/. */
export const isCommitmentPage = (path: string) => /^\/(?:zh|en)\/[^/]+\/commitments\/[^/]+\/$/u.test(path);

/**
 * The commitment pages share one template: browser tests open a few that cover its variants
 * (two measures, none, a road's own paragraph, the one the status fixture updates); dist tests read them all.
 */
const SAMPLE_COMMITMENTS = ['park-upgrading', 'one-zone-ten-parks', 'four-major-industries-output-value', 'new-5g-base-stations'];

/** The pages a browser test walks: every page, but only the sample of commitment pages. */
export function browserPages(): string[] {
  return builtPages().filter((path) => !isCommitmentPage(path) || SAMPLE_COMMITMENTS.some((id) => path.endsWith(`/commitments/${id}/`)));
}

export function pagesIn(locale: 'zh' | 'en'): string[] {
  return builtPages().filter((path) => path.startsWith(`/${locale}/`));
}

export function readBuilt(path: string): string {
  return read(`${path.slice(1)}index.html`);
}
