/** Titles of the MDX site pages, for <title> and breadcrumbs. */
import { getEntry } from 'astro:content';
import type { Locale } from '../i18n/locales.ts';

export async function sitePageTitle(locale: Locale, name: string): Promise<string> {
  const entry = await getEntry('sitePages', `${locale}/${name}`);
  if (!entry) throw new Error(`content/site/${locale}/${name}.mdx: \`file\`: missing`);
  return entry.data.title;
}
