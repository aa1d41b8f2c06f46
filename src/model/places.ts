/**
 * The places index: every local place in content/names.yaml (an entry with a `place` kind), and each passage of every
 * plan that names it: the sentence of a road or initiative paragraph, linked to that paragraph, and the commitments
 * whose words name it. Found by the place's exact Chinese forms, as the glossary finds its terms.
 */
import type { Locale } from '#src/i18n/locales.ts';
import { localizedPath } from '#src/i18n/urls.ts';
import { commitmentOwnHref } from './commitment-links.ts';
import { getPlans, type Commitment, type NameEntry, type Plan } from './plan.ts';
import { paragraphId, routes } from './routes.ts';
import { chineseSentences, englishSentences } from './sentences.ts';
import { initiativeTitle, roadName } from './titles.ts';

export type Place = NameEntry & { place: NonNullable<NameEntry['place']> };

/** One paragraph that names a place: the sentence that does, in the original and, where found, in the translation. */
export interface PlacePassage {
  /** The page's title in the reader's language. */
  pageLabel: string;
  /** The paragraph's own address, #pN on its page. */
  href: string;
  /** The page's locale-free path (its corrections are the place feed's). */
  path: string;
  /** 1-based paragraph number on its page. */
  paragraph: number;
  /** The sentence of the Chinese paragraph that names the place. */
  zh: string;
  /** The sentence of the English paragraph that names it; absent where the English has no form of the name. */
  en?: string;
}

/** What one plan says about a place. */
export interface PlaceInPlan {
  plan: Plan;
  passages: PlacePassage[];
  commitments: { commitment: Commitment; href: string }[];
}

export const isPlace = (name: NameEntry): name is Place => name.place !== undefined;

/** The local places, in the order names.yaml lists them. */
export async function getPlaces(): Promise<Place[]> {
  const [newest] = await getPlans();
  return newest.names.filter(isPlace);
}

const zhForms = (place: Place) => [place.zh, ...place.aliases];
const enForms = (place: Place) => [place.en, ...place.enForms];
const names = (text: string, forms: string[]) => forms.some((form) => text.includes(form));

/** The passages of one page's paragraphs that name the place. */
function passagesOf(place: Place, page: { zh: string[]; en?: string[]; label: string; path: string }, locale: Locale): PlacePassage[] {
  return page.zh.flatMap((paragraph, index) => {
    if (!names(paragraph, zhForms(place))) return [];
    const zh = chineseSentences(paragraph).find((sentence) => names(sentence, zhForms(place)))!;
    const en =
      page.en?.[index] === undefined ? undefined : englishSentences(page.en[index]).find((sentence) => names(sentence, enForms(place)));
    return [
      {
        pageLabel: page.label,
        href: `${localizedPath(locale, page.path)}#${paragraphId(index + 1)}`,
        path: page.path,
        paragraph: index + 1,
        zh,
        en,
      },
    ];
  });
}

/** Every plan's passages and commitments that name the place, newest plan first; plans that never name it are left out. */
export async function placeInPlans(place: Place, locale: Locale): Promise<PlaceInPlan[]> {
  const plans = await getPlans();
  return plans
    .map((plan) => {
      const pages = [
        ...plan.roads.map((road) => ({
          zh: road.zh.paragraphs,
          en: road.en?.paragraphs,
          label: roadName(locale, road),
          path: routes.road(plan.slug, road.slug),
        })),
        ...plan.initiatives.map((initiative) => ({
          zh: initiative.zh.paragraphs,
          en: initiative.en?.paragraphs,
          label: initiativeTitle(locale, initiative),
          path: routes.initiative(plan.slug, initiative.road, initiative.slug),
        })),
      ];
      return {
        plan,
        passages: pages.flatMap((page) => passagesOf(place, page, locale)),
        commitments: plan.commitments
          .filter((commitment) => names(commitment.zh, zhForms(place)))
          .map((commitment) => ({ commitment, href: commitmentOwnHref(locale, commitment) })),
      };
    })
    .filter(({ passages, commitments }) => passages.length + commitments.length > 0);
}
