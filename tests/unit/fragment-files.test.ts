import { describe, expect, it } from 'vitest';
import {
  fragmentFilesPerLanguage,
  fragmentOrder,
  PAGES_PER_FRAGMENT_FILE,
  searchTagsOf,
} from '#src/integrations/pagefind/fragment-files.ts';

describe('fragmentFilesPerLanguage', () => {
  it('gives each language one file per PAGES_PER_FRAGMENT_FILE pages, rounded up', () => {
    expect(fragmentFilesPerLanguage(334, 2)).toBe(Math.ceil(167 / PAGES_PER_FRAGMENT_FILE));
    expect(fragmentFilesPerLanguage(2 * PAGES_PER_FRAGMENT_FILE + 2, 2)).toBe(2);
  });

  it('grows with the site, so that the size of each file stays the same', () => {
    expect(fragmentFilesPerLanguage(3 * 334, 2)).toBeGreaterThanOrEqual(3 * fragmentFilesPerLanguage(334, 2) - 2);
  });

  it('writes at least one file for a tiny site', () => {
    expect(fragmentFilesPerLanguage(1, 2)).toBe(1);
  });
});

describe('fragmentOrder', () => {
  const page = (file: string, plan: string, road: string) => ({ file, plan, road });

  it('puts each road’s pages together, plan by plan, whatever order the disk lists them in', () => {
    const pages = [
      page('zh/b-plan/commitments/x/index.html', 'b-plan', '开放'),
      page('zh/a-plan/commitments/y/index.html', 'a-plan', '共建'),
      page('zh/glossary/index.html', '', ''),
      page('zh/a-plan/open/index.html', 'a-plan', '开放'),
      page('zh/a-plan/commitments/z/index.html', 'a-plan', '开放'),
      page('zh/a-plan/share/index.html', 'a-plan', '共建'),
    ];
    expect(fragmentOrder(pages).map(({ file }) => file)).toEqual([
      'zh/glossary/index.html',
      'zh/a-plan/commitments/y/index.html',
      'zh/a-plan/share/index.html',
      'zh/a-plan/commitments/z/index.html',
      'zh/a-plan/open/index.html',
      'zh/b-plan/commitments/x/index.html',
    ]);
  });

  it('gives the same order for the same pages listed in any order', () => {
    const pages = [page('b', 'p', 'r'), page('a', 'p', 'r'), page('c', 'p', 'q')];
    expect(fragmentOrder(pages)).toEqual(fragmentOrder([...pages].reverse()));
  });
});

describe('searchTagsOf', () => {
  it('reads a page’s plan and road from its hidden search filters', () => {
    const html =
      '<main data-pagefind-body><span hidden data-pagefind-filter="road">共建共享</span>' +
      '<span hidden data-pagefind-filter="plan:eight-roads"></span><span hidden data-pagefind-filter="type">重点举措</span></main>';
    expect(searchTagsOf(html)).toEqual({ plan: 'eight-roads', road: '共建共享' });
  });

  it('gives empty strings for a page of no plan', () => {
    expect(searchTagsOf('<main data-pagefind-body><h1>术语表</h1></main>')).toEqual({ plan: '', road: '' });
  });
});
