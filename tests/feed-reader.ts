/**
 * Feeds as a feed reader decodes them: tools/lib/read-feed.py runs feedparser (Debian's python3-feedparser, installed
 * by .ci/run) over the files and returns what it made of each channel and item.
 */
import { spawnSync } from 'node:child_process';

/** Debian's Python, which has python3-feedparser; another python3 on the PATH may not. */
const PYTHON = process.env.FEED_PYTHON ?? '/usr/bin/python3';

export interface ParsedItem {
  title: string | null;
  link: string | null;
  id: string | null;
  /** The description as the parser hands it on: HTML (sanitised) when summaryType is text/html. */
  summary: string | null;
  summaryType: string | null;
  /** The description's text as a reader sees it. */
  summaryText: string;
  /** The elements a reader would render from the description: markup the feed carried as HTML shows here. */
  summaryElements: string[];
  /** YYYY-MM-DD, or null for an undated item. */
  published: string | null;
}

export interface ParsedFeed {
  file: string;
  /** Whether the parser found the XML malformed. */
  bozo: boolean;
  bozoException: string | null;
  title: string | null;
  link: string | null;
  language: string | null;
  links: { rel: string; href: string; type: string }[];
  items: ParsedItem[];
}

export function readFeeds(files: string[]): ParsedFeed[] {
  const run = spawnSync(PYTHON, ['tools/lib/read-feed.py', ...files], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (run.error || run.status !== 0) {
    throw new Error(`feedparser could not run (${run.error?.message ?? run.stderr}): install python3-feedparser`);
  }
  return JSON.parse(run.stdout) as ParsedFeed[];
}
