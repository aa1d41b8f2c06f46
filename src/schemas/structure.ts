/**
 * Schema of content/<plan>/structure.yaml, the editor-owned outline that `npm run import` reads.
 * Validated before the import writes anything: a bad outline must never overwrite or delete a file.
 */
import { z } from 'astro/zod';
import { slugId } from './fields.ts';
import { planFields } from './plan-fields.ts';

/** The time zone of a plan whose outline names none: the plans on this site are issued in China. */
export const DEFAULT_TIME_ZONE = 'Asia/Shanghai';

/** Whether the runtime knows `name` as a time zone. */
function isTimeZone(name: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: name });
    return true;
  } catch {
    return false;
  }
}

/** The words written where the text gives no source detail. */
export const NOT_STATED = 'not stated';

const slug = () => slugId('a slug');
const heading = () => z.string().trim().min(1, 'the heading text cannot be empty');

export const structureSchema = () =>
  z
    .object({
      /** The plan's slug: the name of its folder in content/ and seeds/. */
      plan: slug(),
      /** The plan's order, translation state and source (src/schemas/plan-fields.ts). */
      ...planFields(),
      /** The chapters (roads), in the text's order. */
      roads: z
        .array(
          z
            .object({
              /** URL and file name of the road. */
              slug: slug(),
              /** The road's name as the text prints it: the words in the heading's first quotation marks, or the heading. */
              zh: heading(),
              /** The road's sections (initiatives), in order; empty for a road without sections. */
              initiatives: z.array(
                z.object({ /** URL and file name. */ slug: slug(), /** The heading as printed, without marker. */ zh: heading() }).strict(),
              ),
            })
            .strict(),
        )
        .min(1, 'a plan has at least one road'),
      /** The IANA time zone where the plan is issued and its sources are dated; absent = Asia/Shanghai. The status CLI's “today” is the date there. */
      timeZone: z.string().refine(isTimeZone, 'a time zone is an IANA name such as Asia/Shanghai').optional(),
    })
    .strict()
    .superRefine((structure, context) => {
      // Slugs name files: a duplicate would make one import overwrite another's text.
      const duplicates = (slugs: string[], where: string, path: (index: number) => (string | number)[]) => {
        const seen = new Map<string, number>();
        slugs.forEach((value, index) => {
          if (seen.has(value)) {
            context.addIssue({
              code: 'custom',
              path: path(index),
              message: `duplicate ${where} slug “${value}” (also at position ${(seen.get(value) ?? 0) + 1})`,
            });
          } else seen.set(value, index);
        });
      };
      duplicates(
        structure.roads.map((road) => road.slug),
        'road',
        (index) => ['roads', index, 'slug'],
      );
      const initiatives = structure.roads.flatMap((road, roadIndex) =>
        road.initiatives.map((initiative, index) => ({ slug: initiative.slug, roadIndex, index })),
      );
      duplicates(
        initiatives.map((entry) => entry.slug),
        'initiative',
        (at) => ['roads', initiatives[at].roadIndex, 'initiatives', initiatives[at].index, 'slug'],
      );
    });

export type Structure = z.infer<ReturnType<typeof structureSchema>>;

/** “roads.3.initiatives.1.slug: duplicate …”, one line per problem. */
export function formatIssues(error: z.ZodError): string {
  return error.issues.map((issue) => `${issue.path.join('.') || '(file)'}: ${issue.message}`).join('\n');
}
