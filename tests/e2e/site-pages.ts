/** The built site's pages, read from dist/ — the single list every browser test walks. */
import { readFileSync, readdirSync } from 'node:fs';
import { join, sep } from 'node:path';

const DIST = process.env.OUT_DIR ?? 'dist';

/** Every HTML page in dist/ as a URL path: “/zh/eight-roads/opening-up/”. */
export function builtPages(): string[] {
  return readdirSync(DIST, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('index.html'))
    .map((file) => `/${file.split(sep).slice(0, -1).join('/')}${file.includes(sep) ? '/' : ''}`)
    .sort();
}

export function pagesIn(locale: 'zh' | 'en'): string[] {
  return builtPages().filter((path) => path.startsWith(`/${locale}/`));
}

export function readBuilt(path: string): string {
  return readFileSync(join(DIST, path, 'index.html'), 'utf8');
}
