/**
 * `npm run`-started server for the built site (`node tools/serve-dist.ts [--port N] [--dir dist]`):
 * serves it the way a static host or CDN would — under BASE_PATH, with the headers of dist/_headers
 * (written by the build with the base path applied), a folder's address without its slash redirected to it,
 * and compressed as CDNs do — for `npm start`, browser tests and benchmarks. Files come only from sirv's list of the folder's files, so no request path can
 * leave the folder; compression is the maintained `compression` middleware, not code of our own.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve, sep } from 'node:path';
import { parseArgs } from 'node:util';
import compression from 'compression';
import sirv from 'sirv';
import { headersFor, parseHeadersFile } from './lib/headers-file.ts';

const { values } = parseArgs({ options: { port: { type: 'string', default: '4322' }, dir: { type: 'string', default: 'dist' } } });
const base = (process.env.BASE_PATH ?? '/').replace(/\/?$/u, '/');
const headersPath = join(values.dir, '_headers');
const rules = existsSync(headersPath) ? parseHeadersFile(readFileSync(headersPath, 'utf8')) : [];
const notFound = join(values.dir, '404.html');

// Pagefind's .pf_* and .pagefind files are gzipped already; they have no compressible type and pass as they are.
const serve = sirv(values.dir, { dev: false, etag: true, extensions: ['html'] });
// compression() works on Node's own request and response; its types name Express's subclasses of them.
const compress = compression() as unknown as (request: IncomingMessage, response: ServerResponse, next: (error?: unknown) => void) => void;

function notFoundPage(response: ServerResponse): void {
  response.statusCode = 404;
  response.setHeader('Content-Type', 'text/html; charset=utf-8');
  response.end(existsSync(notFound) ? readFileSync(notFound) : 'Not found');
}

const root = resolve(values.dir);

/** Whether `path` (below the base, URL-encoded) names a folder of the site holding an index.html. */
function isFolderWithPage(path: string): boolean {
  let decoded: string;
  try {
    decoded = decodeURIComponent(path);
  } catch {
    return false;
  }
  const folder = resolve(root, `./${decoded}`);
  return folder.startsWith(`${root}${sep}`) && existsSync(join(folder, 'index.html'));
}

function handle(request: IncomingMessage, response: ServerResponse): void {
  const url = new URL(request.url ?? '/', 'http://localhost');
  if (`${url.pathname}/` === base) {
    response.writeHead(301, { Location: `${base}${url.search}` }).end();
    return;
  }
  if (!url.pathname.startsWith(base)) {
    response.writeHead(404).end();
    return;
  }
  for (const [name, value] of headersFor(rules, url.pathname)) response.setHeader(name, value);
  // A folder's address without its slash (/en) is redirected to it (/en/), as static hosts do: the page has one address.
  if (!url.pathname.endsWith('/') && isFolderWithPage(url.pathname.slice(base.length))) {
    response.writeHead(301, { Location: `${url.pathname}/${url.search}` }).end();
    return;
  }
  request.url = `/${url.pathname.slice(base.length)}${url.search}`;
  serve(request, response, () => notFoundPage(response));
}

const server = createServer((request, response) => {
  compress(request, response, (error) => {
    if (error) {
      response.writeHead(500).end();
      return;
    }
    handle(request, response);
  });
});
// --port 0 takes a free port; the line printed says which (tools/lib/serve.ts reads it).
server.listen(Number(values.port), '127.0.0.1', () => {
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : values.port;
  console.log(`serving ${values.dir} at http://127.0.0.1:${port}${base}`);
});
