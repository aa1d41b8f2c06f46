/** Reading a built page's addresses: the links a reader follows, and what the browser fetches as the page loads. */
import { describe, expect, it } from 'vitest';
import { extractLinks, extractLoads } from '#tools/lib/html-links.ts';

describe('extractLoads', () => {
  it('finds scripts, stylesheets, icons, images, image candidates, frames and objects', () => {
    const html = [
      '<link rel="stylesheet" href="/_astro/a.css">',
      '<link rel="icon" href="/favicon.svg" type="image/svg+xml">',
      '<script type="module" src="https://cdn.example.com/x.js"></script>',
      '<img src="/a.png" srcset="/a.png 1x, //img.example.com/b.png 2x" alt="">',
      '<iframe src="https://maps.example.com/embed"></iframe>',
      '<object data="/c.pdf"></object>',
      '<video poster="/d.jpg" data-src="not-a-load"></video>',
    ].join('');
    expect(extractLoads(html)).toEqual([
      '/_astro/a.css',
      '/favicon.svg',
      'https://cdn.example.com/x.js',
      '/a.png',
      '/a.png',
      '//img.example.com/b.png',
      'https://maps.example.com/embed',
      '/c.pdf',
      '/d.jpg',
    ]);
  });

  it('leaves out links that only name an address, and links a reader follows', () => {
    const html = [
      '<link rel="alternate" hreflang="en" href="https://other.example.org/en/">',
      '<link rel="canonical" href="https://other.example.org/">',
      '<link rel="alternate" type="application/rss+xml" href="/feed.xml">',
      '<a href="https://www.gov.cn/">a source</a>',
    ].join('');
    expect(extractLoads(html)).toEqual([]);
    expect(extractLinks(html)).toContain('https://www.gov.cn/');
  });

  it('decodes entities in addresses', () => {
    expect(extractLoads('<img src="/a.png?x=1&amp;y=2" alt="">')).toEqual(['/a.png?x=1&y=2']);
  });
});
