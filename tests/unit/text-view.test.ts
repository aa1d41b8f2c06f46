/** Which text a page shows, per language and translation state. */
import { describe, expect, it } from 'vitest';
import { textView } from '#src/model/text-view.ts';

const chinese = ['新建5G基站400个。'];
const english = { paragraphs: ['400 new 5G base stations.'], notes: [{ paragraph: 1, text: 'A note.' }] };

describe('textView', () => {
  it('shows the Chinese original alone on a Chinese page', () => {
    expect(textView('zh', chinese, english)).toEqual({ kind: 'original', chinese });
  });

  it('shows the translation beside the original on an English page, with its notes', () => {
    expect(textView('en', chinese, english)).toEqual({ kind: 'parallel', chinese, english: english.paragraphs, notes: english.notes });
  });

  it('shows the original alone on an English page whose translation is still in preparation', () => {
    expect(textView('en', chinese, undefined)).toEqual({ kind: 'original', chinese });
  });
});
