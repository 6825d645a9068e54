import { describe, expect, it } from "vitest";
import { genChain, genLargeTree, type Generated } from "../../bench/gen-trees.mjs";
import { buildGraph } from "../../src/analysis/graph.js";
import { pathFacts } from "../../src/analysis/path-facts.js";
import { runChecks } from "../../src/check/run-checks.js";
import { ALL_RULES } from "../../src/check/rules/index.js";
import { loadFromTexts } from "../../src/load/load.js";
import type { TreeSet } from "../../src/model/tree-set.js";
import { CONFIG } from "./check-helpers.js";

// Correctness at scale; the timing lives in bench/validate-bench.mjs.

function load(g: Generated): TreeSet {
  const r = loadFromTexts(g.trees, g.contacts);
  expect(r.diagnostics).toEqual([]);
  return r.treeSet!;
}

describe("validate at scale", () => {
  it("checks a generated set of 10,000 nodes in 10 linked files and finds nothing", { timeout: 180_000 }, () => {
    const g = genLargeTree(10_000);
    const set = load(g);
    expect(set.nodes.size).toBe(g.nodes);
    expect(set.nodes.size).toBeGreaterThanOrEqual(10_000);
    const graph = buildGraph(set);
    expect(graph.topo).toBeDefined();
    // Far too many routes to list, which is the point.
    const facts = pathFacts(graph);
    expect(facts.ok && facts.facts.totalPaths > 2n ** 200n).toBe(true);
    expect(runChecks(set, CONFIG, ALL_RULES, graph)).toEqual([]);
  });

  it("proves invariants over a rejoining chain of 60 questions (2^60 paths) and gives one counterexample", () => {
    const g = genChain(60);
    const set = load(g);
    const graph = buildGraph(set);
    const facts = pathFacts(graph);
    // 2^60 through the chain, plus the two routes through "ja, direct gevaar" and "weet ik niet".
    expect(facts.ok && facts.facts.totalPaths).toBe(2n ** 60n + 2n);

    const ds = runChecks(set, CONFIG, ALL_RULES, graph);
    expect(ds.map((d) => d.ruleId)).toEqual(["declared-invariants"]);
    const [d] = ds;
    expect(d!.messageId).toBe("violated");
    expect(d!.message.en).toContain("'team-a-en-b-spoed'");
    // One line per question on the way (the acute-danger question and all 60), then the outcome.
    const lines = d!.detail!.map((l) => l.en);
    expect(lines).toHaveLength(62);
    expect(lines[0]).toBe('gevaar: nee ("No, there is no direct danger now")');
    // The violating paths are exactly those answering "ja" at c0, the middle and three quarters.
    for (const q of [0, g.mid, g.late]) expect(lines).toContain(`c${q}: ja ("Yes")`);
    expect(lines.at(-1)).toBe("-> outcome 'einde' (advice: team-a (regulier), team-b (regulier))");
  });
});
