/**
 * `npm run dev` searches with the last build's index: the Pagefind integration mounts dist/pagefind/ at the address
 * the search page loads it from, and with no build yet says what to run.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { serveLastBuildIndex } from '#src/integrations/pagefind/dev-server.ts';
import { makeWorkDir } from '#tools/lib/work-dir.ts';

const work = makeWorkDir('dev-search-');
afterAll(() => rmSync(work, { recursive: true, force: true }));

type Handler = (request: IncomingMessage, response: ServerResponse, next: () => void) => void;

/** The integration's hook against a stand-in for Vite's middleware stack, and what it logged. */
function mount(outDir: string, base: string) {
  const mounted: { path: string; handler: Handler }[] = [];
  const logged: string[] = [];
  const middlewares = { use: (path: string, handler: Handler) => mounted.push({ path, handler }) };
  const logger = { info: (line: string) => logged.push(`info ${line}`), warn: (line: string) => logged.push(`warn ${line}`) };
  serveLastBuildIndex(middlewares as never, { outDir, base, logger: logger as never });
  return { mounted, logged };
}

describe('the dev server’s search index', () => {
  it('serves the last build’s dist/pagefind/ at <base>pagefind/', async () => {
    const outDir = join(work, 'dist');
    mkdirSync(join(outDir, 'pagefind'), { recursive: true });
    writeFileSync(join(outDir, 'pagefind/pagefind.js'), 'export const built = true;');
    const { mounted, logged } = mount(outDir, '/plan');
    expect(mounted.map((entry) => entry.path)).toEqual(['/plan/pagefind']);
    expect(logged[0]).toMatch(/^info search uses the last build's index/u);
    // Connect strips the mount path before the handler sees the request, as Vite's stack does.
    const server = createServer((request, response) => {
      request.url = request.url!.slice('/plan/pagefind'.length);
      mounted[0].handler(request, response, () => response.writeHead(404).end());
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as { port: number };
    const response = await fetch(`http://127.0.0.1:${port}/plan/pagefind/pagefind.js`);
    server.close();
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/javascript/u);
    expect(await response.text()).toBe('export const built = true;');
  });

  it('says what to run when no build has made an index yet', () => {
    const { mounted, logged } = mount(join(work, 'never-built'), '/');
    expect(mounted).toEqual([]);
    expect(logged).toEqual([expect.stringMatching(/^warn search needs an index .* run `npm run build` once/u)]);
  });
});
