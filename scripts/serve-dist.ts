/**
 * `node scripts/serve-dist.ts [--port N] [--dir dist]`: serves the built site the way a static host
 * or CDN would — under BASE_PATH, with the headers from dist/_headers (its patterns relative to the
 * site's root), and gzip for text and WebAssembly as CDNs do — for browser tests and benchmarks.
 */
import { createServer, type ServerResponse } from 'node:http';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { parseArgs } from 'node:util';
import sirv from 'sirv';
import { headersFor, parseHeadersFile } from './lib/headers-file.ts';

const { values } = parseArgs({ options: { port: { type: 'string', default: '4322' }, dir: { type: 'string', default: 'dist' } } });
const base = (process.env.BASE_PATH ?? '/').replace(/\/?$/u, '/');
const headersPath = join(values.dir, '_headers');
const rules = existsSync(headersPath) ? parseHeadersFile(readFileSync(headersPath, 'utf8')) : [];
const serve = sirv(values.dir, { dev: false, etag: true, extensions: ['html'] });
const notFound = join(values.dir, '404.html');

/** Types a CDN compresses; Pagefind's .pf_* files are gzipped already and go to sirv as they are. */
const COMPRESSIBLE: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.xml': 'application/xml; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.pagefind': 'application/wasm',
};
const gzipped = new Map<string, Buffer>();

/** Sends a compressible file gzipped; returns false when the file is not one to compress here. */
function sendGzipped(sitePath: string, acceptEncoding: string, response: ServerResponse): boolean {
  if (!/\bgzip\b/u.test(acceptEncoding)) return false;
  const candidate = join(values.dir, decodeURIComponent(sitePath));
  const file = existsSync(candidate) && statSync(candidate).isDirectory() ? join(candidate, 'index.html') : candidate;
  const type = COMPRESSIBLE[extname(file)];
  if (!type || !existsSync(file) || !statSync(file).isFile()) return false;
  if (!gzipped.has(file)) gzipped.set(file, gzipSync(readFileSync(file)));
  response.writeHead(200, { 'Content-Type': type, 'Content-Encoding': 'gzip', Vary: 'Accept-Encoding' });
  response.end(gzipped.get(file));
  return true;
}

const server = createServer((request, response) => {
  const url = new URL(request.url ?? '/', 'http://localhost');
  if (!url.pathname.startsWith(base)) {
    response.writeHead(404).end();
    return;
  }
  const sitePath = `/${url.pathname.slice(base.length)}`;
  for (const [name, value] of headersFor(rules, sitePath)) response.setHeader(name, value);
  if (request.method === 'GET' && sendGzipped(sitePath, String(request.headers['accept-encoding'] ?? ''), response)) return;
  request.url = sitePath + url.search;
  serve(request, response, () => {
    response.statusCode = 404;
    response.setHeader('Content-Type', 'text/html; charset=utf-8');
    response.end(existsSync(notFound) ? readFileSync(notFound) : 'Not found');
  });
});
server.listen(Number(values.port), '127.0.0.1', () => {
  console.log(`serving ${values.dir} at http://127.0.0.1:${values.port}${base}`);
});
