import { describe, expect, it } from 'vitest';
import { separateIndexedWords } from '#src/integrations/pagefind/index-html.ts';

describe('separateIndexedWords', () => {
  it('puts a space after definition terms, descriptions, table headers and hidden filter tags', () => {
    expect(separateIndexedWords('<dl><dt>Pages</dt><dd>Open up</dd></dl>')).toBe('<dl><dt>Pages</dt> <dd>Open up</dd> </dl>');
    expect(separateIndexedWords('<tr><th scope="col">As printed</th><th>Value</th></tr>')).toBe(
      '<tr><th scope="col">As printed</th> <th>Value</th> </tr>',
    );
    expect(
      separateIndexedWords(
        '<span hidden data-pagefind-filter="road">创新驱动</span><span hidden data-pagefind-filter="type">承诺</span><h1>实训</h1>',
      ),
    ).toBe('<span hidden data-pagefind-filter="road">创新驱动</span> <span hidden data-pagefind-filter="type">承诺</span> <h1>实训</h1>');
  });

  it('leaves other inline elements as they are, inside words and sentences', () => {
    const html = '<p>新建<span lang="en">5G</span>基站<a href="/x/">400个</a></p><td>10,000</td>';
    expect(separateIndexedWords(html)).toBe(html);
  });
});
