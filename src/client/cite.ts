/**
 * Citation enhancements: today's date in the “cite this” text, a copy button for it, and a
 * “copy link” button beside each paragraph's ¶ link. Without this script both remain plain text and links.
 */
import { fillTemplate } from './fill-template.ts';
import { element } from './dom.ts';

export function enhanceCitations(): void {
  const root = document.querySelector<HTMLElement>('[data-cite]');
  if (!root) return;
  const status = root.querySelector<HTMLElement>('[data-cite-status]')!;
  const text = root.querySelector<HTMLElement>('[data-cite-text]')!;
  const accessed = root.querySelector<HTMLElement>('[data-cite-accessed]')!;
  const labels = root.dataset;
  // The page's own date style (en-GB: “28 November 2026”), as in its correction notices, not the browser's.
  const today = new Intl.DateTimeFormat(labels.dateLocale ?? document.documentElement.lang, { dateStyle: 'long' }).format(new Date());
  accessed.textContent = fillTemplate(labels.accessedTemplate ?? '', { date: today });

  const copy = async (value: string) => {
    try {
      await navigator.clipboard.writeText(value);
      status.textContent = labels.copiedLabel ?? '';
    } catch {
      status.textContent = labels.failedLabel ?? '';
    }
  };

  const copyCitation = element(
    'button',
    { type: 'button', class: 'mt-2 rounded-sm border-2 border-(--color-brand) px-3 py-1 font-semibold' },
    labels.copyLabel ?? '',
  );
  copyCitation.addEventListener('click', () => void copy(text.textContent?.trim() ?? ''));
  status.before(copyCitation);

  for (const anchor of document.querySelectorAll<HTMLAnchorElement>('.paragraph a[href^="#p"]')) {
    const copyLink = element(
      'button',
      {
        type: 'button',
        class: 'no-print ml-1 rounded-sm border border-(--color-rule) px-1 text-xs text-(--color-muted)',
        // The visible words first, then which paragraph (WCAG 2.5.3, label in name).
        'aria-label': `${labels.copyLinkShort ?? ''} ${anchor.textContent ?? ''}`,
      },
      labels.copyLinkShort ?? '',
    );
    copyLink.addEventListener('click', () => void copy(new URL(anchor.getAttribute('href')!, location.href).href));
    anchor.after(copyLink);
  }
}
