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
  /**
   * Other pages that answer it just as well, where any of them in the top 3 is right: a name the text mentions
   * once each, in like sentences, on several pages (山推 on three initiatives). Not for a page that merely also matches.
   */
  also?: string[];
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
  // A bare place name: the place's own page, which lists every passage that names it, answers it as well.
  { locale: 'zh', query: '王因', expected: p('effective-investment', 'rural-revitalization'), also: ['places/wangyin/'] },
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
  {
    locale: 'en',
    query: 'Shantui',
    expected: p('effective-investment', 'technology-upgrade-projects'),
    also: [p('industrial-upgrading', 'digital-empowerment'), p('innovation-driven', 'innovation-commercialisation')],
  },
  { locale: 'en', query: 'streetlights lighting', expected: p('industry-city-integration', 'greening-and-lighting') },
];

// --- Commitment pages (issue 9): a commitment’s Chinese text pasted as shown on the site, or its English
// statement, finds that commitment’s own page in the top 3. Kept as a separate block so it merges cleanly.
const c = (id: string) => `eight-roads/commitments/${id}/`;

export const COMMITMENT_SEARCH_CASES: SearchCase[] = [
  { locale: 'zh', query: '争取企业技改扶持资金2000万元', expected: c('technology-upgrade-support-funds') },
  { locale: 'zh', query: '新增水系27公里', expected: c('new-waterways') },
  { locale: 'zh', query: '实现88公里主要水系连通', expected: c('main-waterways-connected') },
  { locale: 'zh', query: '新建5G基站400个', expected: c('new-5g-base-stations') },
  { locale: 'zh', query: '新建9个公办幼儿园', expected: c('new-public-kindergartens') },
  { locale: 'zh', query: '启动10个园区、40万平米的提升改造工程', expected: c('park-upgrading') },
  { locale: 'zh', query: '推动100家企业“上云”、20家企业“机器换人”', expected: c('enterprises-cloud-and-machines') },
  { locale: 'zh', query: '导入2家国家级、8家省级创新平台', expected: c('new-innovation-platforms') },
  { locale: 'zh', query: '实体化运作“一区十园”', expected: c('one-zone-ten-parks') },
  { locale: 'zh', query: '推动项目早建设、早投产', expected: c('early-construction-and-production') },
  { locale: 'zh', query: '主动对接中国（山东）自贸区外溢效应', expected: c('free-trade-zone-spillover') },
  { locale: 'zh', query: '2020年全面消除3年以上未发展党员村', expected: c('villages-without-new-party-members') },
  { locale: 'zh', query: '启动总投资7.6亿元的民生实事工程', expected: c('livelihood-projects-investment') },
  {
    locale: 'zh',
    query: '高端装备、医养健康、新一代信息技术、新材料新能源四大产业总产值突破2000亿',
    expected: c('four-major-industries-output-value'),
  },
  { locale: 'zh', query: '打通山博路、康泰路等12条断头路', expected: c('dead-end-roads') },
  { locale: 'en', query: 'Build 400 new 5G base stations', expected: c('new-5g-base-stations') },
  { locale: 'en', query: 'Build 9 new public kindergartens', expected: c('new-public-kindergartens') },
  { locale: 'en', query: 'Achieve connection of the main waterways over 88 km', expected: c('main-waterways-connected') },
  { locale: 'en', query: 'Implement 128 key industrial projects', expected: c('key-industrial-projects') },
  {
    locale: 'en',
    query: 'Launch practical livelihood projects with a total investment of RMB 760 million',
    expected: c('livelihood-projects-investment'),
  },
  { locale: 'en', query: 'Run “one zone, ten parks” as operating entities', expected: c('one-zone-ten-parks') },
  {
    locale: 'en',
    query: 'Get 100 enterprises to “move onto the cloud” and 20 enterprises to “replace workers with machines”',
    expected: c('enterprises-cloud-and-machines'),
  },
  {
    locale: 'en',
    query: 'Launch upgrading and renovation works covering 10 industrial parks and 400,000 m²',
    expected: c('park-upgrading'),
  },
  { locale: 'en', query: 'Bring in 10 international innovation teams', expected: c('international-innovation-teams') },
  {
    locale: 'en',
    query: 'Through practical training, raise 10,000 industrial workers to high skill levels',
    expected: c('skilled-industrial-workers'),
  },
  { locale: 'en', query: 'Build 10 “red property management” sites', expected: c('red-property-management-sites') },
  { locale: 'en', query: 'Renovate and upgrade 5 primary and secondary schools', expected: c('school-upgrades') },
  {
    locale: 'en',
    query: 'Push projects to start construction early and go into production early',
    expected: c('early-construction-and-production'),
  },
  {
    locale: 'en',
    query: 'Proactively tap into the spillover effects of the China (Shandong) Pilot Free Trade Zone',
    expected: c('free-trade-zone-spillover'),
  },
  {
    locale: 'en',
    query: 'Upgrade all 5 subdistrict health centres to Grade I Class A hospitals',
    expected: c('subdistrict-health-centre-upgrades'),
  },
];

SEARCH_CASES.push(...COMMITMENT_SEARCH_CASES);
