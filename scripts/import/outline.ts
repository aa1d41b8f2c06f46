/**
 * Reads the outline of a plan text: its title, the front matter before the first heading, and
 * two levels of headings (chapters, called roads on the site, and their sections, called initiatives).
 *
 * Reports use several outline conventions, in any mix:
 *   `#` Markdown headings, `一、` chapter lines, `(一)` / `（一）` sections, `◎` headings.
 * The level of a convention is the order in which it first appears: the first kind seen marks
 * chapters, the second marks sections. A chapter may have no sections. Conventions that rank by kind
 * (一、 above （一）, `#` above `##`) must not appear upside down: a （一） before the first 一、 is refused,
 * since it would turn sections into chapters. Pure: text in, outline out.
 */
import { ImportError } from './import-error.ts';

/** One non-blank line of the text, with its 1-based line number for messages and overrides. */
export interface TextLine {
  text: string;
  line: number;
}

export interface HeadingLine {
  /** The outline convention, e.g. `##`, `一、`, `（一）`, `◎`: its first appearance sets its level. */
  kind: string;
  /** The ordinal as printed, e.g. “(一)” or “一、”; empty for ◎ and unnumbered Markdown headings. */
  numeral: string;
  /** The ordinal's value, 1 for 一; undefined when the heading has none. */
  number: number | undefined;
  /** The heading without its marker and ordinal. */
  heading: string;
  line: number;
}

export interface OutlineSection extends HeadingLine {
  body: TextLine[];
}

export interface OutlineChapter extends HeadingLine {
  body: TextLine[];
  sections: OutlineSection[];
}

export interface Outline {
  title: string;
  /** Lines between the title and the first heading: byline, date, lede. */
  front: TextLine[];
  chapters: OutlineChapter[];
}

const NUMERALS = '一二三四五六七八九十';
const MARKDOWN = /^(#{1,6})\s+(.*)$/u;
const CHAPTER = new RegExp(`^([${NUMERALS}]+)、\\s*(.*)$`, 'u');
const PAREN = new RegExp(`^([(（])([${NUMERALS}]+)([)）])\\s*(.*)$`, 'u');
const RING = /^◎\s*(.*)$/u;
/** Punctuation that ends a sentence: a heading never contains it, body text nearly always does. */
const SENTENCE_PUNCTUATION = /[。!?！？;；]/u;
/** Longer than this, a numbered line is more likely body text than a heading. */
const MAX_HEADING_CHARS = 50;

/**
 * The rank of a convention that has one, in its family: 一、 ranks above （一）, and fewer hashes above more.
 * ◎ has no rank of its own. Undefined when the kinds are not of one family.
 */
function ranks(kind: string): { family: string; rank: number } | undefined {
  if (kind === '一、') return { family: 'numbered', rank: 0 };
  if (kind === '（一）') return { family: 'numbered', rank: 1 };
  if (/^#+$/u.test(kind)) return { family: 'markdown', rank: kind.length };
  return undefined;
}

/** Names the heading of `kind` that came first though a heading of a higher-ranked kind follows it. */
function upsideDown(headings: HeadingLine[], heading: HeadingLine): ImportError | undefined {
  const rank = ranks(heading.kind);
  if (!rank) return undefined;
  const lower = headings.find((earlier) => {
    const other = ranks(earlier.kind);
    return other?.family === rank.family && other.rank > rank.rank;
  });
  if (!lower) return undefined;
  return new ImportError(
    `heading “${lower.numeral}${lower.heading}” (${lower.kind}) comes before the first ${heading.kind} heading, on line ${heading.line}: ` +
      `${heading.kind} ranks above ${lower.kind}, so the outline would be read upside down; make the ${lower.kind} heading a ${heading.kind} heading, or put a ${heading.kind} heading above it`,
    lower.line,
  );
}

/** 一 → 1, 十二 → 12, 二十 → 20; undefined for anything else. */
export function chineseNumber(numeral: string): number | undefined {
  const digit = (char: string | undefined) => (char === undefined ? undefined : '一二三四五六七八九'.indexOf(char) + 1 || undefined);
  const match = /^([一二三四五六七八九])?(十)?([一二三四五六七八九])?$/u.exec(numeral);
  if (!match || numeral === '') return undefined;
  const [, tens, ten, units] = match;
  if (!ten) return tens && !units ? digit(tens) : undefined;
  return (tens ? (digit(tens) ?? 0) : 1) * 10 + (units ? (digit(units) ?? 0) : 0);
}

/** The marker of a heading without Markdown hashes, or undefined for body text. */
function plainHeading(text: string): Omit<HeadingLine, 'line'> | undefined {
  const chapter = CHAPTER.exec(text);
  if (chapter) return { kind: '一、', numeral: `${chapter[1]}、`, number: chineseNumber(chapter[1]), heading: chapter[2].trim() };
  const paren = PAREN.exec(text);
  if (paren)
    return { kind: '（一）', numeral: `${paren[1]}${paren[2]}${paren[3]}`, number: chineseNumber(paren[2]), heading: paren[4].trim() };
  const ring = RING.exec(text);
  if (ring) return { kind: '◎', numeral: '', number: undefined, heading: ring[1].trim() };
  return undefined;
}

function classify(text: string, line: number): HeadingLine | undefined {
  const markdown = MARKDOWN.exec(text);
  if (markdown) {
    const inner = plainHeading(markdown[2].trim());
    // The hashes set the level; an ordinal inside is kept as printed, ◎ is dropped as today.
    return { ...(inner ?? { numeral: '', number: undefined, heading: markdown[2].trim() }), kind: markdown[1], line };
  }
  const plain = plainHeading(text);
  if (!plain) return undefined;
  if (SENTENCE_PUNCTUATION.test(plain.heading) || plain.heading.length > MAX_HEADING_CHARS) {
    throw new ImportError(
      `cannot tell whether “${text.slice(0, 30)}…” is a heading or body text: it starts like a heading (${plain.kind}) but reads like a sentence; put the heading on a line of its own`,
      line,
    );
  }
  return { ...plain, line };
}

export function readOutline(text: string): Outline {
  const lines = text
    .split(/\r?\n/u)
    .map((raw, index) => ({ text: raw.trim(), line: index + 1 }))
    .filter((entry) => entry.text !== '');
  const [first, ...rest] = lines;
  if (!first) throw new ImportError('the text is empty', 1);
  // The title is the first line: `# title`, or a plain line that is neither a heading nor a sentence.
  const markdownTitle = /^#\s+(.+)$/u.exec(first.text);
  if (!markdownTitle && classify(first.text, first.line))
    throw new ImportError('the text starts with a heading; expected the title first', first.line);
  if (!markdownTitle && SENTENCE_PUNCTUATION.test(first.text))
    throw new ImportError('expected the title on the first line, found a sentence', first.line);
  const title = markdownTitle ? markdownTitle[1].trim() : first.text;

  const outline: Outline = { title, front: [], chapters: [] };
  const levels: string[] = [];
  /** The first heading of each kind, in order. */
  const firsts: HeadingLine[] = [];
  for (const entry of rest) {
    const heading = classify(entry.text, entry.line);
    if (heading === undefined) {
      const chapter = outline.chapters.at(-1);
      (chapter?.sections.at(-1)?.body ?? chapter?.body ?? outline.front).push(entry);
      continue;
    }
    if (!levels.includes(heading.kind)) {
      const refusal = upsideDown(firsts, heading);
      if (refusal) throw refusal;
      levels.push(heading.kind);
      firsts.push(heading);
    }
    const level = levels.indexOf(heading.kind);
    if (level > 1) {
      throw new ImportError(
        `a third outline level (${heading.kind} under ${levels[0]} and ${levels[1]}); the site has chapters and sections only`,
        entry.line,
      );
    }
    if (level === 0) {
      expectNumber(heading, outline.chapters.length + 1);
      outline.chapters.push({ ...heading, body: [], sections: [] });
    } else {
      const chapter = outline.chapters.at(-1);
      if (!chapter) throw new ImportError('a section heading before any chapter', entry.line);
      expectNumber(heading, chapter.sections.length + 1);
      chapter.sections.push({ ...heading, body: [] });
    }
  }
  if (outline.chapters.length === 0) {
    throw new ImportError(
      'no recognisable outline: no line starts with 一、, (一), （一）, ◎ or ## — the text cannot be split into chapters',
      first.line,
    );
  }
  for (const chapter of outline.chapters) {
    if (chapter.body.length === 0 && chapter.sections.length === 0)
      throw new ImportError(`chapter “${chapter.heading}” has no text`, chapter.line);
    for (const section of chapter.sections) {
      if (section.body.length === 0) throw new ImportError(`section “${section.heading}” has no text`, section.line);
    }
  }
  return outline;
}

/** Numbered headings count 1, 2, 3… within their parent; a gap means a heading was missed or body text taken for one. */
function expectNumber(heading: HeadingLine, expected: number): void {
  if (heading.number !== undefined && heading.number !== expected) {
    throw new ImportError(
      `heading ${heading.numeral} is number ${heading.number} but should be ${expected}: a heading is missing, or a line of body text starts like one`,
      heading.line,
    );
  }
}
