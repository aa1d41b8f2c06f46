/**
 * Every text of a plan, Chinese and English, follows the rules of src/schemas/plain-text.ts: no invisible or
 * bidirectional control characters, not empty, within its size limit. Named by file, field and paragraph.
 */
import { textProblems, type TextKind } from '#src/schemas/plain-text.ts';
import type { ContentToCheck } from './content-to-check.ts';
import { problem } from './problem.ts';

interface Text {
  file: string;
  field: string;
  /** 1-based paragraph, for fields that are lists of paragraphs. */
  paragraph?: number;
  text: string | undefined;
  kind: TextKind;
}

function textsOf(content: ContentToCheck): Text[] {
  const paragraphs = (file: string, field: string, list: string[]): Text[] =>
    list.map((text, index) => ({ file, field, paragraph: index + 1, text, kind: 'paragraph' }));
  const { plan } = content;
  return [
    { file: plan.filePath, field: 'title', text: plan.data.title, kind: 'heading' },
    ...paragraphs(plan.filePath, 'lede', plan.data.lede),
    ...[...content.roads, ...content.initiatives].flatMap(({ filePath, data }): Text[] => [
      { file: filePath, field: 'heading', text: data.heading, kind: 'heading' },
      { file: filePath, field: 'name', text: 'name' in data ? data.name : undefined, kind: 'heading' },
      ...paragraphs(filePath, 'paragraphs', data.paragraphs),
    ]),
    ...[...content.translations.values()].flatMap(({ filePath, data }): Text[] => [
      { file: filePath, field: 'title', text: data.title, kind: 'heading' },
      { file: filePath, field: 'name', text: data.name, kind: 'heading' },
      { file: filePath, field: 'summary', text: data.summary, kind: 'note' },
      ...paragraphs(filePath, 'paragraphs', data.paragraphs),
      ...(data.notes ?? []).map((note, index): Text => ({ file: filePath, field: `notes[${index}].text`, text: note.text, kind: 'note' })),
    ]),
    ...content.commitments.flatMap(({ id, filePath, data }): Text[] => [
      { file: `${filePath} (${id})`, field: 'zh', text: data.zh, kind: 'note' },
      { file: `${filePath} (${id})`, field: 'en', text: data.en, kind: 'note' },
    ]),
  ];
}

export function checkTextCharacters(content: ContentToCheck): string[] {
  return textsOf(content).flatMap(({ file, field, paragraph, text, kind }) =>
    text === undefined
      ? []
      : textProblems(text, kind).map((message) => problem(file, field, message, paragraph === undefined ? undefined : `¶${paragraph}`)),
  );
}
