/**
 * The public pages speak to readers: none tells them to run a command, and the method page sets out, in both
 * languages, what counts as a commitment, the statuses, the sources and how to send evidence.
 */
import { describe, expect, it } from 'vitest';
import { htmlFiles, read } from './built-site.ts';

/** The text a reader sees: tags dropped, entities of the commands decoded. */
const textOf = (html: string) => html.replace(/<script[\s\S]*?<\/script>/gu, '').replace(/<[^>]+>/gu, ' ').replace(/&quot;/gu, '"');

describe('the public pages', () => {
  it('tell no reader to run a command', () => {
    const commands = htmlFiles().filter((file) => /\b(npm|npx|node) (run|ci|install)\b|--status\b/u.test(textOf(read(file))));
    expect(commands).toEqual([]);
  });

  it.each([
    ['en/status/index.html', ['What counts as one commitment', 'What evidence changes a status', 'Which sources count', 'How to send evidence or a correction']],
    ['zh/status/index.html', ['什么算一项承诺', '什么证据可以改变状态', '哪些来源可以采用', '如何提交证据或更正']],
  ])('%s publishes the method', (file, headings) => {
    const text = textOf(read(file));
    for (const heading of headings) expect(text).toContain(heading);
    for (const status of ['announced', 'in-progress', 'completed', 'unclear']) expect(read(file)).toContain(`id="${status}"`);
  });
});
