import { describe, expect, it } from "vitest";
import { genLargeTree } from "../../bench/gen-trees.mjs";
import { buildGraph } from "../../src/analysis/graph.js";
import { isQuestion, pathFacts } from "../../src/analysis/path-facts.js";
import { outcomeRows } from "../../src/commands/routes.js";
import { loadFromTexts } from "../../src/load/load.js";

// The views' path facts on a deep generated set (two linked ladders), where the longest route and the
// shortest routes are long: what `stats` and `routes` print must not depend on how often they are asked.
function deepSet() {
  const g = genLargeTree(600, 300);
  const loaded = loadFromTexts(
    g.trees.map((t) => ({ file: t.file, text: t.text })),
    { file: g.contacts.file, text: g.contacts.text },
  );
  expect(loaded.diagnostics.filter((d) => d.severity === "error")).toEqual([]);
  return loaded.treeSet!;
}

describe("pathFacts on a deep set", () => {
  const set = deepSet();
  const r = pathFacts(buildGraph(set));
  if (!r.ok) throw new Error("the generated set has no cycle");
  const facts = r.facts;

  it("the longest route goes to the first outcome (in topological order) with the most questions, and asks that many", () => {
    const most = Math.max(...facts.outcomes.map((id) => facts.maxQuestions.get(id) ?? -1));
    const first = facts.outcomes.find((id) => facts.maxQuestions.get(id) === most);
    expect(facts.longest.outcome).toBe(first);
    expect(facts.longest.questions).toBe(most);
    // Counted from the route itself: the steps at questions and checklists that were asked (not implied).
    const asked = facts.longest.route.filter((s) => !s.implied && isQuestion(set.nodes.get(s.node)!.node)).length;
    expect(asked).toBe(most);
  });

  it("a shortest route is the same when asked twice, and the text view's rows are the JSON rows without routes", () => {
    const id = facts.outcomes.at(-1)!;
    const first = facts.shortestRoute(id)!;
    // A shortest route asks the fewest questions the outcome can be reached with.
    expect(first.filter((s) => !s.implied && isQuestion(set.nodes.get(s.node)!.node)).length).toBe(
      facts.minQuestions.get(id),
    );
    const withRoutes = outcomeRows(facts, "en");
    // Asked again after the views used the memo: the same route.
    expect(facts.shortestRoute(id)).toEqual(first);
    const without = outcomeRows(facts, "en", undefined, false);
    expect(without).toEqual(withRoutes.map((row) => ({ ...row, shortestPath: null })));
    expect(withRoutes.filter((row) => row.shortestPath !== null).length).toBeGreaterThan(100);
  });
});
