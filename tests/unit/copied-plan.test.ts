/**
 * A plan is a folder: copying content/eight-roads/ to content/eight-roads-copy/ builds a second, independent plan whose
 * pages, links and commitment pages stay under its own slug. The copy is also a later plan (order 2) in which one
 * commitment `continues` one of eight-roads: both commitment pages show the chain. One build for both cases, since a
 * build costs several CPU-seconds whatever it builds; the copy's only changes are those two lines, and its outline's name
 * (tools/lib/plan-copy.ts).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { astroBuild } from '#tools/lib/astro-build.ts';
import { copyPlan } from '#tools/lib/plan-copy.ts';
import { makeWorkDir, removeWorkDir } from '#tools/lib/work-dir.ts';
import { copyReferenceContent } from '#tests/reference-plan.ts';
import { edit } from './edit-file.ts';

const work = makeWorkDir('copied-plan-');
const outDir = join(work, 'dist');
const built = (path: string) => readFileSync(join(outDir, path), 'utf8');
const hrefs = (html: string) => [...html.matchAll(/href="([^"]+)"/gu)].map((match) => match[1]);

beforeAll(() => {
  const copy = join(work, 'content/eight-roads-copy');
  copyReferenceContent(join(work, 'content'));
  copyPlan('content/eight-roads', copy);
  edit(join(copy, 'zh/plan.yaml'), (text) => {
    if (!/^order: 1$/mu.test(text)) throw new Error('fixture: eight-roads/zh/plan.yaml no longer says order: 1');
    return text.replace(/^order: 1$/mu, 'order: 2');
  });
  edit(join(copy, 'commitments.yaml'), (text) =>
    text.replace('- id: new-5g-base-stations', '- id: new-5g-base-stations\n  continues: eight-roads/new-5g-base-stations'),
  );
  const result = astroBuild({ CONTENT_DIR: join(work, 'content'), OUT_DIR: outDir, CACHE_DIR: join(work, 'cache') });
  if (result.status !== 0) throw new Error(result.output);
}, 240_000);

afterAll(() => removeWorkDir(work));

describe('a copied plan folder', () => {
  it('builds the full text, road, initiative and commitment pages of both plans in both languages', () => {
    for (const plan of ['eight-roads', 'eight-roads-copy']) {
      for (const locale of ['zh', 'en']) {
        for (const page of ['', 'effective-investment/', 'industrial-upgrading/', 'commitments/technology-upgrade-investment-plan/']) {
          expect(existsSync(join(outDir, `${locale}/${plan}/${page}index.html`)), `${locale}/${plan}/${page}`).toBe(true);
        }
      }
    }
  });

  it('keeps each plan’s links inside its own folder', () => {
    for (const [plan, other] of [
      ['eight-roads', 'eight-roads-copy'],
      ['eight-roads-copy', 'eight-roads'],
    ]) {
      const road = built(`zh/${plan}/industrial-upgrading/index.html`);
      const roadLinks = hrefs(road).filter((href) => href.includes('/zh/eight-roads'));
      expect(roadLinks.length).toBeGreaterThan(3);
      expect(
        roadLinks.filter((href) => href.startsWith(`/zh/${other}/`)),
        `${plan} road page links into ${other}`,
      ).toEqual([]);
      const commitment = built(`en/${plan}/commitments/technology-upgrade-investment-plan/index.html`);
      expect(hrefs(commitment)).toContain(`/en/${plan}/effective-investment/`);
      expect(hrefs(commitment).filter((href) => href.startsWith(`/en/${other}/`))).toEqual([]);
    }
  });

  it('gives each plan its own commitments, not a merge of both under one slug', () => {
    const count = (plan: string) => built(`zh/${plan}/industrial-upgrading/index.html`).match(/\/commitments\/[a-z0-9-]+\//gu)?.length ?? 0;
    expect(count('eight-roads-copy')).toBe(count('eight-roads'));
    expect(count('eight-roads')).toBeGreaterThan(0);
  });

  it('shares one glossary: each entry lists where it occurs in each plan, and both plans link a term’s first use to it', () => {
    const glossary = built('en/glossary/index.html');
    const entry = /<section id="tough-battle"[\s\S]*?<\/section>/u.exec(glossary)?.[0] ?? '';
    const occurs = [...entry.matchAll(/<p[^>]*data-occurs-in[^>]*>[\s\S]*?<\/p>/gu)].map((match) => match[0]);
    // The shared page lists the newest plan's pages; each plan's own list is one link away, so the page stays small.
    expect(occurs).toHaveLength(1);
    const lists = /<div[^>]*data-plan-glossaries[\s\S]*?<\/div>/u.exec(glossary)?.[0] ?? '';
    for (const plan of ['eight-roads', 'eight-roads-copy']) {
      expect(lists).toContain(`href="/en/${plan}/glossary/"`);
      const own = built(`en/${plan}/glossary/index.html`);
      const term = /<div id="tough-battle"[\s\S]*?<\/div>/u.exec(own)?.[0] ?? '';
      expect(term).toContain('href="/en/glossary/#tough-battle"');
      expect(term).toContain(`href="/en/${plan}/`);
    }
    for (const plan of ['eight-roads', 'eight-roads-copy']) {
      expect(built(`zh/${plan}/industrial-upgrading/index.html`)).toContain('href="/zh/glossary/#tough-battle"');
    }
  });

  it('lists both plans on the site home, each linking to its own home with the roads at a glance', () => {
    for (const locale of ['zh', 'en']) {
      const home = built(`${locale}/index.html`);
      const list = /<ol[^>]*data-plan-list[\s\S]*?<\/ol>/u.exec(home)?.[0] ?? '';
      expect(list.match(/data-plan="/gu)).toHaveLength(2);
      for (const plan of ['eight-roads', 'eight-roads-copy']) {
        expect(list).toContain(`href="/${locale}/${plan}/overview/"`);
        const overview = built(`${locale}/${plan}/overview/index.html`);
        expect(overview).toContain(`href="/${locale}/${plan}/"`);
        expect(overview.match(/<li[^>]*>\s*<span[^>]*>[^<]*<\/span>\s*<h3/gu)).toHaveLength(8);
        expect(overview).toContain(`href="/${locale}/${plan}/industrial-upgrading/"`);
      }
    }
  });

  it('tags each plan page for the search’s plan filter and names the plan in results; the search page offers the filter', () => {
    for (const plan of ['eight-roads', 'eight-roads-copy']) {
      const html = built(`en/${plan}/industrial-upgrading/index.html`);
      expect(html).toContain(`data-pagefind-filter="plan:${plan}"`);
      expect(html).toMatch(/<span hidden data-pagefind-meta="plan:[^"]+"><\/span>/u);
    }
    const search = built('zh/search/index.html');
    expect(search).toMatch(/<select id="search-plan" name="plan"/u);
    expect(search).toContain('<option value="eight-roads-copy">');
  });
  it('gives each plan its own commitments table, one plan per page, and lists the plans on the commitments page', () => {
    for (const locale of ['zh', 'en']) {
      const site = built(`${locale}/commitments/index.html`);
      const list = /<nav[^>]*data-commitments-plans[\s\S]*?<\/nav>/u.exec(site)?.[0] ?? '';
      // The page shows the newest plan's table (the copy, order 2) and links to the other's.
      expect(list.match(/<li>/gu)).toHaveLength(2);
      expect(list).toMatch(/<li><span aria-current="page"/u);
      expect(list).toContain(`href="/${locale}/eight-roads/commitments/"`);
      expect(site).toContain(`href="/data/eight-roads-copy/commitments.csv"`);
      for (const plan of ['eight-roads', 'eight-roads-copy']) {
        const page = built(`${locale}/${plan}/commitments/index.html`);
        const rows = page.match(/<tr id="commitment-/gu)?.length ?? 0;
        expect(rows).toBeGreaterThan(100);
        expect(page.match(/href="\/[a-z]+\/([a-z-]+)\/commitments\/[a-z0-9-]+\/"/gu)?.every((href) => href.includes(`/${plan}/`))).toBe(
          true,
        );
        expect(page).toContain(`href="/data/${plan}/commitments.csv"`);
      }
    }
  });

  it('lists each plan’s repaired breaks on the about page under one section, each headed by its plan', () => {
    for (const locale of ['zh', 'en']) {
      const about = built(`${locale}/about/index.html`);
      expect(about.match(/ id="repairs"/gu)).toHaveLength(1);
      expect(about.match(/<section aria-labelledby="repairs">/gu)).toHaveLength(1);
      for (const plan of ['eight-roads', 'eight-roads-copy']) {
        expect(about).toMatch(new RegExp(`<h3 id="repairs-${plan}"`, 'u'));
        expect(about).toMatch(new RegExp(`<table[^>]*aria-labelledby="repairs-${plan}"`, 'u'));
      }
      expect(about.match(/data-repair-log/gu)).toHaveLength(2);
    }
  });

  it('publishes the data per plan and combined, with the plan named in every record', () => {
    type Records = { attribution: string; commitments: { id: string; plan: string }[] };
    const combined = JSON.parse(built('data/commitments.json')) as Records;
    const own = (plan: string) => JSON.parse(built(`data/${plan}/commitments.json`)) as Records;
    for (const plan of ['eight-roads', 'eight-roads-copy']) {
      const records = own(plan).commitments;
      expect(records.length).toBeGreaterThan(100);
      expect(new Set(records.map((record) => record.plan))).toEqual(new Set([plan]));
      expect(combined.commitments.filter((record) => record.plan === plan)).toEqual(records);
      expect(built(`data/${plan}/commitments.csv`).split('\r\n')[0]).toMatch(/,plan,unit_stated$/u);
      expect(existsSync(join(outDir, `data/${plan}/commitments-changelog.json`))).toBe(true);
    }
    expect(combined.commitments).toHaveLength(own('eight-roads').commitments.length * 2);
  });
});

describe('a commitment continued in a later plan', () => {
  it('shows the chain on both pages, earliest plan first, linking each to the other', () => {
    for (const locale of ['zh', 'en']) {
      const earlier = built(`${locale}/eight-roads/commitments/new-5g-base-stations/index.html`);
      const later = built(`${locale}/eight-roads-copy/commitments/new-5g-base-stations/index.html`);
      for (const html of [earlier, later]) {
        const chain = /<section[^>]*data-commitment-chain[\s\S]*?<\/section>/u.exec(html)?.[0] ?? '';
        expect([...chain.matchAll(/data-chain-link="([^"]+)"/gu)].map((match) => match[1])).toEqual([
          'eight-roads/new-5g-base-stations',
          'eight-roads-copy/new-5g-base-stations',
        ]);
      }
      expect(earlier).toContain(`href="/${locale}/eight-roads-copy/commitments/new-5g-base-stations/"`);
      expect(later).toContain(`href="/${locale}/eight-roads/commitments/new-5g-base-stations/"`);
    }
  });

  it('leaves commitments without continues without a chain', () => {
    expect(built('en/eight-roads/commitments/full-5g-coverage/index.html')).not.toContain('data-commitment-chain');
  });
});
