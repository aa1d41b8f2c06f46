/**
 * How two table cells compare for sorting: by their numeric data-sort value when both have one, as numbers when
 * both texts are whole numbers (a row's number needs no data-sort of its own), otherwise by their text.
 */
interface Cell {
  textContent: string | null;
  dataset: { sort?: string };
}

export function compareCells(a: Cell, b: Cell, locale = 'zh-Hans'): number {
  const x = Number(a.dataset.sort);
  const y = Number(b.dataset.sort);
  if (a.dataset.sort !== undefined && b.dataset.sort !== undefined && !Number.isNaN(x) && !Number.isNaN(y)) return x - y;
  const [textA, textB] = [(a.textContent ?? '').trim(), (b.textContent ?? '').trim()];
  if (/^\d+$/u.test(textA) && /^\d+$/u.test(textB)) return Number(textA) - Number(textB);
  return textA.localeCompare(textB, locale);
}
