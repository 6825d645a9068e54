import { describe, expect, it } from "vitest";
import { contactFreshness } from "../../src/check/rules/contact-freshness.js";
import { monthsBefore } from "../../src/util/iso-date.js";
import { brief, check, CONFIG, invalid, reported, VALID } from "./check-helpers.js";

const FIXTURE = invalid("contact-freshness");

describe("contact-freshness", () => {
  it("accepts contacts verified within the last 12 months", () => {
    expect(check(VALID, [contactFreshness])).toEqual([]);
  });

  it("warns about a stale date and refuses a future one, at `verified` in contacts.yaml", () => {
    const ds = check(FIXTURE, [contactFreshness]);
    expect(brief(ds)).toEqual([
      // Line 23: `    verified: "2025-11-27"` (team-a): the quoted value at column 15; one day too old.
      "contacts.yaml:23:15 warning contact-freshness",
      // Line 31: `    verified: "2027-01-15"` (team-b).
      "contacts.yaml:31:15 error contact-freshness",
    ]);
    expect(reported(FIXTURE, contactFreshness)).toEqual([
      {
        at: "contacts.yaml:23:15",
        messageId: "stale",
        data: { contact: "team-a", verified: "2025-11-27", months: 12 },
      },
      {
        at: "contacts.yaml:31:15",
        messageId: "future",
        data: { contact: "team-b", verified: "2027-01-15", today: "2026-11-28" },
      },
    ]);
  });

  it("follows the configured age", () => {
    const ds = check(FIXTURE, [contactFreshness], { ...CONFIG, maxContactAgeMonths: 13 });
    expect(brief(ds)).toEqual(["contacts.yaml:31:15 error contact-freshness"]);
    const strict = check(VALID, [contactFreshness], { ...CONFIG, maxContactAgeMonths: 1 });
    // team-a (2026-06-01) and team-b (2025-12-01) are older than one month; alarm-112 (2026-11-01) is not.
    expect(strict.map((d) => d.line)).toEqual([21, 29]);
  });

  it("counts exactly twelve months as still fresh, one day more as stale", () => {
    // team-b in the valid fixture was verified on 2025-12-01 (line 29).
    expect(check(VALID, [contactFreshness], { ...CONFIG, today: "2026-12-01" })).toEqual([]);
    expect(brief(check(VALID, [contactFreshness], { ...CONFIG, today: "2026-12-02" }))).toEqual([
      "contacts.yaml:29:15 warning contact-freshness",
    ]);
  });

  it.each([
    ["2026-11-28", 12, "2025-11-28"],
    ["2026-03-31", 1, "2026-02-28"],
    ["2028-02-29", 12, "2027-02-28"],
    ["2026-01-15", 1, "2025-12-15"],
  ])("monthsBefore(%s, %i) = %s", (iso, months, expected) => {
    expect(monthsBefore(iso, months)).toBe(expected);
  });
});
