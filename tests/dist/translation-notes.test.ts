/** What the English pages tell readers about the translation itself: translator's notes and unconfirmed English names. */
import { describe, expect, it } from 'vitest';
import { read } from './built-site.ts';

const page = (path: string) => read(`en/eight-roads/${path}index.html`);

describe('translator’s notes', () => {
  it('appear under their paragraph, labelled as such, quoting the Chinese they are about', () => {
    const html = read('en/eight-roads/index.html');
    const lede = html.match(/<div id="lede-p1"[\s\S]*?data-original-text/u)?.[0] ?? '';
    expect(lede).toMatch(/data-translator-note[^>]*><strong>Translator&#39;s note:<\/strong> The Chinese reads 将进一步一个脚印/u);
    expect(page('effective-investment/technology-upgrade-projects/')).toContain('without 等');
  });

  it('are not shown where there is nothing to note', () => {
    expect(page('opening-up/foreign-trade/')).not.toContain('data-translator-note');
  });
});

describe('unconfirmed English names', () => {
  it('are marked at their first mention only, and listed with their Chinese in a note the mark links to', () => {
    const html = page('effective-investment/technology-upgrade-projects/');
    expect(html.match(/data-unconfirmed-name="taifeng-hydraulic"/gu)).toHaveLength(1);
    expect(html).toMatch(/Taifeng Hydraulic<a href="#unconfirmed-names"[^>]*><sup aria-hidden="true">†<\/sup><span class="sr-only"> \(English name unconfirmed\)<\/span><\/a>&#39;s speed-reducer project/u);
    expect(html).toMatch(/<p id="unconfirmed-names"[^>]*>[\s\S]*Taifeng Hydraulic \(<span lang="zh-Hans">泰丰液压<\/span>\)/u);
  });

  it('leave confirmed names unmarked', () => {
    expect(page('industrial-upgrading/digital-empowerment/')).not.toMatch(/data-unconfirmed-name="(?:huawei|siemens|shantui)"/u);
  });
});
