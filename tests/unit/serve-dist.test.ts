/**
 * The test server serves only the files of its folder: paths that try to walk out of it, encoded or
 * not, and malformed escapes get a 404 and leave the server running; text is gzipped on request.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveDist } from '#tools/lib/serve.ts';
import { makeWorkDir } from '#tools/lib/work-dir.ts';

const work = makeWorkDir('serve-dist-');
const SECRET = 'secret outside the served folder';
const WITH_AND_WITHOUT_GZIP: Record<string, string>[] = [{}, { 'Accept-Encoding': 'gzip' }];
let server: Awaited<ReturnType<typeof serveDist>> | undefined;

/** A raw GET: fetch() would normalise “..” and refuse malformed paths before they reach the server. */
function get(
  path: string,
  headers: Record<string, string> = {},
): Promise<{ status: number; headers: Record<string, unknown>; body: Buffer }> {
  const { hostname, port } = new URL(server!.url);
  return new Promise((resolve, reject) => {
    const req = request({ hostname, port, path, headers }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () => resolve({ status: response.statusCode ?? 0, headers: response.headers, body: Buffer.concat(chunks) }));
    });
    req.on('error', reject);
    req.end();
  });
}

beforeAll(async () => {
  const site = join(work, 'site', 'dist');
  mkdirSync(join(site, 'en'), { recursive: true });
  writeFileSync(join(site, 'en', 'index.html'), `<!doctype html><title>en</title>${'<p>page text</p>'.repeat(200)}`);
  writeFileSync(join(site, '404.html'), '<!doctype html><title>not found</title>');
  writeFileSync(join(site, '_headers'), '/*\n  X-Test: yes\n');
  writeFileSync(join(work, 'site', 'secret.txt'), SECRET);
  writeFileSync(join(work, 'secret.txt'), SECRET);
  server = await serveDist(0, { dir: site });
}, 30_000);

afterAll(() => {
  server?.stop();
  rmSync(work, { recursive: true, force: true });
});

describe('tools/serve-dist.ts', () => {
  it('serves a page, gzipped when asked, with the headers of _headers', async () => {
    const plain = await get('/en/');
    expect(plain.status).toBe(200);
    expect(plain.body.toString()).toContain('<title>en</title>');
    const gzipped = await get('/en/', { 'Accept-Encoding': 'gzip' });
    expect(gzipped.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(gzipped.body).toString()).toBe(plain.body.toString());
    expect(gzipped.headers['x-test']).toBe('yes');
  });

  it('redirects a folder’s address without its slash to the page, keeping the query, as static hosts do', async () => {
    const response = await get('/en?q=x');
    expect(response.status).toBe(301);
    expect(response.headers.location).toBe('/en/?q=x');
    expect(response.headers['x-test']).toBe('yes');
    expect((await get('/nowhere')).status).toBe(404);
    expect((await get('/..%2fsite')).status).toBe(404);
  });

  it.each([
    '/../secret.txt',
    '/..%2fsecret.txt',
    '/..%2f..%2fsecret.txt',
    '/en/..%2f..%2fsecret.txt',
    '/%2e%2e/secret.txt',
    '/%2e%2e%2f%2e%2e%2fsecret.txt',
    '/..%5csecret.txt',
    '/en/%2e%2e/%2e%2e/secret.txt',
    '/..%2f..%2f..%2f..%2f..%2f..%2fetc%2fpasswd',
  ])('does not leave its folder for %s, gzip or not', async (path) => {
    for (const headers of WITH_AND_WITHOUT_GZIP) {
      const response = await get(path, headers);
      expect(response.status).toBe(404);
      const body = response.headers['content-encoding'] === 'gzip' ? gunzipSync(response.body) : response.body;
      expect(body.toString()).not.toContain(SECRET);
      expect(body.toString()).not.toContain('root:');
    }
  });

  it.each(['/%E0%A4%A', '/en/%E0%A4%A/', '/%', '/%ZZ', '/en/%C0%AF'])(
    'answers a malformed escape %s with 404 and keeps running',
    async (path) => {
      for (const headers of WITH_AND_WITHOUT_GZIP) expect((await get(path, headers)).status).toBe(404);
      expect((await get('/en/')).status).toBe(200);
    },
  );
});
