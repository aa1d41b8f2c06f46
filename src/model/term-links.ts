/**
 * Glossary links in running text, added at build time: the first occurrence of each term on a
 * page becomes a link; later occurrences, and shorter terms inside a longer one, stay plain.
 * Pure: it splits text into segments and never changes a character of it.
 */
export interface TermForms {
  id: string;
  /** The exact forms to look for. */
  forms: string[];
}

/** Plain text, a linked term, or an empty mark after a name whose English is unconfirmed (see name-marks.ts). */
export type Segment =
  | { text: string; term?: undefined; unconfirmedName?: undefined }
  | { text: string; term: string; unconfirmedName?: undefined }
  | { text: ''; term?: undefined; unconfirmedName: string };

interface Candidate {
  id: string;
  form: string;
}

const isWordCharacter = (character: string | undefined) => character !== undefined && /[A-Za-z0-9]/u.test(character);

/** Candidates, longest first, so 准独角兽 wins over 独角兽 and “Bonded Logistics Centre” over “Centre”. */
function candidatesOf(terms: TermForms[]): Candidate[] {
  return terms.flatMap(({ id, forms }) => forms.map((form) => ({ id, form }))).sort((a, b) => b.form.length - a.form.length);
}

/**
 * Splits each paragraph into plain and linked segments. `linked` holds the term ids already
 * linked on the page and is updated, so calls for the same page share “first occurrence”.
 * Latin forms match case-insensitively and only as whole words.
 */
export function linkTerms(paragraphs: string[], terms: TermForms[], linked: Set<string> = new Set()): Segment[][] {
  const candidates = candidatesOf(terms);
  return paragraphs.map((text) => {
    const segments: Segment[] = [];
    const lower = text.toLowerCase();
    let plainStart = 0;
    let index = 0;
    while (index < text.length) {
      const match = candidates.find(({ form }) => {
        const latin = /[a-z0-9]/iu.test(form);
        if (latin) {
          if (!lower.startsWith(form.toLowerCase(), index)) return false;
          return !isWordCharacter(text[index - 1]) && !isWordCharacter(text[index + form.length]);
        }
        return text.startsWith(form, index);
      });
      if (!match) {
        index += 1;
        continue;
      }
      if (!linked.has(match.id)) {
        if (index > plainStart) segments.push({ text: text.slice(plainStart, index) });
        segments.push({ text: text.slice(index, index + match.form.length), term: match.id });
        linked.add(match.id);
        plainStart = index + match.form.length;
      }
      index += match.form.length;
    }
    if (plainStart < text.length) segments.push({ text: text.slice(plainStart) });
    return segments;
  });
}
