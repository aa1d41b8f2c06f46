/**
 * The first import of a plan writes its structure.yaml: every heading with a suggested ASCII slug
 * from its pinyin, for an editor to improve before the plan is published. Pure.
 */
import { pinyin } from 'pinyin-pro';
import { NOT_STATED, type Structure } from '#src/schemas/structure.ts';
import type { Outline } from './outline.ts';
import { roadName, splitFront } from './parse-article.ts';

/** Syllables kept in a suggested slug: enough to tell headings apart, short enough for a URL. */
const MAX_SYLLABLES = 6;

/** 建设新型智慧城市 → jian-she-xin-xing-zhi-hui; Latin letters and digits are kept, punctuation dropped. */
export function suggestSlug(text: string): string {
  const words = pinyin(text, { toneType: 'none', type: 'array', nonZh: 'consecutive', v: true })
    .flatMap((word) => word.toLowerCase().split(/[^a-z0-9]+/u))
    .filter((word) => word !== '');
  return words.slice(0, MAX_SYLLABLES).join('-') || 'section';
}

/** Makes each slug unique by appending -2, -3…; `taken` is shared across calls. */
function unique(slug: string, taken: Set<string>): string {
  let candidate = slug;
  for (let n = 2; taken.has(candidate); n += 1) candidate = `${slug}-${n}`;
  taken.add(candidate);
  return candidate;
}

export function suggestStructure(outline: Outline, plan: string, order: number): Structure {
  const roadSlugs = new Set<string>();
  const initiativeSlugs = new Set<string>();
  return {
    plan,
    order,
    translation: 'in-progress',
    source: { publisher: NOT_STATED, date: splitFront(outline.front).date },
    roads: outline.chapters.map((chapter) => {
      const name = roadName(chapter.heading);
      return {
        slug: unique(suggestSlug(name), roadSlugs),
        zh: name,
        initiatives: chapter.sections.map((section) => ({
          slug: unique(suggestSlug(section.heading), initiativeSlugs),
          zh: section.heading,
        })),
      };
    }),
  };
}
