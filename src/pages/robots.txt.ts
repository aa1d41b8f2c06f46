/** robots.txt: everything may be crawled; the sitemap index is at the site root (under the base path). */
import type { APIRoute } from 'astro';
import { absoluteBaseUrl } from '#src/i18n/urls.ts';

export const GET: APIRoute = () =>
  new Response(`User-agent: *\nAllow: /\n\nSitemap: ${absoluteBaseUrl('sitemap-index.xml')}\n`, {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
