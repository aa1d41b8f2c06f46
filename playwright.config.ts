import { createHash } from 'node:crypto';
import { defineConfig } from '@playwright/test';
import { launchOptions } from './tests/chromium.ts';

// A port of this checkout's own (derived from its path), never a server that happens to be listening:
// two checkouts on one machine must not test each other's dist/. E2E_PORT overrides it.
const checkoutPort = 20_000 + (createHash('sha256').update(process.cwd()).digest().readUInt16BE(0) % 20_000);
const PORT = Number(process.env.E2E_PORT ?? checkoutPort);

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  workers: 2,
  reporter: [['list']],
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    launchOptions,
  },
  projects: [{ name: 'chromium', use: { browserName: 'chromium' } }],
  // Serves the already-built dist/ (npm test builds first), as a static host would. A busy port is an error.
  webServer: {
    command: `node tools/serve-dist.ts --port ${PORT}`,
    url: `http://127.0.0.1:${PORT}/`,
    reuseExistingServer: false,
    timeout: 30_000,
  },
});
