/**
 * A plan is a folder: copying content/eight-roads/ to content/eight-roads-copy/ builds a second, independent plan whose
 * pages, links and commitment pages stay under its own slug. The copy is also a later plan (order 2) in which one
 * commitment `continues` one of eight-roads: both commitment pages show the chain. One build for both cases, since a
 * build costs several CPU-seconds whatever it builds; the copy's only changes are those two lines, and its outline's name
 * (tools/lib/plan-copy.ts).
 */
import { cpSync, existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { astroBuild } from '#tools/lib/astro-build.ts';
import { copyPlan } from '#tools/lib/plan-copy.ts';
import { makeWorkDir, removeWorkDir } from '#tools/lib/work-dir.ts';
import { copyReferenceContent } from '#tests/reference-plan.ts';
import { parse, parseDocument, type YAMLMap, type YAMLSeq } from 'yaml';
import { edit } from './edit-file.ts';

const LATER_PLAN = 'tests/fixtures/made-up-later-plan';

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
  // Made-up relations, a drop and a review, for the copy only (tests/fixtures/made-up-later-plan/README.md).
  const continues = parse(readFileSync(join(LATER_PLAN, 'continues.yaml'), 'utf8')) as Record<string, unknown>;
  edit(join(copy, 'commitments.yaml'), (text) => {
    const document = parseDocument(text);
    for (const [id, relation] of Object.entries(continues)) {
      const item = (document.contents as YAMLSeq<YAMLMap>).items.find((entry) => entry.get('id') === id);
      if (!item) throw new Error(`fixture: the copy has no commitment ${id}`);
      item.set('continues', relation);
    }
    return document.toString({ lineWidth: 0 });
  });
  for (const folder of ['dropped', 'reviews']) cpSync(join(LATER_PLAN, folder), join(copy, folder), { recursive: true });
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
      expect(built(`data/${plan}/commitments.csv`).split('\r\n')[0]).toMatch(/,plan,unit_stated,reviewed$/u);
      expect(existsSync(join(outDir, `data/${plan}/commitments-changelog.json`))).toBe(true);
    }
    expect(combined.commitments).toHaveLength(own('eight-roads').commitments.length * 2);
  });
});

/** The text of a page's chain section, tags dropped: what a reader reads. */
const chainText = (html: string) =>
  (/<section[^>]*data-commitment-chain[\s\S]*?<\/section>/u.exec(html)?.[0] ?? '')
    .replace(/<[^>]+>/gu, ' ')
    .replace(/\s+/gu, ' ')
    .trim();
const page = (locale: string, plan: string, id: string) => built(`${locale}/${plan}/commitments/${id}/index.html`);

describe('how a promise changes (made-up relations in the copy)', () => {
  it('says on both pages that a commitment is the same undertaking, linking each to the other', () => {
    for (const locale of ['zh', 'en']) {
      const earlier = page(locale, 'eight-roads', 'new-5g-base-stations');
      const later = page(locale, 'eight-roads-copy', 'new-5g-base-stations');
      expect(earlier).toContain(`href="/${locale}/eight-roads-copy/commitments/new-5g-base-stations/"`);
      expect(later).toContain(`href="/${locale}/eight-roads/commitments/new-5g-base-stations/"`);
    }
    expect(chainText(page('en', 'eight-roads', 'new-5g-base-stations'))).toContain('Carried on as the same undertaking in');
    expect(chainText(page('en', 'eight-roads-copy', 'new-5g-base-stations'))).toContain('The same undertaking as this commitment of');
    expect(chainText(page('zh', 'eight-roads-copy', 'new-5g-base-stations'))).toContain('是同一项工作');
  });

  it('shows a revised target with both figures side by side on both pages', () => {
    for (const [plan, id, words] of [
      ['eight-roads', 'road-network-projects', 'Its target is revised in'],
      ['eight-roads-copy', 'dead-end-roads', 'Revises the target of this commitment of'],
    ]) {
      expect(chainText(page('en', plan, id))).toContain(words);
      expect(chainText(page('en', plan, id))).toContain('30 → 12 dead-end roads to open up');
      expect(chainText(page('zh', plan, id))).toContain('30条 → 12条');
    }
  });

  it('names every source of a merge, and every part of a split, on both sides', () => {
    const merged = chainText(page('en', 'eight-roads-copy', 'key-industrial-projects'));
    expect(merged).toContain('Merges 2 commitments of');
    expect(chainText(page('en', 'eight-roads', 'municipal-bridges'))).toMatch(/Merged in .* with other commitments, into/u);
    expect(chainText(page('en', 'eight-roads', 'new-public-kindergartens'))).toContain('into 2 commitments');
    const part = chainText(page('en', 'eight-roads-copy', 'school-upgrades'));
    expect(part).toContain('Split, with other commitments, from this commitment of');
    expect(part).toContain('The other commitments it was split into');
    expect(chainText(page('zh', 'eight-roads', 'new-public-kindergartens'))).toContain('拆分为2项承诺');
  });

  it('says a dropped commitment is not carried on, with the reason and a link to the passage that says so', () => {
    for (const [locale, words, reason] of [
      ['en', 'Not carried on:', 'An invented test reason'],
      ['zh', '不再延续', '虚构的测试原因'],
    ]) {
      const html = page(locale, 'eight-roads', 'full-5g-coverage');
      expect(chainText(html)).toContain(words);
      expect(chainText(html)).toContain(reason);
      expect(html).toContain(`href="/${locale}/eight-roads-copy/industry-city-integration/smart-city/#p1"`);
    }
  });

  it('leaves commitments without relations without a chain', () => {
    expect(page('en', 'eight-roads', 'smart-application-scenarios')).not.toContain('data-commitment-chain');
  });
});

describe('a recorded status review (made-up, in the copy)', () => {
  it('shows its date on the commitment page; without one the page says it was not reviewed since the article', () => {
    expect(page('en', 'eight-roads-copy', 'new-5g-base-stations')).toContain('Status checked against sources on 1 December 2026');
    expect(page('zh', 'eight-roads-copy', 'new-5g-base-stations')).toMatch(/<time datetime="2026-12-01">2026年12月1日已对照来源核实状态/u);
    expect(page('en', 'eight-roads', 'new-5g-base-stations')).toContain('Not reviewed since the article');
  });

  it('shows the oldest and newest review dates on the plan’s commitments overview', () => {
    expect(built('en/eight-roads-copy/commitments/index.html')).toMatch(
      /between 1 December 2026 and 1 December 2026; \d+ of \d+ not reviewed/u,
    );
    expect(built('en/eight-roads/commitments/index.html')).toContain('No status has been reviewed since the article');
  });

  it('gives the date in the JSON and as the CSV’s last field', () => {
    const records = (
      JSON.parse(built('data/eight-roads-copy/commitments.json')) as { commitments: { id: string; reviewed: string | null }[] }
    ).commitments;
    expect(records.filter((record) => record.reviewed !== null).map((record) => [record.id, record.reviewed])).toEqual([
      ['dead-end-roads', '2026-12-01'],
      ['new-5g-base-stations', '2026-12-01'],
    ]);
    const rows = built('data/eight-roads-copy/commitments.csv').split('\r\n');
    // Text cells are quoted: the id's, and the date's, which comes last.
    expect(rows.filter((row) => row.startsWith('"new-5g-base-stations",'))).toEqual([expect.stringMatching(/,"2026-12-01"$/u)]);
  });
});
