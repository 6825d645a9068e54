// Calendar arithmetic on ISO dates (YYYY-MM-DD), shared by the contact-freshness rule and the region loader.

/**
 * The date `months` calendar months before `iso`, as YYYY-MM-DD, clamped to
 * the month's last day (12 months before 2028-02-29 is 2027-02-28). ISO dates
 * compare correctly as strings, so no Date objects leak into the rule.
 */
export function monthsBefore(iso: string, months: number): string {
  const [y, m, d] = iso.split("-").map(Number) as [number, number, number];
  const total = y * 12 + (m - 1) - months;
  const year = Math.floor(total / 12);
  const month = (total % 12) + 1;
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(Math.min(d, last)).padStart(2, "0")}`;
}
