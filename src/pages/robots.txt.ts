/** robots.txt: everything may be crawled; the sitemap index is at the site root (under the base path). */
import type { APIRoute } from 'astro';
import { basePath } from '../i18n/urls.ts';

export const GET: APIRoute = ({ site }) =>
  new Response(`User-agent: *\nAllow: /\n\nSitemap: ${new URL(basePath('sitemap-index.xml'), site).href}\n`, {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
