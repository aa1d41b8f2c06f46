/** The commitments data against the text: figures convert correctly, and every numeral in the article is accounted for. */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import type { z } from 'astro/zod';
import { formatQuantityEnglish, parseChineseAmount } from '../../src/lib/quantities.ts';
import type { commitmentSchema } from '../../src/schemas/commitment.ts';

type Entry = z.infer<ReturnType<typeof commitmentSchema>>;
const PLAN = 'content/eight-roads';
const yaml = <T>(file: string) => parse(readFileSync(file, 'utf8')) as T;
const commitments = yaml<Entry[]>(join(PLAN, 'commitments.yaml'));
const nonTargets = yaml<{ zh: string; page: string }[]>(join(PLAN, 'non-targets.yaml'));

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
    for (const phrase of ['新建5G基站400个', '新建9个公办幼儿园', '争取企业技改扶持资金2000万元']) {
      expect(commitments.some((entry) => entry.zh.includes(phrase) || phrase.includes(entry.zh)), phrase).toBe(true);
    }
  });

  it.each(commitments.filter((entry) => entry.amount !== undefined))('$id: the English value matches the Chinese ($amount)', (entry) => {
    expect(parseChineseAmount(entry.amount!)).toBe(entry.value);
    expect(entry.en).toContain(formatQuantityEnglish(entry.value!, entry.unit!));
  });

  it('converts the issue’s reference figures correctly', () => {
    const english = (amount: string) => commitments.find((entry) => entry.amount === amount)!;
    expect(english('2000万元').en).toContain('RMB 20 million');
    expect(english('7.6亿元').en).toContain('RMB 760 million');
    expect(english('2000亿').en).toContain('RMB 200 billion');
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
            for (let at = text.indexOf(phrase); at >= 0; at = text.indexOf(phrase, at + 1)) if (at <= start && end <= at + phrase.length) return true;
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
