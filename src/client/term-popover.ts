/**
 * Glossary popovers: hovering or focusing a linked term shows its short explanation in a tooltip
 * (role="tooltip", referenced by aria-describedby). It stays open while the pointer is over it and
 * closes on Escape, blur or leaving (WCAG 1.4.13). The link itself works without this script.
 */
import { element } from './dom.ts';

const TOOLTIP_ID = 'term-tooltip';
const GAP = 6;

export function enhanceTermLinks(): void {
  const links = [...document.querySelectorAll<HTMLAnchorElement>('a.term-link[data-term-note]')];
  if (links.length === 0 || document.getElementById(TOOLTIP_ID)) return;
  const tooltip = element('div', { id: TOOLTIP_ID, role: 'tooltip', class: 'term-tooltip', hidden: '' });
  document.body.append(tooltip);
  let owner: HTMLAnchorElement | undefined;
  let hideTimer: number | undefined;

  const hide = () => {
    owner?.removeAttribute('aria-describedby');
    owner = undefined;
    tooltip.hidden = true;
  };
  const show = (link: HTMLAnchorElement) => {
    window.clearTimeout(hideTimer);
    if (owner !== link) owner?.removeAttribute('aria-describedby');
    owner = link;
    tooltip.textContent = link.dataset.termNote ?? '';
    tooltip.hidden = false;
    link.setAttribute('aria-describedby', TOOLTIP_ID);
    const box = link.getBoundingClientRect();
    const left = Math.max(
      8,
      Math.min(box.left + window.scrollX, window.scrollX + document.documentElement.clientWidth - tooltip.offsetWidth - 8),
    );
    tooltip.style.left = `${left}px`;
    tooltip.style.top = `${box.bottom + window.scrollY + GAP}px`;
  };
  const hideSoon = () => {
    hideTimer = window.setTimeout(hide, 200);
  };

  for (const link of links) {
    link.addEventListener('mouseenter', () => show(link));
    link.addEventListener('mouseleave', hideSoon);
    link.addEventListener('focus', () => show(link));
    link.addEventListener('blur', hide);
  }
  tooltip.addEventListener('mouseenter', () => window.clearTimeout(hideTimer));
  tooltip.addEventListener('mouseleave', hideSoon);
  document.addEventListener('keydown', (event) => {
    if (event.key === 'Escape' && !tooltip.hidden) hide();
  });
}
