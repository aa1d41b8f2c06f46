/**
 * Glossary and place links in running text, added at build time: the first occurrence of each term
 * or place on a page becomes a link; later occurrences, and shorter terms inside a longer one, stay plain.
 * Pure: it splits text into segments and never changes a character of it.
 */
export interface TermForms {
  id: string;
  /** The exact forms to look for. */
  forms: string[];
  /** What the forms name: a glossary term (the default), or a place that links to its page in the places index. */
  kind?: 'term' | 'place';
}

/** Plain text, a linked term or place, or an empty mark after a name whose English is unconfirmed (see name-marks.ts). */
export type Segment =
  | { text: string; term?: undefined; place?: undefined; unconfirmedName?: undefined }
  | { text: string; term: string; place?: undefined; unconfirmedName?: undefined }
  | { text: string; term?: undefined; place: string; unconfirmedName?: undefined }
  | { text: ''; term?: undefined; place?: undefined; unconfirmedName: string };

interface Candidate {
  id: string;
  form: string;
  kind: 'term' | 'place';
}

const isWordCharacter = (character: string | undefined) => character !== undefined && /[A-Za-z0-9]/u.test(character);

/** Candidates, longest first, so 准独角兽 wins over 独角兽 and “Bonded Logistics Centre” over “Centre”. */
function candidatesOf(terms: TermForms[]): Candidate[] {
  return terms
    .flatMap(({ id, forms, kind = 'term' }) => forms.map((form) => ({ id, form, kind })))
    .sort((a, b) => b.form.length - a.form.length);
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
      // A term and a place may share an id: each kind has its own first occurrence.
      const key = `${match.kind}:${match.id}`;
      if (!linked.has(key)) {
        if (index > plainStart) segments.push({ text: text.slice(plainStart, index) });
        const shown = text.slice(index, index + match.form.length);
        segments.push(match.kind === 'place' ? { text: shown, place: match.id } : { text: shown, term: match.id });
        linked.add(key);
        plainStart = index + match.form.length;
      }
      index += match.form.length;
    }
    if (plainStart < text.length) segments.push({ text: text.slice(plainStart) });
    return segments;
  });
}
