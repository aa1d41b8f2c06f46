/**
 * Search under `astro dev`: Pagefind indexes built pages, so the dev server has no index of its own. It serves the
 * last build's (dist/pagefind/) at the same address, and says at start which one, or what to run when there is none.
 * The index may lag behind pages edited since that build: rebuild to refresh it.
 */
import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import sirv from 'sirv';

type ServerSetup = NonNullable<AstroIntegration['hooks']['astro:server:setup']>;
type Middlewares = Parameters<ServerSetup>[0]['server']['middlewares'];

/** Mounts `<outDir>/pagefind` at `<base>pagefind/` on the dev server. */
export function serveLastBuildIndex(
  middlewares: Middlewares,
  { outDir, base, logger }: { outDir: string; base: string; logger: AstroIntegrationLogger },
): void {
  const bundle = join(outDir, 'pagefind');
  const mount = `${base.replace(/\/?$/u, '/')}pagefind`;
  if (!existsSync(join(bundle, 'pagefind.js'))) {
    logger.warn(`search needs an index and ${bundle} has none: run \`npm run build\` once, then search works here too`);
    return;
  }
  logger.info(`search uses the last build's index (${bundle}, built ${statSync(join(bundle, 'pagefind.js')).mtime.toISOString()})`);
  const serve = sirv(bundle, { dev: true, etag: true });
  middlewares.use(mount, serve);
}
