/**
 * “One term, one rendering”: wherever a listed Chinese form (a glossary term, a proper name) occurs in a
 * Chinese text, the English text paired with it must use one of the English forms listed for it,
 * unless the pair carries an exception with a reason. Pure: the same function checks page paragraphs,
 * summaries and commitments; callers build the pairs.
 */

/** One listed item: its Chinese forms (a term and its aliases) and the English forms allowed for it. */
export interface Rendering {
  /** Id of the glossary entry or name, as it appears in messages and exceptions. */
  id: string;
  /** Exact Chinese forms; any one of them in `zh` requires an English form in `en`. */
  zh: string[];
  /** English forms, matched case-insensitively; at least one must occur in `en`. */
  en: string[];
}

/** A deliberate departure from the listed English form, with the reason a reader can check. */
export interface RenderingException {
  /** Id of the term or name that the English does not render with a listed form. */
  id: string;
  /** Why, in a sentence (e.g. “the summary leaves this term out”). */
  reason: string;
}

/** A Chinese text and its English counterpart, with where they come from. */
export interface TextPair {
  /** The file (and field) named in messages, e.g. “content/eight-roads/en/roads/opening-up.yaml: `paragraphs[1]`”. */
  file: string;
  zh: string;
  en: string;
  exceptions?: RenderingException[];
}

/**
 * The ids whose Chinese forms occur in `zh`. Forms are tried longest first, and matched text is blanked,
 * so that a shorter form inside a longer one (独角兽 in 准独角兽) does not count as well.
 * Items that share a form (日韩 for Japan and for South Korea) are all found.
 */
function occurringIds(zh: string, renderings: Rendering[]): Set<string> {
  const idsByForm = new Map<string, string[]>();
  for (const rendering of renderings) {
    for (const form of rendering.zh) idsByForm.set(form, [...(idsByForm.get(form) ?? []), rendering.id]);
  }
  const forms = [...idsByForm.keys()].sort((a, b) => b.length - a.length);
  let remaining = zh;
  const found = new Set<string>();
  for (const form of forms) {
    if (!remaining.includes(form)) continue;
    for (const id of idsByForm.get(form)!) found.add(id);
    remaining = remaining.split(form).join('\u0000'.repeat(form.length));
  }
  return found;
}

/**
 * Problems as “file: term “id” (中文) is not rendered as “form” in: English text”.
 * An exception for a term that the pair does not need is also a problem, so that stale exceptions are removed.
 */
export function checkRenderings(
  pairs: TextPair[],
  renderings: Rendering[],
  {
    kind = 'term',
    caseSensitive = false,
  }: {
    /** What the items are, in messages: “term”, “name”. */
    kind?: string;
    /** Proper names must match exactly (“Taifeng Hydraulic”, not “Taifeng hydraulic”); terms match in any case. */
    caseSensitive?: boolean;
  } = {},
): string[] {
  const fold = (text: string) => (caseSensitive ? text : text.toLowerCase());
  const byId = new Map(renderings.map((rendering) => [rendering.id, { ...rendering, en: rendering.en.map(fold) }]));
  const problems: string[] = [];
  for (const pair of pairs) {
    const english = fold(pair.en);
    const excepted = new Map((pair.exceptions ?? []).map((exception) => [exception.id, exception]));
    const needed = occurringIds(pair.zh, renderings);
    for (const id of needed) {
      const rendering = byId.get(id)!;
      if (rendering.en.some((form) => english.includes(form))) continue;
      if (excepted.has(id)) continue;
      const forms = renderings
        .find((candidate) => candidate.id === id)!
        .en.map((form) => `“${form}”`)
        .join(' or ');
      problems.push(`${pair.file}: ${kind} “${id}” (${rendering.zh.join('/')}) is not rendered as ${forms} in: ${pair.en}`);
    }
    for (const [id, exception] of excepted) {
      if (!byId.has(id)) problems.push(`${pair.file}: exception for unknown ${kind} “${id}”`);
      else if (!needed.has(id)) problems.push(`${pair.file}: exception for ${kind} “${id}”, which the Chinese does not contain`);
      else if (byId.get(id)!.en.some((form) => english.includes(form))) {
        problems.push(`${pair.file}: exception for ${kind} “${id}” is not needed: the English uses its listed form`);
      }
      if (exception.reason.trim() === '') problems.push(`${pair.file}: exception for ${kind} “${id}” gives no reason`);
    }
  }
  return problems;
}
