/**
 * Turns a plan text into the plan's Chinese content model: title, byline, lede, roads with their
 * intro paragraphs, and initiatives. Pure: text in, objects out.
 *
 * The outline (see outline.ts) gives chapters (roads) and sections (initiatives); structure.yaml
 * gives each its slug, and every heading must match it. The byline and a date line, when the text
 * has them, are the short lines between the title and the lede.
 */
import { NOT_STATED, type Structure } from '#src/schemas/structure.ts';
import { ImportError } from './import-error.ts';
import { readOutline, type Outline, type TextLine } from './outline.ts';
import type { z } from 'astro/zod';
import type { initiativeOriginalSchema, planOriginalSchema, roadOriginalSchema } from '#src/schemas/original.ts';
import { repairBreaks, type BreakOverrides, type Repair } from './repair-breaks.ts';
export type { Structure };

/** What the import writes: the schemas the build reads them with (src/schemas/original.ts), plus each page's slug. */
export type PlanOriginal = z.input<ReturnType<typeof planOriginalSchema>>;
export type RoadOriginal = { slug: string } & z.input<ReturnType<typeof roadOriginalSchema>>;
export type InitiativeOriginal = { slug: string } & z.input<ReturnType<typeof initiativeOriginalSchema>>;

export interface RepairRecord extends Repair {
  /** Content file (relative to the plan folder) that holds the repaired paragraph. */
  file: string;
}

export interface ParsedArticle {
  plan: PlanOriginal;
  roads: RoadOriginal[];
  initiatives: InitiativeOriginal[];
  repairs: RepairRecord[];
}

const QUOTED_NAME = /^“([^”]+)”/u;
const FIRST_CLAUSE = /^[^,，:：]+/u;
/** A line of its own such as 本报记者 张慧: short, no sentence punctuation. */
const BYLINE = /^[^,，。;；:：!！?？、]{1,30}$/u;
/** A date line such as 2026年1月8日 or （二〇二六年一月八日）. */
const DATE_LINE = /^[（(]?([0-9〇零一二三四五六七八九]{4}年[0-9一二三四五六七八九十]{1,3}月[0-9一二三四五六七八九十]{1,3}日)[）)]?$/u;

/** The road's name as structure.yaml lists it. */
export function roadName(heading: string): string {
  return QUOTED_NAME.exec(heading)?.[1] ?? FIRST_CLAUSE.exec(heading)?.[0] ?? heading;
}

/** Byline and date lines at the top of the front matter; the rest is the lede. */
export function splitFront(front: readonly TextLine[]): { byline: string; date: string; lede: TextLine[] } {
  let byline: string | undefined;
  let date: string | undefined;
  let index = 0;
  for (; index < Math.min(front.length, 2); index += 1) {
    const text = front[index].text;
    const dated = DATE_LINE.exec(text);
    if (dated && date === undefined) date = dated[1];
    else if (byline === undefined && BYLINE.test(text) && index < front.length - 1) byline = text;
    else break;
  }
  return { byline: byline ?? NOT_STATED, date: date ?? NOT_STATED, lede: front.slice(index) };
}

const NO_OVERRIDES: BreakOverrides = { join: new Set(), keepApart: new Set() };

export function buildPlan(outline: Outline, structure: Structure, overrides: BreakOverrides = NO_OVERRIDES): ParsedArticle {
  const repairs: RepairRecord[] = [];
  const repaired = (file: string, lines: readonly TextLine[]) => {
    const result = repairBreaks(lines, overrides);
    repairs.push(...result.repairs.map((repair) => ({ file, ...repair })));
    return result.paragraphs;
  };

  const front = splitFront(outline.front);
  const lede = repaired('zh/plan.yaml', front.lede);
  if (lede.length === 0)
    throw new ImportError('expected a lede paragraph between the title and the first heading', outline.chapters[0].line);
  // The author is structured data for search engines: it must be the byline's own words, never a guess.
  const author = structure.source?.author;
  if (author !== undefined && !front.byline.includes(author))
    fail(`structure.yaml: \`source.author\`: “${author}” is not in the byline “${front.byline}”`);
  const plan: PlanOriginal = {
    title: outline.title,
    byline: front.byline,
    lede,
    ...(structure.source && { source: structure.source }),
    ...(structure.order !== undefined && { order: structure.order }),
    ...(structure.translation && { translation: structure.translation }),
  };

  const roads: RoadOriginal[] = [];
  const initiatives: InitiativeOriginal[] = [];
  outline.chapters.forEach((chapter, roadIndex) => {
    const outlineRoad = structure.roads[roadIndex] ?? fail(`road “${chapter.heading}” is not in structure.yaml`, chapter.line);
    const name = roadName(chapter.heading);
    if (name !== outlineRoad.zh)
      fail(`road ${roadIndex + 1} is “${name}” in the article but “${outlineRoad.zh}” in structure.yaml`, chapter.line);
    roads.push({
      slug: outlineRoad.slug,
      number: roadIndex + 1,
      numeral: chapter.numeral,
      heading: chapter.heading,
      name,
      paragraphs: repaired(`zh/roads/${outlineRoad.slug}.yaml`, chapter.body),
    });
    chapter.sections.forEach((section, index) => {
      const outlineInitiative =
        outlineRoad.initiatives[index] ??
        fail(`initiative “${section.heading}” is not listed under road ${outlineRoad.slug} in structure.yaml`, section.line);
      if (outlineInitiative.zh !== section.heading)
        fail(`initiative “${section.heading}” is “${outlineInitiative.zh}” in structure.yaml`, section.line);
      initiatives.push({
        slug: outlineInitiative.slug,
        road: outlineRoad.slug,
        order: index + 1,
        ...(section.numeral && { numeral: section.numeral }),
        heading: section.heading,
        paragraphs: repaired(`zh/initiatives/${outlineInitiative.slug}.yaml`, section.body),
      });
    });
    if (chapter.sections.length !== outlineRoad.initiatives.length) {
      fail(
        `road ${outlineRoad.slug} has ${chapter.sections.length} initiatives in the article, structure.yaml lists ${outlineRoad.initiatives.length}`,
        chapter.line,
      );
    }
  });
  if (roads.length !== structure.roads.length) fail(`found ${roads.length} roads, structure.yaml lists ${structure.roads.length}`);
  const paragraphLines = new Set(
    [front.lede, ...outline.chapters.flatMap((chapter) => [chapter.body, ...chapter.sections.map((section) => section.body)])]
      .flat()
      .map((entry) => entry.line),
  );
  for (const line of [...overrides.join, ...overrides.keepApart]) {
    if (!paragraphLines.has(line))
      fail('overrides.yaml names this line, but it is a title, byline, date or heading, not paragraph text', line);
  }
  return { plan, roads, initiatives, repairs };
}

function fail(message: string, line?: number): never {
  throw new ImportError(message, line);
}

export function parseArticle(text: string, structure: Structure, overrides?: BreakOverrides): ParsedArticle {
  return buildPlan(readOutline(text), structure, overrides);
}
