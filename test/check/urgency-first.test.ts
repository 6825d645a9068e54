import { describe, expect, it } from "vitest";
import { urgencyFirst } from "../../src/check/rules/urgency-first.js";
import { brief, check, invalid, VALID } from "./check-helpers.js";

describe("urgency-first", () => {
  it("accepts an acute-danger question after an introduction, whose 'ja' passes an info node with 112 and whose unknown carries 112 itself", () => {
    expect(check(VALID, [urgencyFirst])).toEqual([]);
  });

  it("reports a consult that starts with another question, at the tree's entry", () => {
    const ds = check(invalid("urgency-first/not-first"), [urgencyFirst]);
    // Line 9 is `entry: leeftijd`: the value starts at column 8.
    expect(brief(ds)).toEqual(["start.yaml:9:8 error urgency-first"]);
    expect(ds[0]!.message.nl).toContain("'leeftijd'");
    expect(ds[0]!.message.en).toContain("asks: acute-danger");
  });

  it("reports an acute-danger question without an acute answer, at its answers", () => {
    const ds = check(invalid("urgency-first/no-acute-answer"), [urgencyFirst]);
    // Line 16 is `      - { id: ja, ...`: the answers list starts at column 7.
    expect(brief(ds)).toEqual(["start.yaml:16:7 error urgency-first"]);
    expect(ds[0]!.message.en).toContain("acute: true");
  });

  it("reports each acute answer and the unknown that meet a question, or only non-acute 112 advice, before 112", () => {
    const ds = check(invalid("urgency-first/no-112"), [urgencyFirst]);
    expect(brief(ds)).toEqual([
      // Line 18: `      - { id: ja, label: { nl: Ja, en: "Yes" }, next: wie, acute: true }`: `wie` at column 55.
      "start.yaml:18:55 error urgency-first",
      // Line 21: `    unknown: { next: twijfel }`: `twijfel` at column 22 (its info node advises 112 as spoed only).
      "start.yaml:21:22 error urgency-first",
    ]);
    expect(ds[0]!.message.en).toContain("acute answer 'ja'");
    expect(ds[1]!.message.nl).toContain("'weet ik niet'");
    // 'direct' passes an info node and a link to an outcome that advises 112: not reported.
    expect(ds.some((d) => d.message.en.includes("'direct'"))).toBe(false);
  });
});
