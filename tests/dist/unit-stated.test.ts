/** An amount whose Chinese names no currency reads so on every page that shows it, and in the CSV. */
import { describe, expect, it } from 'vitest';
import { parse } from 'csv-parse/sync';
import { read } from './built-site.ts';

/** The page's text, without its correction notice (which quotes the earlier wording). */
const textOf = (html: string) =>
  html
    .replace(/<details[^>]*data-correction-notice[^]*?<\/details>/u, '')
    .replace(/<[^>]+>/gu, ' ')
    .replace(/\s+/gu, ' ');

describe('10 billion (currency not stated)', () => {
  it.each([
    ['en/eight-roads/commitments/industrial-fund-size/index.html', '10 billion (currency not stated)'],
    ['en/eight-roads/commitments/technology-upgrade-investment-plan/index.html', '10 billion (currency not stated)'],
    ['en/eight-roads/commitments/four-major-industries-output-value/index.html', '200 billion (currency not stated)'],
    ['en/eight-roads/innovation-driven/industrial-funds/index.html', '10 billion (currency not stated)'],
    ['en/eight-roads/effective-investment/technology-upgrade-projects/index.html', '10 billion (currency not stated)'],
    ['en/eight-roads/industrial-upgrading/index.html', '200 billion (currency not stated)'],
    ['zh/eight-roads/commitments/industrial-fund-size/index.html', '10,000,000,000(原文未注明币种)'],
  ])('%s says %s and never RMB for it', (file, words) => {
    const text = textOf(read(file));
    expect(text).toContain(words);
    expect(text).not.toMatch(/RMB 10 billion|RMB 200 billion|10,000,000,000元|200,000,000,000元/u);
  });

  it('the CSV marks those measures unit_stated false, in the column after plan', () => {
    const [header, ...rows]: string[][] = parse(read('data/commitments.csv').slice(1));
    const column = header.indexOf('unit_stated');
    expect(header[column - 1]).toBe('plan');
    const unstated = rows.filter((row) => row[column] === 'false').map((row) => row[header.indexOf('id')]);
    expect(unstated.sort()).toEqual(['four-major-industries-output-value', 'industrial-fund-size', 'technology-upgrade-investment-plan']);
  });
});
