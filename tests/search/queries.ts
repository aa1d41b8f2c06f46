/**
 * The search query set: what residents, investors and journalists type, and the page that must
 * come up in the top 3. Paths are relative to the language root. Used by the browser test and
 * the search benchmark.
 */
export interface SearchCase {
  locale: 'zh' | 'en';
  query: string;
  /** Path of the page that answers the query, e.g. “eight-roads/opening-up/foreign-trade/”. */
  expected: string;
}

const p = (road: string, initiative?: string) => `eight-roads/${road}/${initiative ? `${initiative}/` : ''}`;

export const SEARCH_CASES: SearchCase[] = [
  // Chinese: terms inside longer runs
  { locale: 'zh', query: '机器换人', expected: p('industrial-upgrading', 'digital-empowerment') },
  { locale: 'zh', query: '高标准农田', expected: p('effective-investment', 'rural-revitalization') },
  { locale: 'zh', query: '断头路', expected: p('effective-investment', 'transport-network') },
  { locale: 'zh', query: '幼儿园', expected: p('shared-development', 'warm-home') },
  { locale: 'zh', query: '5G基站', expected: p('industry-city-integration', 'smart-city') },
  { locale: 'zh', query: '水系', expected: p('effective-investment', 'waterway-connection') },
  { locale: 'zh', query: '亩产效益', expected: p('deepening-reform', 'output-per-mu-evaluation') },
  { locale: 'zh', query: '标准地', expected: p('deepening-reform', 'output-per-mu-evaluation') },
  { locale: 'zh', query: '标准化厂房', expected: p('industrial-upgrading', 'industrial-clusters') },
  { locale: 'zh', query: '技改', expected: p('effective-investment', 'technology-upgrade-projects') },
  { locale: 'zh', query: '产业基金', expected: p('innovation-driven', 'industrial-funds') },
  { locale: 'zh', query: '专精特新', expected: p('industrial-upgrading', 'enterprise-tiers') },
  { locale: 'zh', query: '瞪羚企业', expected: p('industrial-upgrading', 'enterprise-tiers') },
  { locale: 'zh', query: '独角兽', expected: p('industrial-upgrading', 'enterprise-tiers') },
  { locale: 'zh', query: '湿地', expected: p('effective-investment', 'waterway-connection') },
  { locale: 'zh', query: '烟花禁放', expected: p('shared-development', 'green-home') },
  { locale: 'zh', query: '河长制', expected: p('shared-development', 'green-home') },
  { locale: 'zh', query: '扫黑除恶', expected: p('shared-development', 'safe-home') },
  { locale: 'zh', query: '物业服务', expected: p('shared-development', 'civilised-home') },
  { locale: 'zh', query: '红色物业', expected: p('party-building') },
  { locale: 'zh', query: '党建大数据平台', expected: p('party-building') },
  { locale: 'zh', query: '智慧交通', expected: p('industry-city-integration', 'smart-city') },
  { locale: 'zh', query: '露天烧烤', expected: p('industry-city-integration', 'city-management') },
  { locale: 'zh', query: '亮化', expected: p('industry-city-integration', 'greening-and-lighting') },
  { locale: 'zh', query: '特色小镇', expected: p('industry-city-integration', 'commerce-and-vitality') },
  { locale: 'zh', query: '招商地图', expected: p('opening-up', 'investment-and-talent-attraction') },
  { locale: 'zh', query: '自贸区', expected: p('opening-up', 'foreign-trade') },
  { locale: 'zh', query: '生物医药', expected: p('opening-up', 'international-cooperation') },
  { locale: 'zh', query: '卫生院', expected: p('shared-development', 'warm-home') },
  { locale: 'zh', query: '高技能产业工人', expected: p('innovation-driven', 'talent') },
  { locale: 'zh', query: '创客', expected: p('innovation-driven', 'talent') },
  // Chinese: proper names
  { locale: 'zh', query: '华为', expected: p('industrial-upgrading', 'digital-empowerment') },
  { locale: 'zh', query: '西门子', expected: p('industrial-upgrading', 'digital-empowerment') },
  { locale: 'zh', query: '孔子国际蓼河学校', expected: p('effective-investment', 'livelihood-projects') },
  { locale: 'zh', query: '山推', expected: p('effective-investment', 'technology-upgrade-projects') },
  { locale: 'zh', query: '如意湖', expected: p('effective-investment', 'waterway-connection') },
  { locale: 'zh', query: '济宁新机场', expected: p('effective-investment', 'transport-network') },
  { locale: 'zh', query: '山东省激光研究所', expected: p('innovation-driven', 'innovation-platforms') },
  { locale: 'zh', query: '中关村', expected: p('innovation-driven', 'industrial-funds') },
  { locale: 'zh', query: '鲁抗', expected: p('innovation-driven', 'innovation-commercialisation') },
  { locale: 'zh', query: '小松', expected: p('opening-up', 'international-cooperation') },
  { locale: 'zh', query: '王因', expected: p('effective-investment', 'rural-revitalization') },
  // Chinese: terms that end a clause
  { locale: 'zh', query: '招商项目库', expected: p('opening-up', 'investment-and-talent-attraction') },
  { locale: 'zh', query: '权责清单', expected: p('party-building') },
  { locale: 'zh', query: '碧水蓝天', expected: p('shared-development', 'green-home') },
  { locale: 'zh', query: '营商环境', expected: p('shared-development', 'safe-home') },
  { locale: 'zh', query: '全链条制度', expected: p('party-building') },
  // Chinese: figures
  { locale: 'zh', query: '400个', expected: p('industry-city-integration', 'smart-city') },
  { locale: 'zh', query: '2000万元', expected: p('effective-investment', 'technology-upgrade-projects') },
  { locale: 'zh', query: '7.6亿元', expected: p('effective-investment', 'livelihood-projects') },
  { locale: 'zh', query: '70万平方米', expected: p('industrial-upgrading', 'industrial-clusters') },
  { locale: 'zh', query: '10000名', expected: p('innovation-driven', 'talent') },
  { locale: 'zh', query: '88公里', expected: p('effective-investment', 'waterway-connection') },
  // English
  { locale: 'en', query: 'kindergarten', expected: p('shared-development', 'warm-home') },
  { locale: 'en', query: '5G base stations', expected: p('industry-city-integration', 'smart-city') },
  { locale: 'en', query: 'Huawei', expected: p('industrial-upgrading', 'digital-empowerment') },
  { locale: 'en', query: 'Siemens industrial internet', expected: p('industrial-upgrading', 'digital-empowerment') },
  { locale: 'en', query: 'RMB 20 million', expected: p('effective-investment', 'technology-upgrade-projects') },
  { locale: 'en', query: 'high-standard farmland', expected: p('effective-investment', 'rural-revitalization') },
  { locale: 'en', query: 'dead-end roads', expected: p('effective-investment', 'transport-network') },
  { locale: 'en', query: 'hospital', expected: p('shared-development', 'warm-home') },
  { locale: 'en', query: 'free trade zone', expected: p('opening-up', 'foreign-trade') },
  { locale: 'en', query: 'bonded logistics', expected: p('opening-up', 'foreign-trade') },
  { locale: 'en', query: 'Japan South Korea', expected: p('opening-up', 'investment-and-talent-attraction') },
  { locale: 'en', query: 'talent ambassadors', expected: p('opening-up', 'investment-and-talent-attraction') },
  { locale: 'en', query: 'industrial fund', expected: p('innovation-driven', 'industrial-funds') },
  { locale: 'en', query: 'laser research institute', expected: p('innovation-driven', 'innovation-platforms') },
  { locale: 'en', query: 'skilled workers', expected: p('innovation-driven', 'talent') },
  { locale: 'en', query: 'standard factory buildings', expected: p('industrial-upgrading', 'industrial-clusters') },
  { locale: 'en', query: 'smart city', expected: p('industry-city-integration', 'smart-city') },
  { locale: 'en', query: 'fireworks', expected: p('shared-development', 'green-home') },
  { locale: 'en', query: 'PM2.5', expected: p('shared-development', 'green-home') },
  { locale: 'en', query: 'property management', expected: p('shared-development', 'civilised-home') },
  { locale: 'en', query: 'organised crime', expected: p('shared-development', 'safe-home') },
  { locale: 'en', query: 'wetland', expected: p('effective-investment', 'waterway-connection') },
  { locale: 'en', query: 'airport expressway', expected: p('effective-investment', 'transport-network') },
  { locale: 'en', query: 'Confucius school', expected: p('effective-investment', 'livelihood-projects') },
  { locale: 'en', query: 'unicorn', expected: p('industrial-upgrading', 'enterprise-tiers') },
  { locale: 'en', query: 'output per mu', expected: p('deepening-reform', 'output-per-mu-evaluation') },
  { locale: 'en', query: 'biomedical', expected: p('opening-up', 'international-cooperation') },
  { locale: 'en', query: 'party members', expected: p('party-building') },
  { locale: 'en', query: 'red property', expected: p('party-building') },
  { locale: 'en', query: 'technology upgrade', expected: p('effective-investment', 'technology-upgrade-projects') },
  { locale: 'en', query: 'Shantui', expected: p('effective-investment', 'technology-upgrade-projects') },
  { locale: 'en', query: 'streetlights lighting', expected: p('industry-city-integration', 'greening-and-lighting') },
];
