/**
 * Turns the seed article into the plan's Chinese content model: title, byline, lede,
 * roads with their intro paragraphs, and initiatives. Pure: text in, objects out.
 *
 * The seed's outline is Markdown-like: `# title`, `## (一) road heading`, `### ◎initiative heading`,
 * paragraphs separated by blank lines. The byline is the first paragraph after the title.
 */
import { repairBreaks, type Repair } from './repair-breaks.ts';

/** The editor-owned outline in content/<plan>/structure.yaml. */
export interface Structure {
  plan: string;
  roads: { slug: string; zh: string; initiatives: { slug: string; zh: string }[] }[];
}

export interface PlanOriginal {
  title: string;
  byline: string;
  lede: string[];
}

export interface RoadOriginal {
  slug: string;
  /** 1 to 8, the order in the article. */
  number: number;
  /** The Chinese ordinal as printed, e.g. “(一)”. */
  numeral: string;
  /** The heading after the ordinal, e.g. “有效投资”之路,坚持稳中求进. */
  heading: string;
  /** The road's name inside the first quotation marks, e.g. 有效投资. */
  name: string;
  paragraphs: string[];
}

export interface InitiativeOriginal {
  slug: string;
  road: string;
  /** 1-based position within its road. */
  order: number;
  /** The heading without its ◎ marker. */
  heading: string;
  paragraphs: string[];
}

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

const ROAD_HEADING = /^##\s+(\([一二三四五六七八九十]+\))\s*(.+)$/u;
const INITIATIVE_HEADING = /^###\s+◎\s*(.+)$/u;
const TITLE = /^#\s+(.+)$/u;
const ROAD_NAME = /^“([^”]+)”/u;

interface Section {
  kind: 'front' | 'road' | 'initiative';
  heading: string;
  numeral?: string;
  lines: string[];
}

function splitSections(text: string): Section[] {
  const sections: Section[] = [{ kind: 'front', heading: '', lines: [] }];
  for (const rawLine of text.split(/\r?\n/u)) {
    const line = rawLine.trim();
    const road = ROAD_HEADING.exec(line);
    const initiative = INITIATIVE_HEADING.exec(line);
    const title = TITLE.exec(line);
    if (road) sections.push({ kind: 'road', numeral: road[1], heading: road[2].trim(), lines: [] });
    else if (initiative) sections.push({ kind: 'initiative', heading: initiative[1].trim(), lines: [] });
    else if (title && sections.length === 1) sections[0].heading = title[1].trim();
    else sections[sections.length - 1].lines.push(line);
  }
  return sections;
}

/** Paragraphs are runs of non-blank lines; a line break inside a run is layout, not text. */
function paragraphsOf(lines: string[]): string[] {
  return lines
    .join('\n')
    .split(/\n\s*\n/u)
    .map((block) => block.split('\n').join('').trim())
    .filter((block) => block.length > 0);
}

function fail(message: string): never {
  throw new Error(`seeds: ${message}`);
}

export function parseArticle(text: string, structure: Structure): ParsedArticle {
  const sections = splitSections(text);
  const repairs: RepairRecord[] = [];
  const repaired = (file: string, paragraphs: string[]) => {
    const result = repairBreaks(paragraphs);
    repairs.push(...result.repairs.map((repair) => ({ file, ...repair })));
    return result.paragraphs;
  };

  const [front, ...rest] = sections;
  if (!front.heading) fail('the article has no “# title” line');
  // The byline is a line of its own, not a sentence: take it before repairing the lede.
  const [byline, ...ledeParagraphs] = paragraphsOf(front.lines);
  const lede = repaired('zh/plan.yaml', ledeParagraphs);
  if (!byline || lede.length === 0) fail('expected a byline and a lede paragraph after the title');
  const plan: PlanOriginal = { title: front.heading, byline, lede };

  const roads: RoadOriginal[] = [];
  const initiatives: InitiativeOriginal[] = [];
  let roadIndex = -1;
  let initiativeIndex = 0;
  for (const section of rest) {
    if (section.kind === 'road') {
      roadIndex += 1;
      initiativeIndex = 0;
      const outline = structure.roads[roadIndex] ?? fail(`road “${section.heading}” is not in structure.yaml`);
      const name = ROAD_NAME.exec(section.heading)?.[1] ?? fail(`road heading “${section.heading}” has no “name”`);
      if (name !== outline.zh) fail(`road ${roadIndex + 1} is “${name}” in the article but “${outline.zh}” in structure.yaml`);
      roads.push({
        slug: outline.slug,
        number: roadIndex + 1,
        numeral: section.numeral ?? '',
        heading: section.heading,
        name,
        paragraphs: repaired(`zh/roads/${outline.slug}.yaml`, paragraphsOf(section.lines)),
      });
    } else if (section.kind === 'initiative') {
      const road = structure.roads[roadIndex] ?? fail(`initiative “${section.heading}” comes before any road`);
      const outline =
        road.initiatives[initiativeIndex] ?? fail(`initiative “${section.heading}” is not listed under road ${road.slug} in structure.yaml`);
      if (outline.zh !== section.heading) fail(`initiative “${section.heading}” is “${outline.zh}” in structure.yaml`);
      initiativeIndex += 1;
      initiatives.push({
        slug: outline.slug,
        road: road.slug,
        order: initiativeIndex,
        heading: section.heading,
        paragraphs: repaired(`zh/initiatives/${outline.slug}.yaml`, paragraphsOf(section.lines)),
      });
    }
  }
  if (roads.length !== structure.roads.length) fail(`found ${roads.length} roads, structure.yaml lists ${structure.roads.length}`);
  const expectedInitiatives = structure.roads.reduce((sum, road) => sum + road.initiatives.length, 0);
  if (initiatives.length !== expectedInitiatives) {
    fail(`found ${initiatives.length} initiatives, structure.yaml lists ${expectedInitiatives}`);
  }
  return { plan, roads, initiatives, repairs };
}
