/** The commitments data against the text: figures convert correctly, and every numeral in the article is accounted for. */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { z } from 'astro/zod';
import { parseChineseAmount } from '#src/model/quantities.ts';
import { writeQuantity } from '#src/i18n/quantities.ts';
import { statesQuantity } from '#src/checks/stated-quantity.ts';
import { nonTargetSchema, type commitmentSchema } from '#src/schemas/commitment.ts';

type Entry = z.input<ReturnType<typeof commitmentSchema>>;
type Measure = NonNullable<Entry['measures']>[number];
const PLAN = 'content/eight-roads';
const yaml = <T>(file: string) => parse(readFileSync(file, 'utf8')) as T;
const commitments = yaml<Entry[]>(join(PLAN, 'commitments.yaml'));
// Not published: the numerals that are not targets, so that every numeral of the article is accounted for.
const nonTargets = z.array(nonTargetSchema()).parse(yaml(join(PLAN, 'non-targets.yaml')));
const changelog = yaml<{ id: string; replacedBy?: string; reason: string }[]>(join(PLAN, 'commitments-changelog.yaml'));
const glossary = yaml<{ id: string; zh: string; aliases: string[]; enForms: string[] }[]>('content/glossary.yaml');
const measures: (Measure & { id: string })[] = commitments.flatMap((entry) =>
  (entry.measures ?? []).map((measure) => ({ ...measure, id: entry.id })),
);

/** Every text of the article by page slug: paragraphs and headings. */
const texts = new Map<string, string[]>([['plan', yaml<{ title: string; lede: string[] }>(join(PLAN, 'zh/plan.yaml')).lede]]);
for (const folder of ['roads', 'initiatives']) {
  for (const file of readdirSync(join(PLAN, 'zh', folder))) {
    const data = yaml<{ heading: string; paragraphs: string[] }>(join(PLAN, 'zh', folder, file));
    texts.set(file.replace('.yaml', ''), [data.heading, ...data.paragraphs]);
  }
}

describe('commitments.yaml', () => {
  it('covers the article’s targets', () => {
    expect(commitments.length).toBeGreaterThanOrEqual(100);
    expect(measures.length).toBeGreaterThanOrEqual(45);
    for (const phrase of ['新建5G基站400个', '新建9个公办幼儿园', '争取企业技改扶持资金2000万元']) {
      expect(
        commitments.some((entry) => entry.zh.includes(phrase) || phrase.includes(entry.zh)),
        phrase,
      ).toBe(true);
    }
  });

  it.each(measures)('$id: the English value matches the Chinese ($amount)', (measure) => {
    const entry = commitments.find((candidate) => candidate.id === measure.id)!;
    expect(parseChineseAmount(measure.amount)).toBe(measure.value);
    expect(entry.zh).toContain(measure.amount);
    expect(statesQuantity(entry.en, measure), writeQuantity('en', measure.value, measure.unit, measure.unitStated)).toBe(true);
  });

  it('holds one entry per undertaking: no two commitments share a phrase or an English sentence', () => {
    const duplicates = (values: string[]) => values.filter((value, index) => values.indexOf(value) !== index);
    expect(duplicates(commitments.map((entry) => entry.zh))).toEqual([]);
    expect(duplicates(commitments.map((entry) => entry.en))).toEqual([]);
  });

  it('does not count the items of a list the text spells out as a target (四大产业)', () => {
    expect(measures.filter((measure) => /^[四五]大$/u.test(measure.amount))).toEqual([]);
    expect(commitments.find((entry) => entry.id === 'four-major-industries')).toBeUndefined();
  });

  it('lists every removed id with a replacement that exists, and every added id as a commitment', () => {
    const ids = new Set(commitments.map((entry) => entry.id));
    for (const change of changelog.filter((entry) => entry.replacedBy !== undefined)) {
      expect(ids.has(change.id), change.id).toBe(false);
      expect(ids.has(change.replacedBy!), `${change.id} → ${change.replacedBy}`).toBe(true);
    }
    for (const change of changelog.filter((entry) => entry.reason === 'added')) expect(ids.has(change.id), change.id).toBe(true);
    expect(changelog.filter((entry) => entry.reason === 'added').map((entry) => entry.id)).toContain('employment-expansion');
    expect(changelog.map((change) => change.id)).toContain('four-major-industries');
  });

  it('uses the glossary’s English form for every glossary term in a commitment', () => {
    const mismatches: string[] = [];
    for (const entry of commitments) {
      for (const term of glossary) {
        if (![term.zh, ...term.aliases].some((form) => entry.zh.includes(form))) continue;
        if (!term.enForms.some((form) => entry.en.toLowerCase().includes(form.toLowerCase()))) {
          mismatches.push(`${entry.id}: ${term.zh} → “${term.enForms.join('” / “')}” not in “${entry.en}”`);
        }
      }
    }
    expect(mismatches).toEqual([]);
  });

  it('separates the four major industries with semicolons, so that 医养健康 reads as one sector', () => {
    const entry = commitments.find((candidate) => candidate.id === 'four-major-industries-output-value')!;
    expect(entry.en).toContain(
      'high-end equipment; medical care, elderly care and health; new-generation information technology; and new materials and new energy',
    );
  });

  it('converts the issue’s reference figures correctly', () => {
    const english = (amount: string) =>
      commitments.find((entry) => entry.id === measures.find((measure) => measure.amount === amount)!.id)!;
    expect(english('2000万元').en).toContain('RMB 20 million');
    expect(english('7.6亿元').en).toContain('RMB 760 million');
    // 2000亿 and 百亿 name no currency: the English does not supply one.
    expect(english('2000亿').en).toContain('200 billion (currency not stated)');
    expect(english('2000亿').en).not.toMatch(/RMB|yuan/u);
    expect(english('百亿').en).toContain('10 billion (currency not stated)');
    expect(english('2万亩').en).toContain('20,000 mu (about 1,333 ha)');
    expect(english('70万平方米').en).toContain('700,000 m²');
    expect(english('40万平米').en).toContain('400,000 m²');
  });

  it('accounts for every Arabic numeral in the article: a commitment or a listed non-target', () => {
    const unaccounted: string[] = [];
    for (const [page, paragraphs] of texts) {
      const covering = [
        ...commitments.filter((entry) => (entry.initiative ?? entry.road) === page).map((entry) => entry.zh),
        ...nonTargets.filter((entry) => entry.page === page).map((entry) => entry.zh),
      ];
      for (const text of paragraphs) {
        for (const match of text.matchAll(/\d+(?:\.\d+)?/gu)) {
          const start = match.index;
          const end = start + match[0].length;
          const covered = covering.some((phrase) => {
            for (let at = text.indexOf(phrase); at >= 0; at = text.indexOf(phrase, at + 1))
              if (at <= start && end <= at + phrase.length) return true;
            return false;
          });
          if (!covered) unaccounted.push(`${page}: ${match[0]} in “${text.slice(Math.max(0, start - 8), end + 8)}”`);
        }
      }
    }
    expect(unaccounted).toEqual([]);
  });

  it('lists names and dates as non-targets, not as commitments', () => {
    const listed = nonTargets.map((entry) => entry.zh).join(' ');
    for (const name of ['5G', '3D', 'M0', 'PM2.5', '510']) expect(listed).toContain(name);
  });
});
