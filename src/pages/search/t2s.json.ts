/**
 * /search/t2s.json: Traditional → Simplified pairs for every Chinese character on the site, so a
 * reader who types 幼兒園 or 華為 finds 幼儿园 and 华为. Built from OpenCC's tables at build time;
 * the search page fetches it only when a query has Chinese characters.
 */
import type { APIRoute } from 'astro';
import * as OpenCC from 'opencc-js';
import { getPlans } from '#src/model/plan.ts';

export const GET: APIRoute = async () => {
  const plans = await getPlans();
  const text = plans
    .flatMap((plan) => [
      plan.zh.title,
      ...plan.zh.lede,
      ...plan.roads.flatMap((road) => [road.zh.heading, ...road.zh.paragraphs]),
      ...plan.initiatives.flatMap((initiative) => [initiative.zh.heading, ...initiative.zh.paragraphs]),
    ])
    .join('');
  const converters = (['t', 'tw', 'hk'] as const).map((to) => OpenCC.Converter({ from: 'cn', to }));
  const pairs = new Map<string, string>();
  for (const simplified of new Set(text.match(/\p{Script=Han}/gu))) {
    for (const convert of converters) {
      const traditional = convert(simplified);
      if (traditional !== simplified && [...traditional].length === 1) pairs.set(traditional, simplified);
    }
  }
  return new Response(JSON.stringify({ pairs: [...pairs].map(([from, to]) => from + to).join('') }), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
