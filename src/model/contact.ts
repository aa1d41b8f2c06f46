/**
 * The address readers write to about a problem with a page: SITE_CONTACT at build time
 * (e.g. SITE_CONTACT=corrections@example.org npm run build). Unset: no report link is shown.
 */
const EMAIL = /^[^\s@<>()"',;:]+@[^\s@<>()"',;:]+\.[^\s@<>()"',;:]+$/u;

export function siteContact(value = process.env.SITE_CONTACT): string | undefined {
  const address = value?.trim();
  if (!address) return undefined;
  if (!EMAIL.test(address)) throw new Error(`SITE_CONTACT: “${address}” is not an e-mail address`);
  return address;
}
