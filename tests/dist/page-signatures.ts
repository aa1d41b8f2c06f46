/**
 * A page's structural signature: its elements with their tags, attributes and classes, text ignored. Pages with
 * the same signature were rendered by the same template from different words (such as a language's commitment pages),
 * so what axe checks in one of them holds in all: the browser sweep axes one page per signature, and
 * tests/dist/page-signatures.test.ts holds that every built page shares its signature with an axed page.
 */
import { parse, type DefaultTreeAdapterTypes } from 'parse5';
import { builtPages, readBuilt } from './site-pages.ts';

type Node = DefaultTreeAdapterTypes.ChildNode | DefaultTreeAdapterTypes.Document;
type Element = DefaultTreeAdapterTypes.Element;

/**
 * Attributes whose value is the page's own words or an address (a title, a link, an id and the references to it):
 * only whether they are empty counts. So it is for every `data-*` attribute: scripts read them, and no stylesheet
 * selects on their value (page-signatures.test.ts holds that). Every other attribute keeps its value (class, role,
 * lang, type, aria-hidden …), because styles and axe rules depend on it. Whether ids are unique and references
 * resolve is checked in Node on every page (html-validate, tests/dist/integrity.test.ts).
 */
const WORDING_ATTRIBUTES = new Set([
  'id',
  'href',
  'src',
  'srcset',
  'for',
  'name',
  'value',
  'content',
  'datetime',
  'title',
  'alt',
  'placeholder',
  'cite',
  'aria-label',
  'aria-labelledby',
  'aria-describedby',
  'aria-controls',
]);
const isWording = (name: string) => WORDING_ATTRIBUTES.has(name) || name.startsWith('data-');

/** Elements whose content is not read as the page (script and style bodies are the same files on every page). */
const OPAQUE = new Set(['script', 'style', 'template']);

const isElement = (node: Node): node is Element => 'tagName' in node;
const hasText = (node: Node) => 'childNodes' in node && node.childNodes.some((child) => child.nodeName === '#text' && 'value' in child && child.value.trim() !== '');

/**
 * Addresses that are not wording: which script a page runs and which stylesheet it links. Pages that share a
 * signature then run the same code, so a console error seen on one would be seen on all (the browser sweep opens one).
 */
const isCode = (element: Element, name: string) =>
  (element.tagName === 'script' && name === 'src') ||
  (element.tagName === 'link' && name === 'href' && element.attrs.some((attr) => attr.name === 'rel' && /\b(?:stylesheet|modulepreload)\b/u.test(attr.value)));

function describeAttributes(element: Element): string {
  return element.attrs
    .map(({ name, value }) => {
      if (name === 'class') return `.${value.split(/\s+/u).filter(Boolean).sort().join('.')}`;
      if (isWording(name) && !isCode(element, name)) return value.trim() === '' ? `${name}=""` : name;
      return `${name}=${JSON.stringify(value)}`;
    })
    .sort()
    .join(' ');
}

/**
 * One element's signature, with its children's. A run of siblings with one signature counts once: a list of
 * 3 commitments and one of 5 are the same template, and each item is still described in full. In running text
 * (an element with words of its own) the marks among the words (term links, figure links) follow the words,
 * so there they count as a set, in no order.
 */
function signatureOf(node: Node): string {
  const children = 'childNodes' in node && !(isElement(node) && OPAQUE.has(node.tagName)) ? node.childNodes.filter(isElement).map(signatureOf) : [];
  const text = hasText(node);
  const described = text ? [...new Set(children)].sort() : children.filter((child, index) => child !== children[index - 1]);
  const head = isElement(node) ? `<${node.tagName}${node.attrs.length > 0 ? ` ${describeAttributes(node)}` : ''}${text ? ' #text' : ''}>` : '';
  return described.length > 0 ? `${head}(${described.join('')})` : head;
}

export function pageSignature(html: string): string {
  return signatureOf(parse(html));
}

/** Every built page grouped by signature: the first page of each group (in path order) is the one axe opens. */
export function pagesBySignature(paths: string[] = builtPages()): Map<string, string[]> {
  const groups = new Map<string, string[]>();
  for (const path of paths) {
    const signature = pageSignature(readBuilt(path));
    groups.set(signature, [...(groups.get(signature) ?? []), path]);
  }
  return groups;
}

/** The pages axe opens: one per signature. */
export function axePages(groups = pagesBySignature()): string[] {
  return [...groups.values()].map((paths) => paths[0]);
}
