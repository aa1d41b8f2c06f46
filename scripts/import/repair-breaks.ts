/**
 * Repairs paragraph breaks that page layout put inside a sentence.
 *
 * Plan texts are often extracted from a printed page, so a line break sometimes cuts a sentence
 * (“年内打造3” / “处园区党群中心”). The rule: a line that does not end a sentence (or a colon that
 * introduces what follows) is joined to the next line with nothing in between: Chinese needs no space.
 * Nothing else is changed. Where the rule is wrong for a text, its overrides.yaml says so (see overrides.ts).
 */
import { ImportError } from './import-error.ts';
import type { TextLine } from './outline.ts';

/** Characters that end a paragraph, optionally followed by closing quotes or brackets. */
const SENTENCE_END = /[。!?!?;;…:：]["”’)）」』]*$/u;

/** One join made by the repair, kept so the site can list it on its About page. */
export interface Repair {
  /** The last characters of the paragraph before the cut. */
  before: string;
  /** The first characters of the paragraph after the cut. */
  after: string;
  /** True when overrides.yaml, not the rule, asked for the join. */
  override?: true;
}

/** Line numbers where overrides.yaml reverses the rule. */
export interface BreakOverrides {
  /** Join these lines to the next although they end a sentence. */
  join: ReadonlySet<number>;
  /** Keep these lines apart from the next although they do not end a sentence. */
  keepApart: ReadonlySet<number>;
}

const CONTEXT_CHARS = 8;
const NO_OVERRIDES: BreakOverrides = { join: new Set(), keepApart: new Set() };

export function endsSentence(paragraph: string): boolean {
  return SENTENCE_END.test(paragraph.trim());
}

/**
 * Joins each line that does not end a sentence to the one after it.
 * The last line of a section is never joined: a heading follows it, not a continuation.
 * Lines may be plain strings (no overrides apply) or numbered lines of the source text.
 */
export function repairBreaks(
  lines: readonly (string | TextLine)[],
  overrides: BreakOverrides = NO_OVERRIDES,
): { paragraphs: string[]; repairs: Repair[] } {
  const repaired: string[] = [];
  const repairs: Repair[] = [];
  let pending: string | undefined;
  let joinByOverride = false;
  lines.forEach((entry, index) => {
    const { text, line } = typeof entry === 'string' ? { text: entry, line: undefined } : entry;
    const isLast = index === lines.length - 1;
    if (pending !== undefined) {
      repairs.push({
        before: pending.slice(-CONTEXT_CHARS),
        after: text.slice(0, CONTEXT_CHARS),
        ...(joinByOverride ? { override: true as const } : {}),
      });
      pending += text;
    } else {
      pending = text;
    }
    const forcedJoin = line !== undefined && overrides.join.has(line);
    const forcedApart = line !== undefined && overrides.keepApart.has(line);
    if (isLast && forcedJoin)
      throw new ImportError('overrides.yaml asks to join this line to the next, but a heading or the end of the text follows it', line);
    // An override that changes nothing is stale: the text or the rule has changed since it was written.
    if (forcedJoin && !endsSentence(pending))
      throw new ImportError('overrides.yaml asks to join this line to the next, which the rule does already', line);
    if (forcedApart && (isLast || endsSentence(pending)))
      throw new ImportError('overrides.yaml asks to keep this line apart, which the rule does already', line);
    joinByOverride = forcedJoin && endsSentence(pending);
    if (isLast || forcedApart || (endsSentence(pending) && !forcedJoin)) {
      repaired.push(pending);
      pending = undefined;
    }
  });
  return { paragraphs: repaired, repairs };
}
