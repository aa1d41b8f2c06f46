/**
 * The one shape of a content problem, as the build prints it: “file: `field`: what is wrong”, with the position
 * inside the field where there is one (“file: `paragraphs` ¶2: …”, “file: `title` at character 5: …”).
 */

/** One problem with one field of one file; `position` says where in the field (e.g. “¶2”). */
export function problem(file: string, field: string, message: string, position?: string): string {
  return `${file}: \`${field}\`${position === undefined ? '' : ` ${position}`}: ${message}`;
}
