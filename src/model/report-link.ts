/** The “Report a problem with this page” link: a mailto: URL whose subject names the page. Pure. */
export function reportMailto(address: string, subject: string): string {
  return `mailto:${address}?subject=${encodeURIComponent(subject)}`;
}
