/**
 * Whether a commitment's English states one of its measures: the quantity as written out (quantities.ts), or,
 * for a count the Chinese writes in numerals (四场, 三大, 七大), that number as a word, as the paragraphs write it.
 */
import type { Unit } from '#src/model/quantities.ts';
import { writeQuantity } from '#src/i18n/quantities.ts';

const NUMBER_WORDS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'];

export function statesQuantity(en: string, measure: { amount: string; value: number; unit: Unit; unitStated?: boolean }): boolean {
  if (en.includes(writeQuantity('en', measure.value, measure.unit, measure.unitStated))) return true;
  const word = NUMBER_WORDS[measure.value];
  return measure.unit === 'count' && !/\d/u.test(measure.amount) && word !== undefined && new RegExp(`\\b${word}\\b`, 'iu').test(en);
}
