/**
 * Enhances the commitments table: filters by plan (with several plans), road and type, and sorting by column header.
 * The table is complete without this script.
 */
import { compareCells } from './table-sort.ts';
import { fillTemplate } from './fill-template.ts';
import { element } from './dom.ts';

export function enhanceCommitmentsTable(): void {
  const root = document.querySelector<HTMLElement>('[data-commitments]');
  if (!root) return;
  const form = root.querySelector<HTMLElement>('[data-commitments-filters]')!;
  const count = root.querySelector<HTMLElement>('[data-commitments-count]')!;
  const table = root.querySelector<HTMLTableElement>('[data-commitments-table]')!;
  const body = table.tBodies[0];
  const rows = [...body.rows];
  const filters = [...form.querySelectorAll<HTMLSelectElement>('select[data-filter]')];
  form.hidden = false;

  const applyFilters = () => {
    let shown = 0;
    for (const row of rows) {
      // Each filter reads the column it names (road, type): the cell shows the chosen option's label.
      const visible = filters.every(
        (select) =>
          select.value === '' ||
          row.cells[Number(select.dataset.filterColumn)].textContent?.trim() === select.selectedOptions[0].textContent?.trim(),
      );
      row.hidden = !visible;
      if (visible) shown += 1;
    }
    count.textContent = fillTemplate(root.dataset.shownTemplate ?? '', { shown, total: rows.length });
  };
  for (const select of filters) select.addEventListener('change', applyFilters);

  // Sortable headers: a button inside each <th>, with aria-sort on the sorted column.
  const headers = [...table.tHead!.rows[0].cells];
  headers.forEach((header, column) => {
    const button = element(
      'button',
      { type: 'button', class: 'font-bold underline decoration-dotted underline-offset-4', title: root.dataset.sortLabel ?? '' },
      header.textContent ?? '',
    );
    header.replaceChildren(button);
    button.addEventListener('click', () => {
      const ascending = header.getAttribute('aria-sort') !== 'ascending';
      for (const other of headers) other.removeAttribute('aria-sort');
      header.setAttribute('aria-sort', ascending ? 'ascending' : 'descending');
      const sorted = [...rows].sort((a, b) => compareCells(a.cells[column], b.cells[column]) * (ascending ? 1 : -1));
      body.append(...sorted);
    });
  });
  applyFilters();
}
