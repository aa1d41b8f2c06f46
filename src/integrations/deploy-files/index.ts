/**
 * Writes dist/_headers (from deploy/_headers) and dist/_redirects after every `astro build`,
 * with the configured base path applied, so that a host reading them matches the real paths.
 */
import type { AstroIntegration } from 'astro';
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { headersFileForBase, redirectsFile } from './headers.ts';

export function deployFiles(): AstroIntegration {
  let base = '/';
  let root = '';
  return {
    name: 'eight-roads:deploy-files',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base;
        root = fileURLToPath(config.root);
      },
      'astro:build:done': ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        const template = readFileSync(`${root}/deploy/_headers`, 'utf8');
        writeFileSync(`${outDir}/_headers`, headersFileForBase(template, base));
        writeFileSync(`${outDir}/_redirects`, redirectsFile(base));
        logger.info(`wrote _headers and _redirects for ${base}`);
      },
    },
  };
}
