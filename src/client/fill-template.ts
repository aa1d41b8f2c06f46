/**
 * Fills the {name} placeholders of a UI string that i18next rendered at build time for the browser.
 * Values are inserted literally (a query like “$&” stays “$&”), and the result is meant for textContent.
 */
export function fillTemplate(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/gu, (placeholder, name: string) => (name in values ? String(values[name]) : placeholder));
}
