/** Amounts whose Chinese names no currency: marked in the content, written as such in English and Chinese, and last in the CSV. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { writeQuantity } from '#src/i18n/quantities.ts';
import { CSV_COLUMNS } from '#src/schemas/commitment-record.ts';
import { csvRows } from '#src/model/commitments-export.ts';

type Entry = { id: string; zh: string; en: string; measures?: { amount: string; unit: string; unitStated?: boolean }[] };
const commitments = parse(readFileSync('content/eight-roads/commitments.yaml', 'utf8')) as Entry[];

describe('an amount whose Chinese names no currency', () => {
  it('is written without one, in both languages', () => {
    expect(writeQuantity('en', 10_000_000_000, 'yuan', false)).toBe('10 billion (currency not stated)');
    expect(writeQuantity('zh', 10_000_000_000, 'yuan', false)).toBe('10,000,000,000(原文未注明币种)');
    expect(writeQuantity('en', 10_000_000_000, 'yuan')).toBe('RMB 10 billion');
  });

  it('is marked wherever the Chinese amount has no 元, and nowhere else', () => {
    const money = commitments.flatMap((entry) =>
      (entry.measures ?? []).filter((m) => m.unit === 'yuan').map((m) => ({ ...m, id: entry.id })),
    );
    const unmarked = money.filter((m) => !m.amount.includes('元') && m.unitStated !== false).map((m) => `${m.id}: ${m.amount}`);
    const marked = money.filter((m) => m.amount.includes('元') && m.unitStated === false).map((m) => `${m.id}: ${m.amount}`);
    expect(unmarked).toEqual([]);
    expect(marked).toEqual([]);
    expect(money.filter((m) => m.unitStated === false).map((m) => m.id)).toEqual([
      'technology-upgrade-investment-plan',
      'four-major-industries-output-value',
      'industrial-fund-size',
    ]);
  });

  it('never becomes RMB or yuan in the English of its commitment, paragraph or summary', () => {
    for (const id of ['technology-upgrade-investment-plan', 'four-major-industries-output-value', 'industrial-fund-size'])
      expect(commitments.find((entry) => entry.id === id)!.en, id).not.toMatch(/RMB|yuan/u);
    for (const file of ['initiatives/technology-upgrade-projects', 'initiatives/industrial-funds', 'roads/industrial-upgrading']) {
      const page = parse(readFileSync(`content/eight-roads/en/${file}.yaml`, 'utf8')) as { summary: string; paragraphs: string[] };
      for (const text of [page.summary, ...page.paragraphs]) {
        expect(text, file).toContain('billion (currency not stated)');
        expect(text, file).not.toMatch(/RMB 10 billion|RMB 200 billion/u);
      }
    }
  });

  it('says so in the CSV column unit_stated, added after every earlier column', () => {
    expect(CSV_COLUMNS.slice(-3)).toEqual(['plan', 'unit_stated', 'reviewed']);
    const base = {
      id: 'x',
      road: 'r',
      initiative: null,
      paragraph: 1,
      zh: '百亿',
      en: '10 billion (currency not stated)',
      type: 'investment' as const,
    };
    const links = {
      page_zh: 'https://e.org/zh/',
      page_en: 'https://e.org/en/',
      source_zh: 'https://e.org/zh/#p1',
      source_en: 'https://e.org/en/#p1',
    };
    const [row] = csvRows([
      {
        ...base,
        ...links,
        status: 'announced',
        plan: 'p',
        reviewed: null,
        measures: [{ amount: '百亿', value: 1e10, unit: 'yuan', counts: 'c', unit_stated: false }],
      },
    ]);
    expect(row.unit_stated).toBe(false);
    expect(row.unit).toBe('yuan');
  });
});
