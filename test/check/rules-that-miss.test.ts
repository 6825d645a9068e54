import { describe, expect, it } from "vitest";
import { ALL_RULES } from "../../src/check/rules/index.js";
import { outcomeUrgency } from "../../src/check/rules/outcome-urgency.js";
import { reachable } from "../../src/check/rules/reachable.js";
import { urgencyFirst } from "../../src/check/rules/urgency-first.js";
import { brief, check, invalid, reported, VALID } from "./check-helpers.js";

const withIds = (ds: ReturnType<typeof check>) => ds.map((d, i) => `${brief(ds)[i]} ${d.messageId}`);

// Issue 13, item 11: rules that missed an outcome's urgency, an unreachable entry subtree and 112 put second.
describe("outcome-urgency", () => {
  it("accepts the valid fixture", () => {
    expect(check(VALID, [outcomeUrgency])).toEqual([]);
  });

  it("reports an outcome above its advice, one below the advice it always gives, and one that closes after 112", () => {
    const ds = check(invalid("outcome-urgency"), [outcomeUrgency]);
    expect(withIds(ds)).toEqual([
      // Line 36: `    urgency: acuut` of 'te-hoog' (only regulier advice): the value at column 14.
      "start.yaml:36:14 error outcome-urgency urgency-above-advice",
      // Line 42: `    urgency: advies` of 'te-laag' (always spoed advice).
      "start.yaml:42:14 error outcome-urgency urgency-below-advice",
      // Line 49: `    closes: true` of 'afsluiten', reached after "ja" passed 'bel-112'.
      "start.yaml:49:13 error outcome-urgency closes-after-112",
    ]);
    const found = reported(invalid("outcome-urgency"), outcomeUrgency);
    expect(found[0]!.data).toEqual({ node: "te-hoog", urgency: "acuut", most: "regulier" });
    // 'na-112' (regulier, after 112) is allowed: the headline level is the whole advice's.
    expect(found.map((r) => r.data.node)).toEqual(["te-hoog", "te-laag", "afsluiten"]);
  });

  it("only this rule breaks on its fixture", () => {
    expect([...new Set(check(invalid("outcome-urgency"), ALL_RULES).map((d) => d.ruleId))]).toEqual([
      "outcome-urgency",
    ]);
  });
});

describe("urgency-first: 112 is the first acute contact", () => {
  it("reports a contact given before 112 on a path where both end acute, at the node that gives it", () => {
    const ds = check(invalid("urgency-first/other-acute-first"), [urgencyFirst]);
    expect(ds.map((d) => d.messageId)).toEqual(["other-acute-before-112"]);
    expect(reported(invalid("urgency-first/other-acute-first"), urgencyFirst)[0]!.data).toEqual({
      contact: "team-a",
      node: "gevaar",
    });
    // "Weet ik niet" reaches the same node with 112 first (team A in the same list after it): one report, not two.
    expect(brief(ds)).toHaveLength(1);
  });

  it("accepts the valid fixture and the other urgency-first fixtures' paths where 112 comes first", () => {
    expect(check(VALID, [urgencyFirst])).toEqual([]);
  });
});

describe("reachable: a tree linked into at an inner node", () => {
  it("warns at the tree's entry, naming the nodes no consult reaches", () => {
    const ds = check(invalid("entry-unreachable"), [reachable]);
    expect(withIds(ds)).toEqual([
      // vervolg.yaml line 7: `entry: intro`: the value at column 8.
      "vervolg.yaml:7:8 warning reachable entry-unreachable",
    ]);
    expect(reported(invalid("entry-unreachable"), reachable)[0]!.data).toEqual({
      tree: "vervolg",
      entry: "intro",
      count: 2,
      nodes: "intro, oud",
    });
  });
});
