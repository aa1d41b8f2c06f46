/** The English states no currency and no named thing that its Chinese does not (src/checks/stated-facts.ts). */
import { describe, expect, it } from 'vitest';
import { currencyProblems, summaryAdditions } from '#src/checks/stated-facts.ts';

const text = (zh: string, en: string) => ({ file: 'content/p/en/initiatives/x.yaml', field: '`summary`', zh, en });

describe('currencyProblems', () => {
  it('names the file and field where RMB stands for an amount the Chinese gives without 元', () => {
    const problems = currencyProblems([
      text('启动百亿技改投资计划,争取企业技改扶持资金2000万元', 'Launch a RMB 10 billion plan; secure RMB 20 million.'),
    ]);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(
      /^content\/p\/en\/initiatives\/x\.yaml: `summary`: names a currency \(RMB, RMB\) 2 times, the Chinese \(元\) 1/u,
    );
  });
  it('accepts RMB where the Chinese has 元, and an amount that says its currency is not stated', () => {
    expect(currencyProblems([text('争取资金2000万元', 'Secure RMB 20 million.')])).toEqual([]);
    expect(currencyProblems([text('规模百亿', 'with a scale of 10 billion (currency not stated)')])).toEqual([]);
    expect(currencyProblems([text('总产值突破2000亿', 'output value above 200 billion yuan')])).toHaveLength(1);
  });
});

describe('summaryAdditions', () => {
  const terms = [{ id: 'hub', zh: ['载体'], en: ['hubs', 'hub'] }];
  const names = [{ id: 'huawei', zh: ['华为'], en: ['Huawei'] }];
  it('names a glossary form or a name that the page’s Chinese does not have', () => {
    expect(summaryAdditions([text('引进创新平台', 'It will bring in hubs and work with Huawei.')], terms, names)).toEqual([
      expect.stringContaining('uses “hubs”, the English of term “hub” (载体)'),
      expect.stringContaining('uses “Huawei”, the English of name “huawei” (华为)'),
    ]);
  });
  it('accepts them where the Chinese has them, and matches whole words only', () => {
    expect(summaryAdditions([text('建设华为中心和三大金融载体', 'Huawei; three hubs.')], terms, names)).toEqual([]);
    expect(summaryAdditions([text('新建5G基站', 'A hubbub of base stations.')], terms, names)).toEqual([]);
  });
});
