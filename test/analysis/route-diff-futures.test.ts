import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { diffRoutes } from "../../src/analysis/route-diff.js";
import { loadFromTexts } from "../../src/load/load.js";
import { isEmptyDiff } from "../../src/render/diff-text.js";
import { FIXTURES } from "../helpers.js";

// An early info step names one more contact in the new version; everything after it is the same. The walk stops
// where both sides stand at the same question with the same facts (only the advice so far differs) and combines
// the two prefixes with the futures of that question, computed once (src/analysis/route-diff.ts).
const contacts = {
  file: "contacts.yaml",
  text: readFileSync(join(FIXTURES, "trees/views/diff-old/contacts.yaml"), "utf8"),
};
const W = "why: { nl: W, en: W }";
const tree = (extraAtInfo: string) =>
  loadFromTexts(
    [
      {
        file: "t.yaml",
        text: `id: t
version: 1.0.0
title: { nl: T, en: T }
main: true
sources: [ { id: s, url: https://example.org/s } ]
entry: q0
nodes:
  q0:
    kind: question
    text: { nl: "q0?", en: "q0?" }
    answers:
      - { id: ja, label: { nl: ja, en: "yes" }, next: i }
      - { id: nee, label: { nl: nee, en: "no" }, next: q1 }
  i:
    kind: info
    title: { nl: I, en: I }
    text: { nl: I, en: I }
    advice: [ { contact: alarm-112, urgency: acuut, ${W} }${extraAtInfo} ]
    next: q1
  q1:
    kind: question
    text: { nl: "q1?", en: "q1?" }
    answers:
      - { id: ja, label: { nl: ja, en: "yes" }, next: q2, advice: [ { contact: team-b, urgency: spoed, ${W} } ] }
      - { id: nee, label: { nl: nee, en: "no" }, next: q2 }
  q2:
    kind: question
    text: { nl: "q2?", en: "q2?" }
    answers:
      - { id: ja, label: { nl: ja, en: "yes" }, next: eind, advice: [ { contact: team-b, urgency: regulier, ${W} } ] }
      - { id: nee, label: { nl: nee, en: "no" }, next: eind }
  eind:
    kind: outcome
    title: { nl: E, en: E }
    urgency: regulier
    advice: [ { contact: alarm-112, urgency: advies, ${W} } ]
`,
      },
    ],
    contacts,
  ).treeSet!;

describe("diff: one more contact early, the same continuation on both sides", () => {
  const before = tree("");
  const after = tree(`, { contact: team-a, urgency: acuut, ${W} }`);

  it("counts the changed results and combinations exactly (worked out by hand)", () => {
    const d = diffRoutes(before, after);
    expect(d.complete).toBe(true);
    // 2 x 2 x 2 = 8 combinations; the 4 with q0=ja pass the info step and change (team-a added). Their ends differ
    // in team-b: q1=ja gives spoed (whatever q2 says: spoed is more urgent than regulier), q1=nee q2=ja regulier,
    // q1=nee q2=nee none: 3 distinct results, with 2, 1 and 1 combinations.
    expect(d.combinationPaths).toBe(4n);
    expect(d.combinationsTotal).toBe(3);
    expect(d.combinations.map((c) => c.count).sort()).toEqual([1n, 1n, 2n]);
    expect(d.summary).toHaveLength(1);
    expect(d.summary[0]!.added).toEqual([{ contact: "team-a", urgency: "acuut" }]);
    expect(d.summary[0]!.removed).toEqual([]);
    expect(d.summary[0]!.order).toBeUndefined();
    expect([d.summary[0]!.results, d.summary[0]!.paths]).toEqual([3, 4n]);
    for (const c of d.combinations) {
      // Each listed combination is a whole route: q0, then the two questions after the stop.
      expect(c.answers.map((a) => a.node)).toEqual(["q0", "q1", "q2"]);
      expect(c.answers[0]!.answer).toBe("ja");
      expect(c.new.advice[0]).toEqual({ contact: "alarm-112", urgency: "acuut" });
      expect(c.new.advice[1]).toEqual({ contact: "team-a", urgency: "acuut" });
      expect(c.old.advice.some((a) => a.contact === "team-a")).toBe(false);
    }
    const spoed = d.combinations.find((c) => c.count === 2n)!;
    expect(spoed.answers[1]!.answer).toBe("ja");
    expect(spoed.new.advice.find((a) => a.contact === "team-b")?.urgency).toBe("spoed");
  });

  it("a walk that stops at its limit never says the routes are the same", () => {
    const cut = diffRoutes(before, after, { combinations: 10, states: 1, checklistItems: 14 });
    expect(cut.complete).toBe(false);
    expect(isEmptyDiff(cut)).toBe(false);
  });
});
