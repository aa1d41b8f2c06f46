/**
 * The records the content checks read: each entry with the file it came from. Plain data, built from the
 * collections by src/model/plan.ts and by hand in tests.
 */
import type { Unit } from '#src/model/quantities.ts';
import type { TranslatedVersion } from './translation-version.ts';
import type { FieldExceptions } from './page-text-pairs.ts';

export interface SourceFile<T> {
  /** Slug or id of the entry. */
  id: string;
  /** Path of the file the entry came from, as shown in messages. */
  filePath: string;
  data: T;
}

export interface ContentToCheck {
  /** The plan's Chinese file; `translation` comes from its structure.yaml (absent = complete). */
  plan: SourceFile<{ title?: string; lede: string[]; translation?: 'complete' | 'in-progress' }>;
  roads: SourceFile<{ heading?: string; name?: string; paragraphs: string[] }>[];
  initiatives: SourceFile<{ heading?: string; road: string; order: number; paragraphs: string[] }>[];
  /** English files by the path of the Chinese file they translate. */
  translations: Map<
    string,
    SourceFile<{
      name?: string;
      title?: string;
      summary?: string;
      paragraphs: string[];
      translates?: TranslatedVersion;
      notes?: { paragraph: number; text?: string }[];
      termExceptions?: FieldExceptions[];
      nameExceptions?: FieldExceptions[];
    }>
  >;
  /** English files whose Chinese file does not exist. */
  orphanTranslations: SourceFile<unknown>[];
  commitments: SourceFile<{
    road: string;
    initiative?: string;
    paragraph: number;
    zh: string;
    en: string;
    measures: { amount: string; value: number; unit: Unit; unitStated?: boolean }[];
  }>[];
  /** Removed commitment ids with their replacements (commitments-changelog.yaml). */
  commitmentChanges: SourceFile<{ replacedBy: string }>[];
  glossary: SourceFile<{ zh: string; aliases: string[]; enForms: string[] }>[];
  statusUpdates: SourceFile<{ commitment: string }>[];
  /** Proper names (content/names.yaml); absent in checks that do not concern them. */
  names?: SourceFile<{ zh: string; aliases: string[]; en: string; enForms: string[] }>[];
}

/** One page as the translation checks see it: the Chinese file, its heading, its road name and its paragraphs. */
export type PageParts = [SourceFile<unknown>, string | undefined, string | undefined, string[]];

/** Each page as the translation checks see it: the Chinese file, its heading and its paragraphs. */
export function pagesOf(content: ContentToCheck): PageParts[] {
  return [
    [content.plan, content.plan.data.title, undefined, content.plan.data.lede],
    ...content.roads.map((road): PageParts => [road, road.data.heading, road.data.name, road.data.paragraphs]),
    ...content.initiatives.map((page): PageParts => [page, page.data.heading, undefined, page.data.paragraphs]),
  ];
}

/** Whether the plan's translation is complete (the default) or in progress, as its structure.yaml says. */
export function planTranslationState(content: Pick<ContentToCheck, 'plan'>): 'complete' | 'in-progress' {
  return content.plan.data.translation ?? 'complete';
}
