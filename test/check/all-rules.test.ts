import { readdirSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { ALL_RULES, STRUCTURAL_RULES } from "../../src/check/rules/index.js";
import { check, invalid, VALID } from "./check-helpers.js";

/** Each fixture breaks one rule; the others must stay silent, or a test could pass for the wrong reason. */
const FIXTURES: [string, string[]][] = [
  ["urgency-first/not-first", ["urgency-first"]],
  ["urgency-first/label-swap", ["urgency-first"]],
  ["urgency-first/danger-in-checklist", ["urgency-first"]],
  ["urgency-first/no-112", ["urgency-first"]],
  ["urgency-first/other-acute-first", ["urgency-first"]],
  ["outcome-urgency", ["outcome-urgency"]],
  ["entry-unreachable", ["reachable"]],
  ["cautious-unknown", ["cautious-unknown"]],
  ["cautious-unknown-guarantee", ["cautious-unknown"]],
  ["declared-invariants", ["declared-invariants"]],
  // Its route closes after 112: the declared invariant and outcome-urgency see the same flaw.
  ["forgetful", ["declared-invariants", "outcome-urgency"]],
  ["fact-use", ["fact-use"]],
  ["translations", ["translations"]],
  ["terminology", ["terminology"]],
  ["privacy", ["privacy"]],
  ["contact-freshness", ["contact-freshness"]],
  ["question-help", ["question-help"]],
];

describe("all rules", () => {
  it("registers every rule once, with a description in both languages", () => {
    const ids = ALL_RULES.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toEqual(
      expect.arrayContaining([
        "urgency-first",
        "cautious-unknown",
        "declared-invariants",
        "translations",
        "terminology",
        "privacy",
        "contact-freshness",
      ]),
    );
    for (const r of ALL_RULES) expect(r.description.nl && r.description.en).toBeTruthy();
    expect(STRUCTURAL_RULES.map((r) => r.id)).toEqual(["references", "no-cycle", "no-dead-end", "outcome-complete"]);
  });

  it("finds nothing in the valid fixture", () => {
    expect(check(VALID, ALL_RULES)).toEqual([]);
  });

  it.each(FIXTURES)("%s breaks only %j", (dir, rules) => {
    const ds = check(invalid(dir), ALL_RULES);
    expect(ds.length).toBeGreaterThan(0);
    expect([...new Set(ds.map((d) => d.ruleId))].sort()).toEqual([...rules].sort());
    // Every message exists in both languages.
    for (const d of ds)
      expect(d.message.nl.trim() && d.message.en.trim() && d.message.nl !== d.message.en).toBeTruthy();
  });

  it("has an invalid fixture folder, named after it, for every rule beyond the structural ones", () => {
    const folders = readdirSync(invalid(""));
    for (const rule of ALL_RULES.slice(5).map((r) => r.id)) expect(folders, rule).toContain(rule);
  });
});
