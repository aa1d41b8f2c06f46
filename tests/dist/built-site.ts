/** Reading the built site in dist/ for the checks in this folder. */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, sep } from 'node:path';

export const DIST = process.env.OUT_DIR ?? 'dist';
export const BASE = (process.env.BASE_PATH ?? '/').replace(/\/?$/u, '/');
export const SITE = new URL(process.env.SITE_URL ?? 'https://eight-roads.example.org');

export function allFiles(dir = DIST): string[] {
  if (!existsSync(dir)) throw new Error(`${dir}/ does not exist: run npm run build first`);
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((file) => statSync(join(dir, file)).isFile())
    .map((file) => file.split(sep).join('/'));
}

export function htmlFiles(): string[] {
  return allFiles().filter((file) => file.endsWith('.html'));
}

export const read = (file: string) => readFileSync(join(DIST, file), 'utf8');

/** The dist/ file a site URL path is served from, or undefined when there is none. */
export function fileForPath(pathname: string): string | undefined {
  if (!pathname.startsWith(BASE)) return undefined;
  const relative = decodeURIComponent(pathname.slice(BASE.length));
  for (const candidate of [relative, `${relative}index.html`, `${relative}/index.html`]) {
    const full = join(DIST, candidate);
    if (candidate !== '' && existsSync(full) && statSync(full).isFile()) return candidate.replace(/^\/+/u, '');
  }
  return undefined;
}
