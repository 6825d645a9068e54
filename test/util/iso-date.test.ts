import { describe, expect, it } from "vitest";
import { isRealDate, verifiedAge } from "../../src/util/iso-date.js";

// The one freshness check the contact-freshness rule and a region file share (their own tests check the
// findings and texts; this one the boundaries, worked out by hand).
describe("verifiedAge", () => {
  it.each([
    ["2026-02-30", "not-a-date"], // February has no 30th
    ["2026-11-28T00:00", "not-a-date"],
    ["28-11-2026", "not-a-date"],
    ["2026-11-29", "future"], // one day after today
    ["2026-11-28", "fresh"], // today
    ["2025-11-28", "fresh"], // exactly twelve months before
    ["2025-11-27", "stale"], // one day more
  ])("%s against 2026-11-28 with 12 months is %s", (verified, age) => {
    expect(verifiedAge(verified, "2026-11-28", 12)).toBe(age);
  });

  it("counts calendar months, clamped to the month's end: 12 months before 2028-02-29 is 2027-02-28", () => {
    expect(verifiedAge("2027-02-28", "2028-02-29", 12)).toBe("fresh");
    expect(verifiedAge("2027-02-27", "2028-02-29", 12)).toBe("stale");
  });

  it("knows leap days", () => {
    expect(isRealDate("2028-02-29")).toBe(true);
    expect(isRealDate("2027-02-29")).toBe(false);
  });
});
