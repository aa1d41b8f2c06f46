/** How roads and initiatives are named in each language, in one place. */
import type { Locale } from '../i18n/locales.ts';
import type { InitiativePage, RoadPage } from './plan.ts';

/** The full heading: “(一)“有效投资”之路,坚持稳中求进” or its translation. */
export const roadTitle = (locale: Locale, road: RoadPage) =>
  locale === 'zh' ? `${road.zh.numeral}${road.zh.heading}` : road.en.title;

/** The road's short name: 有效投资 / Effective investment. */
export const roadName = (locale: Locale, road: RoadPage) => (locale === 'zh' ? road.zh.name : (road.en.name ?? road.en.title));

export const initiativeTitle = (locale: Locale, initiative: InitiativePage) =>
  locale === 'zh' ? initiative.zh.heading : initiative.en.title;
