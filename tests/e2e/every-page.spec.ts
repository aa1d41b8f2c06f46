/**
 * One sweep in one browser, several tabs at a time, over one page per structural signature
 * (tests/dist/page-signatures.ts), and the pages that need a moment of JavaScript: each page answers 200, logs no
 * console error and requests nothing from another origin, and axe (WCAG 2.0/2.1/2.2 A and AA) finds no violation in
 * the light and the dark colour scheme. Pages that share a signature differ only in their words: the same elements,
 * classes and scripts, so what the browser sees in one it sees in all. tests/dist/page-signatures.test.ts holds that
 * every built page shares its signature with a swept one, and the checks that need no browser run on every page in
 * Node (tests/dist/integrity.test.ts: every link and asset resolves, nothing is loaded from another origin). So the
 * sweep grows with the templates, not the pages: tripling the commitments adds no page to it.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { expect, test, type Browser, type Page } from '@playwright/test';
import type { AxeResults, RunOptions } from 'axe-core';
import { axePages } from '#tests/dist/page-signatures.ts';
import { builtPages } from '#tests/dist/site-pages.ts';

/**
 * axe-core itself, run twice per page (AxeBuilder injects on every run and collects passes too). Given to the context as
 * an init script, it is in every page before the page's own scripts: evaluated into each loaded page instead, its
 * half a megabyte of script is parsed again on every page, a large share of the sweep's CPU time.
 */
const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
/** The dark scheme only redefines colour tokens (tests/unit/dark-scheme.test.ts holds that), so only the rules about colour can differ. */
const COLOUR_RULES = ['color-contrast', 'link-in-text-block'];
/** Tabs at once: enough to keep two cores busy while one tab waits on the server. */
const TABS = 4;

/** Runs axe in the page (already injected) and returns its violations, one line each. */
async function axeViolations(page: Page, runOnly: RunOptions['runOnly']): Promise<string[]> {
  const options: RunOptions = { runOnly, resultTypes: ['violations'] };
  const results = await page.evaluate(
    (runOptions) =>
      (window as unknown as { axe: { run: (context: Document, options: RunOptions) => Promise<AxeResults> } }).axe.run(
        document,
        runOptions,
      ),
    options,
  );
  return results.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
}

/** Pages that need a moment of JavaScript before they show what a reader sees. */
const EXTRA_PAGES = ['/404.html', '/zh/search/?q=幼儿园', '/en/search/?q=kindergarten'];

async function sweep(browser: Browser, baseURL: string, paths: string[]): Promise<string[]> {
  const context = await browser.newContext({ baseURL });
  await context.addInitScript({ content: AXE_SOURCE });
  const problems: string[] = [];
  const queue = [...paths];
  const worker = async () => {
    const page = await context.newPage();
    let current = '';
    page.on('console', (message) => {
      if (message.type() === 'error') problems.push(`${current}: console: ${message.text()}`);
    });
    page.on('pageerror', (error) => problems.push(`${current}: page error: ${error.message}`));
    page.on('request', (request) => {
      const url = request.url();
      if (!url.startsWith('data:') && new URL(url).origin !== new URL(baseURL).origin) problems.push(`${current}: request to ${url}`);
    });
    for (let path = queue.shift(); path !== undefined; path = queue.shift()) {
      current = path;
      // Each page starts light: the previous page's dark run left the tab dark.
      await page.emulateMedia({ colorScheme: 'light' });
      const response = await page.goto(path);
      if (response?.status() !== 200 && !path.endsWith('404.html')) problems.push(`${path}: HTTP ${response?.status()}`);
      if (path.includes('?q=')) await page.locator('[data-search-result]').first().waitFor();
      for (const violation of await axeViolations(page, { type: 'tag', values: TAGS })) problems.push(`${path} (light): ${violation}`);
      await page.emulateMedia({ colorScheme: 'dark' });
      for (const violation of await axeViolations(page, { type: 'rule', values: COLOUR_RULES }))
        problems.push(`${path} (dark): ${violation}`);
    }
    await page.close();
  };
  await Promise.all(Array.from({ length: TABS }, worker));
  await context.close();
  return problems;
}

test('one page of each kind loads cleanly and has no axe violation in the light and the dark scheme', async ({ browser, baseURL }) => {
  const paths = [...axePages(), ...EXTRA_PAGES];
  console.log(`every-page: ${paths.length} pages swept, one per structural signature of ${builtPages().length}`);
  // Generous: a slow machine must not fail a correctness check. Speed is measured by `npm test`'s timings, not here.
  test.setTimeout(paths.length * 12_000);
  expect(await sweep(browser, baseURL!, paths)).toEqual([]);
});
