import { describe, expect, it } from "vitest";
import { checklistChoices, MAX_ENUMERATED_ITEMS } from "../../src/analysis/checklist-choices.js";
import type { ChecklistNode } from "../../src/model/tree.js";
import { loadSet } from "../helpers.js";
import { invalid } from "../check/check-helpers.js";

// The checklist 'signalen' of the declared-invariants fixture:
// route-1 anyOf [telefoons]; route-2 atLeast 2 (of all three); otherwise.
const node = loadSet(invalid("declared-invariants")).nodes.get("signalen")!.node as ChecklistNode;
const patterns = (watched: string[]) =>
  checklistChoices(node, watched).byEdge.map((l) => l.map((c) => c.pattern).sort());

describe("checklistChoices", () => {
  it("knows which ticks each route allows, by the engine's first-match rule", () => {
    // Watching 'geld' (bit 0): route-1 with or without it; route-2 only with it (geld + spijbelen,
    // since telefoons would take route-1); otherwise with it (alone) or without.
    expect(patterns(["geld"])).toEqual([[0, 1], [1], [0, 1]]);
    // Watching 'telefoons': always route-1, never elsewhere.
    expect(patterns(["telefoons"])).toEqual([[1], [0], [0]]);
  });

  it("gives the fewest ticks that take each route as the witness", () => {
    const c = checklistChoices(node, []);
    expect(c.exact).toBe(true);
    expect(c.byEdge.map((l) => l[0]!.ticked)).toEqual([["telefoons"], ["geld", "spijbelen"], []]);
  });

  it("treats items no route reads as free on every route", () => {
    const free: ChecklistNode = { ...node, routes: [{ anyOf: ["geld"], next: "x" }] };
    expect(checklistChoices(free, ["telefoons"]).byEdge.map((l) => l.map((c) => c.pattern).sort())).toEqual([
      [0, 1],
      [0, 1],
    ]);
  });

  it("over-approximates a checklist too large to enumerate, and says so", () => {
    const items = Array.from({ length: MAX_ENUMERATED_ITEMS + 1 }, (_, i) => ({
      id: `i${i}`,
      label: { nl: `Item ${i}`, en: `Item ${i} (en)` },
    }));
    const big: ChecklistNode = { ...node, items, routes: [{ atLeast: 3, next: "x" }] };
    const c = checklistChoices(big, ["i0"]);
    expect(c.exact).toBe(false);
    expect(c.byEdge.map((l) => l.map((x) => x.pattern))).toEqual([
      [0, 1],
      [0, 1],
    ]);
  });
});
