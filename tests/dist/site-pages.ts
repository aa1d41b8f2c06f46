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

export function pagesIn(locale: 'zh' | 'en'): string[] {
  return builtPages().filter((path) => path.startsWith(`/${locale}/`));
}

export function readBuilt(path: string): string {
  return read(`${path.slice(1)}index.html`);
}
