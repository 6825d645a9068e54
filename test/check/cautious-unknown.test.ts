import { describe, expect, it } from "vitest";
import { cautiousUnknown } from "../../src/check/rules/cautious-unknown.js";
import { brief, check, invalid, VALID } from "./check-helpers.js";

describe("cautious-unknown", () => {
  it("accepts a valid set (its one less cautious unknown carries a justification)", () => {
    expect(check(VALID, [cautiousUnknown])).toEqual([]);
  });

  it("reports an unknown whose most urgent reachable advice is less urgent than a known answer's, at the unknown's next", () => {
    const ds = check(invalid("cautious-unknown"), [cautiousUnknown]);
    // Line 26 is `    unknown: { next: school }` (node 'dwang'): `school` at column 22.
    // Not reported: 'school' (advice on the unknown edge itself) and 'geld' (justified).
    expect(brief(ds)).toEqual(["start.yaml:26:22 error cautious-unknown"]);
    expect(ds[0]!.message.en).toContain("'dwang'");
    expect(ds[0]!.message.en).toContain("'regulier'");
    expect(ds[0]!.message.en).toContain("answer 'ja'");
    expect(ds[0]!.message.en).toContain("'spoed'");
    expect(ds[0]!.message.nl).toContain("justification");
  });

  it("is skipped on a cyclic graph (it needs the topological order)", () => {
    expect(cautiousUnknown.needsAcyclic).toBe(true);
  });
});
