/**
 * Debian's Chromium (CHROMIUM_PATH overrides its path) and the flags it needs on a closed network: without the
 * networking ones, Chromium keeps trying to reach Google's services and floods the log with refused connections.
 * Shared by playwright.config.ts, the benchmarks and the screenshot script.
 */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export const launchOptions = { executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS };
