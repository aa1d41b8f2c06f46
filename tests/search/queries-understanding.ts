/**
 * Queries of issue 11, “search that understands what people type”: six kinds, written as readers
 * type them, with the page that must come up in the top 3. Kept apart from queries.ts so that
 * other query sets merge without conflict. A query no page can answer stays, with `miss` saying why.
 */
import type { SearchCase } from './queries.ts';

export const UNDERSTANDING_KINDS = ['synonym', 'typo', 'filler', 'figure', 'other-language', 'pasted'] as const;
export type UnderstandingKind = (typeof UNDERSTANDING_KINDS)[number];

export interface UnderstandingCase extends SearchCase {
  kind: UnderstandingKind;
  /** Why no page can answer this query; it is then expected to miss, and counted as such. */
  miss?: string;
}

const p = (road: string, initiative?: string) => `eight-roads/${road}/${initiative ? `${initiative}/` : ''}`;
const en = (kind: UnderstandingKind, query: string, expected: string, miss?: string): UnderstandingCase => ({
  kind,
  locale: 'en',
  query,
  expected,
  miss,
});
const zh = (kind: UnderstandingKind, query: string, expected: string, miss?: string): UnderstandingCase => ({
  kind,
  locale: 'zh',
  query,
  expected,
  miss,
});
/** A case that several pages answer alike (see SearchCase.also). */
const alike = (entry: UnderstandingCase, ...also: string[]): UnderstandingCase => ({ ...entry, also });

const WARM_HOME = p('shared-development', 'warm-home');
const GREEN_HOME = p('shared-development', 'green-home');
const SAFE_HOME = p('shared-development', 'safe-home');
const CIVILISED_HOME = p('shared-development', 'civilised-home');
const RURAL = p('effective-investment', 'rural-revitalization');
const WATERWAYS = p('effective-investment', 'waterway-connection');
const TRANSPORT = p('effective-investment', 'transport-network');
const TECH_UPGRADE = p('effective-investment', 'technology-upgrade-projects');
const LIVELIHOOD = p('effective-investment', 'livelihood-projects');
const CLUSTERS = p('industrial-upgrading', 'industrial-clusters');
const TIERS = p('industrial-upgrading', 'enterprise-tiers');
const DIGITAL = p('industrial-upgrading', 'digital-empowerment');
const SMART_CITY = p('industry-city-integration', 'smart-city');
const CITY_MANAGEMENT = p('industry-city-integration', 'city-management');
const LIGHTING = p('industry-city-integration', 'greening-and-lighting');
const FUNDS = p('innovation-driven', 'industrial-funds');
const TALENT = p('innovation-driven', 'talent');
const PLATFORMS = p('innovation-driven', 'innovation-platforms');
const COMMERCIALISATION = p('innovation-driven', 'innovation-commercialisation');
const COOPERATION = p('opening-up', 'international-cooperation');
const ATTRACTION = p('opening-up', 'investment-and-talent-attraction');
const OUTPUT_PER_MU = p('deepening-reform', 'output-per-mu-evaluation');

export const UNDERSTANDING_CASES: UnderstandingCase[] = [
  // 1. Near words, UK/US spellings, plurals and abbreviations (English).
  en('synonym', 'nursery', WARM_HOME),
  en('synonym', 'new nurseries', WARM_HOME),
  en('synonym', 'clinic upgrade', WARM_HOME),
  en('synonym', 'health center', WARM_HOME),
  en('synonym', 'organized crime', SAFE_HOME),
  en('synonym', 'civilized city', CIVILISED_HOME),
  en('synonym', 'R&D center', COMMERCIALISATION),
  en('synonym', 'research and development centre', COMMERCIALISATION),
  en('synonym', 'FDI', p('opening-up')),
  en('synonym', 'EV industry', p('industrial-upgrading')),
  en('synonym', 'IT industry', p('industrial-upgrading')),
  en('synonym', 'SMEs', TIERS),
  en('synonym', 'PM 2.5', GREEN_HOME),
  en('synonym', 'street lights', LIGHTING),
  en('synonym', 'BBQ stalls', CITY_MANAGEMENT),
  en('synonym', 'firecrackers ban', GREEN_HOME),
  en('synonym', 'bullet train', TRANSPORT),
  en('synonym', 'pharma', COOPERATION),
  en('synonym', 'informatization', DIGITAL),
  en('synonym', 'wastewater', RURAL),
  en('synonym', 'school', WARM_HOME),
  en('synonym', 'subway line', TRANSPORT, 'the plan names no metro or subway: no page can say it'),

  // 2. Typos: a letter or two off.
  en('typo', 'hosptial', WARM_HOME),
  en('typo', 'factorys', CLUSTERS),
  en('typo', 'biomedecine', COOPERATION),
  en('typo', 'kindergarden', WARM_HOME),
  en('typo', 'wetlnad', WATERWAYS),
  en('typo', 'fireworsk', GREEN_HOME),
  en('typo', 'Huawai', DIGITAL),
  en('typo', 'Siemans', DIGITAL),
  en('typo', 'expresway', TRANSPORT),
  en('typo', 'unicron', TIERS),
  en('typo', 'barbeque', CITY_MANAGEMENT),
  en('typo', 'semiconducter', COMMERCIALISATION),

  // 3. Questions and filler words.
  en('filler', 'what is the target for high-standard farmland', RURAL),
  en('filler', 'how many 5G base stations will be built', SMART_CITY),
  en('filler', 'how many kindergartens', WARM_HOME),
  en('filler', 'when will the airport expressway be built', TRANSPORT),
  en('filler', 'what are the plans for wetlands', WATERWAYS),
  en('filler', 'how much is the industrial fund', FUNDS),
  en('filler', 'which companies work with Huawei', DIGITAL),
  zh('filler', '5G基站有多少', SMART_CITY),
  zh('filler', '新建哪些幼儿园', WARM_HOME),
  zh('filler', '新机场什么时候建', TRANSPORT),
  zh('filler', '产业基金有多少', FUNDS),
  zh('filler', '有哪些独角兽企业', TIERS),
  zh('filler', '高标准农田目标是多少', RURAL),
  zh('filler', '房价是多少', WARM_HOME, 'the plan says nothing about housing prices: no page can answer'),

  // 4. Figures in any form, both ways.
  en('figure', '20000 mu', RURAL),
  en('figure', '2万亩', RURAL),
  en('figure', '200 billion yuan', p('industrial-upgrading')),
  en('figure', '2000亿', p('industrial-upgrading')),
  en('figure', '27 kilometres', WATERWAYS),
  en('figure', '27公里', WATERWAYS),
  en('figure', '10 billion yuan industrial fund', FUNDS),
  // 百亿 is stated once each, in like sentences, on two pages: the technology-upgrade plan and the industrial funds.
  alike(en('figure', '百亿', TECH_UPGRADE), FUNDS),
  en('figure', '760 million yuan', LIVELIHOOD),
  en('figure', '12000 mu', CLUSTERS),
  en('figure', '700000 square metres', CLUSTERS),
  en('figure', '400,000 sqm', OUTPUT_PER_MU),
  zh('figure', '20,000 mu', RURAL),
  zh('figure', '20000亩', RURAL),
  zh('figure', 'RMB 200 billion', p('industrial-upgrading')),
  zh('figure', '2000亿元', p('industrial-upgrading')),
  zh('figure', '27 km', WATERWAYS),
  zh('figure', 'RMB 10 billion', TECH_UPGRADE),
  zh('figure', '100亿产业基金', FUNDS),
  zh('figure', '760 million yuan', LIVELIHOOD),
  zh('figure', '12000亩', CLUSTERS),
  zh('figure', '88 km', WATERWAYS),

  // 5. The other language: Chinese on the English site, names and pinyin on the Chinese one.
  en('other-language', '华为', DIGITAL),
  en('other-language', '幼儿园', WARM_HOME),
  en('other-language', '山推', TECH_UPGRADE),
  en('other-language', '高标准农田', RURAL),
  en('other-language', '5G基站', SMART_CITY),
  en('other-language', '如意湖', WATERWAYS),
  en('other-language', '專精特新', TIERS),
  zh('other-language', 'Huawei', DIGITAL),
  // 山推 is named once each, in like sentences, on three initiatives: any of them answers.
  alike(zh('other-language', 'Shantui', TECH_UPGRADE), DIGITAL, COMMERCIALISATION),
  zh('other-language', 'Liaohe school', LIVELIHOOD),
  zh('other-language', 'Siemens', DIGITAL),
  zh('other-language', 'Komatsu', COOPERATION),
  zh('other-language', 'unicorn', TIERS),
  zh('other-language', 'kindergarten', WARM_HOME),
  zh('other-language', 'Zhongguancun', FUNDS),

  // 6. Pasted text: sentences from the article, a commitment's wording, a news story's paraphrase.
  en('pasted', 'Build 9 new public kindergartens, and in principle raise the share of public kindergartens to 50%.', WARM_HOME),
  en('pasted', 'Strive to secure RMB 20 million in support funds for enterprise technology upgrades', TECH_UPGRADE),
  en('pasted', 'The zone will build 400 new 5G base stations, with full coverage of industrial parks and bus stops.', SMART_CITY),
  en('pasted', 'Jining High-tech Zone plans to set up a RMB 10 billion industrial fund matched to its four major industries', FUNDS),
  en('pasted', 'Officials said 12 dead-end roads, including Shanbo Road and Kangtai Road, will be opened this year.', TRANSPORT),
  en('pasted', 'Give practical training to upgrade 10,000 highly skilled industrial workers', TALENT),
  zh('pasted', '新建9个公办幼儿园,原则上公办幼儿园比例达到50%', WARM_HOME),
  zh('pasted', '争取企业技改扶持资金2000万元', TECH_UPGRADE),
  zh('pasted', '新建5G基站400个，实现产业园区、公交站点、公共场所5G全覆盖', SMART_CITY),
  zh('pasted', '据悉，济宁高新区今年将打通山博路、康泰路等12条断头路。', TRANSPORT),
  zh('pasted', '引进2家国家级、8家省级创新平台', PLATFORMS),
  zh('pasted', '高新区将与一百所重点高校建立联系，聘任一百名人才大使', ATTRACTION),
];
