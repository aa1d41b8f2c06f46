/**
 * One rendering per clause: a commitment's English is the span of the English paragraph it cites, as its
 * Chinese is a span of the Chinese paragraph. A commitment may start with a capital letter and drop the
 * paragraph's closing punctuation; straight and curly quotation marks count as the same.
 * Pure: takes plain records, returns problems as “file (id): `en`: what is wrong”.
 */

/** The part of a commitment this check reads. */
export interface CommitmentSpan {
  id: string;
  filePath: string;
  data: {
    road: string;
    initiative?: string;
    paragraph: number;
    en: string;
    /** Why `en` cannot be a span of the English paragraph; absent when it is one. */
    enNotSpan?: string;
  };
}

/** Straight and curly quotes as one, one space for any run of white space. */
function normalise(text: string): string {
  return text.replace(/[“”]/gu, '"').replace(/[‘’]/gu, "'").replace(/\s+/gu, ' ').trim();
}

/** The forms a span can take inside its paragraph: as written, and with its first letter lower-cased. */
function spanForms(en: string): string[] {
  const text = normalise(en).replace(/[.;,]$/u, '');
  const lowered = text.charAt(0).toLowerCase() + text.slice(1);
  return [text, lowered];
}

/** Whether `en` stands, word for word, in the English paragraph `paragraph`. */
export function isSpanOf(en: string, paragraph: string): boolean {
  const haystack = normalise(paragraph);
  return spanForms(en).some((form) => haystack.includes(form));
}

/**
 * Where `en` stands in `paragraph`, as [start, end) of the paragraph's own text, so that a page can mark it;
 * undefined when it is not a span (or the paragraph's spacing differs from its normal form).
 */
export function spanRange(en: string, paragraph: string): [number, number] | undefined {
  const haystack = normalise(paragraph);
  if (haystack.length !== paragraph.length) return undefined;
  for (const form of spanForms(en)) {
    const at = haystack.indexOf(form);
    if (at >= 0) return [at, at + form.length];
  }
  return undefined;
}

/** The commitments whose English is a span of their paragraph, and those that are not (with or without a reason). */
export function spanCounts(
  commitments: readonly CommitmentSpan[],
  englishParagraphs: (road: string, initiative: string | undefined) => readonly string[] | undefined,
): { spans: string[]; excepted: string[]; failing: string[] } {
  const spans: string[] = [];
  const excepted: string[] = [];
  const failing: string[] = [];
  for (const commitment of commitments) {
    const { road, initiative, paragraph, en, enNotSpan } = commitment.data;
    const text = englishParagraphs(road, initiative)?.[paragraph - 1];
    if (text !== undefined && isSpanOf(en, text)) spans.push(commitment.id);
    else if (enNotSpan !== undefined) excepted.push(commitment.id);
    else failing.push(commitment.id);
  }
  return { spans, excepted, failing };
}

/** At most this share of commitments may state why their English is not a span. */
export const MAX_EXCEPTED_SHARE = 0.03;

/**
 * Every commitment's `en` is a span of the English paragraph it cites, or it says why not (`enNotSpan`);
 * a reason on a commitment that is a span is stale; and the reasons stay few.
 */
export function checkCommitmentSpans(
  commitments: readonly CommitmentSpan[],
  englishParagraphs: (road: string, initiative: string | undefined) => readonly string[] | undefined,
): string[] {
  const problems: string[] = [];
  for (const { id, filePath, data } of commitments) {
    const paragraphs = englishParagraphs(data.road, data.initiative);
    const text = paragraphs?.[data.paragraph - 1];
    if (text === undefined) continue; // a missing page or paragraph is reported by the commitment checks
    const span = isSpanOf(data.en, text);
    if (!span && data.enNotSpan === undefined)
      problems.push(
        `${filePath} (${id}): \`en\`: “${data.en}” is not in the English of paragraph ${data.paragraph}; use the paragraph's wording, or say why not in \`enNotSpan\``,
      );
    if (span && data.enNotSpan !== undefined)
      problems.push(`${filePath} (${id}): \`enNotSpan\`: the English is a span of paragraph ${data.paragraph}; remove the reason`);
  }
  const excepted = commitments.filter((commitment) => commitment.data.enNotSpan !== undefined);
  const limit = Math.floor(commitments.length * MAX_EXCEPTED_SHARE);
  if (excepted.length > limit)
    problems.push(
      `${excepted[0].filePath}: \`enNotSpan\`: ${excepted.length} commitments are not spans of their paragraph (${excepted.map((c) => c.id).join(', ')}); at most ${limit} may be`,
    );
  return problems;
}
