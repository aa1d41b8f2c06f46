/**
 * One sweep over every built page in one browser, several tabs at a time (instead of one test per page,
 * which cost a page load, a context and a report line each): every page answers 200, logs no console error and
 * requests nothing from another origin; axe (WCAG 2.0/2.1/2.2 A and AA) finds no violation in the light and the
 * dark colour scheme. axe opens one page per structural signature (tests/dist/page-signatures.ts): pages that
 * differ only in their words share what axe checks, and tests/dist/page-signatures.test.ts holds that every page
 * shares its signature with an axed one. So the sweep's axe time grows with the templates, not the pages.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { expect, test, type Browser, type Page } from '@playwright/test';
import type { AxeResults, RunOptions } from 'axe-core';
import { axePages } from '../dist/page-signatures.ts';
import { builtPages } from '../dist/site-pages.ts';

/** axe-core itself, injected once per page load and run twice (AxeBuilder injects on every run and collects passes too). */
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

async function sweep(browser: Browser, baseURL: string, paths: string[], axed: Set<string>): Promise<string[]> {
  const context = await browser.newContext({ baseURL });
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
    // The scheme stays dark after an axed page's dark run: back to light before the next page, only then.
    let dark = false;
    for (let path = queue.shift(); path !== undefined; path = queue.shift()) {
      current = path;
      if (dark) await page.emulateMedia({ colorScheme: 'light' });
      dark = false;
      const response = await page.goto(path);
      if (response?.status() !== 200 && !path.endsWith('404.html')) problems.push(`${path}: HTTP ${response?.status()}`);
      if (path.includes('?q=')) await page.locator('[data-search-result]').first().waitFor();
      if (!axed.has(path)) continue;
      await page.evaluate(AXE_SOURCE);
      for (const violation of await axeViolations(page, { type: 'tag', values: TAGS })) problems.push(`${path} (light): ${violation}`);
      await page.emulateMedia({ colorScheme: 'dark' });
      dark = true;
      for (const violation of await axeViolations(page, { type: 'rule', values: COLOUR_RULES }))
        problems.push(`${path} (dark): ${violation}`);
    }
    await page.close();
  };
  await Promise.all(Array.from({ length: TABS }, worker));
  await context.close();
  return problems;
}

test('every page loads cleanly and has no axe violation in the light and the dark scheme', async ({ browser, baseURL }) => {
  const axed = new Set([...axePages(), ...EXTRA_PAGES]);
  // The axed pages first: the long runs start early, and the quick loads even out the tabs' ends.
  const paths = [...builtPages(), ...EXTRA_PAGES].sort((a, b) => Number(axed.has(b)) - Number(axed.has(a)));
  console.log(`every-page: ${paths.length} pages loaded, ${axed.size} of them axed (one per structural signature)`);
  // Generous: a slow machine must not fail a correctness check. Speed is measured by `npm test`'s timings, not here.
  test.setTimeout(paths.length * 2_000 + axed.size * 10_000);
  expect(await sweep(browser, baseURL!, paths, axed)).toEqual([]);
});
