/**
 * `node scripts/serve-dist.ts [--port N] [--dir dist]`: serves the built site the way a static host
 * or CDN would — under BASE_PATH, with the headers from dist/_headers (its patterns relative to the
 * site's root) — for browser tests and benchmarks.
 */
import { createServer } from 'node:http';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import sirv from 'sirv';
import { headersFor, parseHeadersFile } from './lib/headers-file.ts';

const { values } = parseArgs({ options: { port: { type: 'string', default: '4322' }, dir: { type: 'string', default: 'dist' } } });
const base = (process.env.BASE_PATH ?? '/').replace(/\/?$/u, '/');
const headersPath = join(values.dir, '_headers');
const rules = existsSync(headersPath) ? parseHeadersFile(readFileSync(headersPath, 'utf8')) : [];
const serve = sirv(values.dir, { dev: false, etag: true, extensions: ['html'] });
const notFound = join(values.dir, '404.html');

const server = createServer((request, response) => {
  const url = new URL(request.url ?? '/', 'http://localhost');
  if (!url.pathname.startsWith(base)) {
    response.writeHead(404).end();
    return;
  }
  const sitePath = `/${url.pathname.slice(base.length)}`;
  for (const [name, value] of headersFor(rules, sitePath)) response.setHeader(name, value);
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
