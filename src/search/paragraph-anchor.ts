/**
 * Which paragraph a search hit is in: for the first matched word that lies inside a paragraph,
 * the last paragraph anchor (p1, p2 …) that starts at or before it. Matches in the key figures
 * above the text are skipped, so the link lands on the paragraph that states the figure.
 * Pagefind reports anchors and matches as word positions.
 */
export interface Anchor {
  id: string;
  location: number;
}

const PARAGRAPH = /^p\d+$/u;

export function paragraphAnchorFor(anchors: readonly Anchor[], matches: readonly number[]): string | undefined {
  const paragraphs = anchors.filter((anchor) => PARAGRAPH.test(anchor.id)).sort((a, b) => a.location - b.location);
  for (const match of [...matches].sort((a, b) => a - b)) {
    const containing = paragraphs.filter((anchor) => anchor.location <= match).at(-1);
    if (containing) return containing.id;
  }
  return undefined;
}
