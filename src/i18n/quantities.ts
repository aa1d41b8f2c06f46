/** Quantities written out in a language, with the unit words of its UI strings (`quantity.<unit>`). Build-time only. */
import type { Locale } from './locales.ts';
import { useTranslations } from './translate.ts';
import { quantityText, type Unit } from '#src/model/quantities.ts';

/** “RMB 20 million” in English, “20,000,000元” in Chinese; “10 billion (currency not stated)” where the Chinese names none. */
export function writeQuantity(locale: Locale, value: number, unit: Unit, unitStated = true): string {
  const t = useTranslations(locale);
  return quantityText((key, values) => t(key, values), value, unit, unitStated);
}
