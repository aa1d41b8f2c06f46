/** The link rule of src/schemas/fields.ts, as the build applies it to a status file's source. */
import { domainToASCII } from 'node:url';
import { describe, expect, it } from 'vitest';
import { statusUpdateSchema } from '#src/schemas/status.ts';

const update = (source: string) =>
  statusUpdateSchema().safeParse({
    commitment: 'new-5g-base-stations',
    date: '2025-06-30',
    status: 'completed',
    source,
    note: { zh: '来源说明工程已经完工。', en: 'The source says the work is complete.' },
  });
const messages = (source: string) => {
  const result = update(source);
  return result.success ? [] : result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
};

describe('a status source', () => {
  it('is an https: or http: address', () => {
    expect(update('https://example.org/a').success).toBe(true);
    expect(update('http://example.org/a').success).toBe(true);
    expect(messages('javascript:alert(1)')).toEqual(['source: a link is a full https:// (or http://) address']);
    expect(messages('ftp://example.org/a')).toEqual(['source: a link is a full https:// (or http://) address']);
  });

  it('carries no user name or password', () => {
    expect(messages('https://admin:hunter2@intranet.example.org/?token=abc')).toEqual([
      'source: a link carries no user name or password (it would publish them)',
    ]);
    expect(messages('https://admin@intranet.example.org/')).toHaveLength(1);
  });

  it('has no host that mixes scripts, in Unicode or punycode form', () => {
    const lookalike = 'ex\u0430mple.org'; // a Cyrillic а
    for (const host of [lookalike, domainToASCII(lookalike)])
      expect(messages(`https://${host}/report`)).toEqual([
        'source: the host “ex\u0430mple” mixes Cyrillic and Latin letters, the mark of a look-alike address',
      ]);
  });

  it('is kept with its host in ASCII form, so pages show xn--… rather than a name that may deceive', () => {
    const allCyrillic = '\u0430\u0440\u0440\u04cf\u0435.com'; // looks like apple.com
    expect(update(`https://${allCyrillic}/news/报告?id=1`).data?.source).toBe(`https://${domainToASCII(allCyrillic)}/news/报告?id=1`);
    // Latin with Han is how Chinese names are written, as browsers allow.
    expect(update('https://济宁gov.cn/').data?.source).toBe(`https://${domainToASCII('济宁gov.cn')}/`);
  });
});
