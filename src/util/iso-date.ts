// Calendar arithmetic on ISO dates (YYYY-MM-DD) and the freshness of a `verified` date, shared by the contact-freshness rule and the region loader.

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

/** How a `verified` date stands against today: see {@link verifiedAge}. */
export type VerifiedAge = "not-a-date" | "future" | "stale" | "fresh";

/**
 * The one freshness check of a `verified` date, for the directory's contacts (rule contact-freshness) and a
 * region file (load/region.ts): a date that does not exist is "not-a-date", one after `today` "future" (it
 * would hide stale details), one older than `maxAgeMonths` calendar months before `today` "stale".
 */
export function verifiedAge(verified: string, today: string, maxAgeMonths: number): VerifiedAge {
  if (!isRealDate(verified)) return "not-a-date";
  if (verified > today) return "future";
  if (verified < monthsBefore(today, maxAgeMonths)) return "stale";
  return "fresh";
}

/** YYYY-MM-DD that exists in the calendar (no 2026-02-30). */
export function isRealDate(s: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (!m) return false;
  const d = new Date(Date.UTC(+m[1]!, +m[2]! - 1, +m[3]!));
  return d.toISOString().slice(0, 10) === s;
}
