/**
 * What makes a web address safe to publish as a link, beyond being https: or http: (src/schemas/fields.ts):
 * no user name or password, which would publish a credential; and no host that mixes scripts within one label,
 * the mark of a look-alike (Cyrillic “а” in a Latin name). Hosts are published in their ASCII (punycode) form,
 * so a reader sees xn--… where a Unicode name might deceive.
 */
import { domainToUnicode } from 'node:url';

/** Scripts that a single host label may combine, as browsers allow for Chinese, Japanese and Korean names. */
const COMBINABLE = new Set(['Latin', 'Han', 'Bopomofo', 'Hiragana', 'Katakana', 'Hangul']);
const SCRIPTS = ['Latin', 'Cyrillic', 'Greek', 'Armenian', 'Hebrew', 'Arabic', 'Han', 'Bopomofo', 'Hiragana', 'Katakana', 'Hangul', 'Thai'];
const SCRIPT_PATTERNS = SCRIPTS.map((script) => [script, new RegExp(`\\p{Script=${script}}`, 'u')] as const);

/** The scripts of the letters in one host label (digits and hyphens have none); “Other” for any script not listed. */
function scriptsOf(label: string): Set<string> {
  const scripts = new Set<string>();
  for (const char of label) {
    if (!/\p{L}/u.test(char)) continue;
    scripts.add(SCRIPT_PATTERNS.find(([, pattern]) => pattern.test(char))?.[0] ?? 'Other');
  }
  return scripts;
}

/** Whether the URL names a user or a password (https://admin:secret@host/). */
export const hasCredentials = (url: string): boolean => {
  if (!URL.canParse(url)) return false; // Not a URL at all: the URL rule says so.
  const parsed = new URL(url);
  return parsed.username !== '' || parsed.password !== '';
};

/** The first host label that mixes scripts browsers do not combine, with those scripts; undefined if none. */
export function mixedScriptLabel(url: string): { label: string; scripts: string[] } | undefined {
  if (!URL.canParse(url)) return undefined;
  for (const label of domainToUnicode(new URL(url).hostname).split('.')) {
    const scripts = [...scriptsOf(label)].sort();
    if (scripts.length > 1 && !scripts.every((script) => COMBINABLE.has(script))) return { label, scripts };
  }
  return undefined;
}

/** The URL as written, with its host in ASCII (punycode) form, as WHATWG URL writes it; the path stays as written. */
export function asciiHost(url: string): string {
  const written = /^([a-z][a-z\d+.-]*:\/\/)[^/?#]*(.*)$/isu.exec(url);
  return written && URL.canParse(url) ? `${written[1].toLowerCase()}${new URL(url).host}${written[2]}` : url;
}
