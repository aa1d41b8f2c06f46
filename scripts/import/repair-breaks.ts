/**
 * Repairs paragraph breaks that page layout put inside a sentence.
 *
 * The seed was extracted from a printed page, so a blank line sometimes cuts a sentence
 * (“年内打造3” / “处园区党群中心”). A paragraph that does not end a sentence is joined to
 * the next one with nothing in between: Chinese needs no space. Nothing else is changed.
 */

/** Characters that end a sentence, optionally followed by closing quotes or brackets. */
const SENTENCE_END = /[。!?!?;;…]["”’)）」』]*$/u;

/** One join made by the repair, kept so the site can list it on its About page. */
export interface Repair {
  /** The last characters of the paragraph before the cut. */
  before: string;
  /** The first characters of the paragraph after the cut. */
  after: string;
}

const CONTEXT_CHARS = 8;

export function endsSentence(paragraph: string): boolean {
  return SENTENCE_END.test(paragraph.trim());
}

/**
 * Joins each paragraph that does not end a sentence to the one after it.
 * The last paragraph of a section is never joined: a heading follows it, not a continuation.
 */
export function repairBreaks(paragraphs: readonly string[]): { paragraphs: string[]; repairs: Repair[] } {
  const repaired: string[] = [];
  const repairs: Repair[] = [];
  let pending: string | undefined;
  paragraphs.forEach((paragraph, index) => {
    const isLast = index === paragraphs.length - 1;
    if (pending !== undefined) {
      repairs.push({ before: pending.slice(-CONTEXT_CHARS), after: paragraph.slice(0, CONTEXT_CHARS) });
      pending += paragraph;
    } else {
      pending = paragraph;
    }
    if (isLast || endsSentence(pending)) {
      repaired.push(pending);
      pending = undefined;
    }
  });
  return { paragraphs: repaired, repairs };
}
