/**
 * The host configuration files written into dist/ by the build: Netlify / Cloudflare Pages `_headers`
 * and `_redirects`, with the base path applied. Pure: text in, text out.
 */

/** “/plan” or “plan/” → “/plan/”; “/” stays “/”. */
export function normaliseBase(base: string): string {
  return `/${base.replace(/^\/+|\/+$/gu, '')}/`.replace(/^\/\/$/u, '/');
}

/**
 * A `_headers` file whose patterns (unindented lines) are relative to the site's root, rewritten
 * for a site served under `base`: “/_astro/*” under /plan/ becomes “/plan/_astro/*”.
 */
export function headersFileForBase(template: string, base: string): string {
  const prefix = normaliseBase(base);
  return template
    .split('\n')
    .map((line) => {
      if (line.trim() === '' || line.startsWith('#') || /^\s/u.test(line)) return line;
      if (!line.startsWith('/')) throw new Error(`deploy/_headers: a pattern starts with “/”: “${line}”`);
      return `${prefix}${line.slice(1)}`;
    })
    .join('\n');
}

/** The `_redirects` file: the site needs none (its root is a real page); the file says so. */
export function redirectsFile(base: string): string {
  return [
    '# Redirects for Netlify and Cloudflare Pages, written by `npm run build`.',
    `# None needed: the site, served under ${normaliseBase(base)}, has a real page at its root and no moved pages.`,
    '',
  ].join('\n');
}
