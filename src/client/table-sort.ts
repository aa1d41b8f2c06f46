/**
 * How two table cells compare for sorting: by their numeric data-sort value when both have one,
 * otherwise by their text, in the page's language.
 */
interface Cell {
  textContent: string | null;
  dataset: { sort?: string };
}

export function compareCells(a: Cell, b: Cell, locale = 'zh-Hans'): number {
  const x = Number(a.dataset.sort);
  const y = Number(b.dataset.sort);
  if (a.dataset.sort !== undefined && b.dataset.sort !== undefined && !Number.isNaN(x) && !Number.isNaN(y)) return x - y;
  return (a.textContent ?? '').trim().localeCompare((b.textContent ?? '').trim(), locale);
}
