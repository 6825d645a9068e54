import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { buildGraph } from "../../src/analysis/graph.js";
import { pathFacts } from "../../src/analysis/path-facts.js";
import { computeStats } from "../../src/commands/stats.js";
import { coverage } from "../../src/commands/scenario.js";
import { computeCoverage } from "../../src/scenario/coverage.js";
import { runScenario } from "../../src/scenario/run-scenario.js";
import { parseScenarioFile } from "../../src/scenario/scenario-file.js";
import { writeFileSync } from "node:fs";
import { fakeIo } from "../fake-io.js";
import { BASIC, loadSet, ROOT, tempDir } from "../helpers.js";

const set = loadSet(BASIC);
const TWO =
  "- id: a\n  answers: { gevaar: nee, soort: [] }\n  expect: { outcome: rustig }\n- id: b\n  answers: { gevaar: ja, soort: [geld], overleg: ja }\n  expect: { outcome: melden }\n";

describe("scenario coverage", () => {
  it("matches a hand count on the basic fixture", () => {
    // By hand, from test/fixtures/trees/valid/basic:
    //   start:   answers gevaar ja|nee|unknown (3); checklist soort route-1|route-2|otherwise|unknown (4); outcome rustig (1)
    //   vervolg: answers overleg ja|nee (2); outcome melden (1)
    // every one of them reachable. Scenario a takes gevaar:nee, soort:otherwise, rustig;
    // b takes gevaar:ja, soort:route-2 ([geld] alone), overleg:ja, melden.
    const results = parseScenarioFile("m.yaml", TWO).scenarios.map((s) => runScenario(set, s));
    expect(results.every((r) => r.passed)).toBe(true);
    const cov = computeCoverage(set, results);
    const start = cov.trees.find((t) => t.tree === "start")!;
    const vervolg = cov.trees.find((t) => t.tree === "vervolg")!;
    expect([start.answers.covered, start.answers.possible, start.answers.percent]).toEqual([2, 3, 66.6]);
    expect([start.routes.covered, start.routes.possible, start.routes.percent]).toEqual([2, 4, 50]);
    expect([start.outcomes.covered, start.outcomes.possible]).toEqual([1, 1]);
    expect([start.all.covered, start.all.possible, start.all.percent]).toEqual([5, 8, 62.5]);
    expect([vervolg.answers.covered, vervolg.answers.possible, vervolg.outcomes.covered]).toEqual([1, 2, 1]);
    expect([cov.all.covered, cov.all.possible, cov.all.percent]).toEqual([7, 11, 63.6]);
    expect(start.answers.missing).toEqual(["gevaar: unknown"]);
    expect(start.routes.missing).toEqual(["soort: route-1", "soort: unknown"]);
    expect(vervolg.answers.missing).toEqual(["overleg: nee"]);
    expect(cov.all.unreachable).toEqual([]);
  });

  it("counts on the same graph as stats and routes (bundled trees)", () => {
    const big = loadSet(join(ROOT, "trees"));
    const graph = buildGraph(big);
    const facts = pathFacts(graph);
    if (!facts.ok) throw new Error("cycle");
    const stats = computeStats(facts.facts, "en");
    const cov = computeCoverage(big, []);
    // stats counts every edge; answers and checklist routes are the edges out of questions and checklists.
    let other = 0;
    for (const [id, edges] of graph.out)
      if (!["question", "checklist"].includes(big.nodes.get(id)!.node.kind)) other += edges.length;
    expect(cov.trees.reduce((n, t) => n + t.answers.total + t.routes.total, 0)).toBe(stats.edges - other);
    expect(cov.trees.reduce((n, t) => n + t.outcomes.total, 0)).toBe(stats.outcomes);
    // An outcome is possible exactly when routes counts a path to it.
    const reachable = [...facts.facts.paths].filter(
      ([id, n]) => n > 0n && big.nodes.get(id)!.node.kind === "outcome",
    ).length;
    expect(cov.trees.reduce((n, t) => n + t.outcomes.possible, 0)).toBe(reachable);
    expect(cov.all.covered).toBe(0);
  }, 120_000); // builds the bundled fact graph: CPU-heavy on a loaded machine

  it("the command prints a table per tree, --json gives the numbers, --min fails below the threshold", async () => {
    const dir = tempDir("sr-cov-");
    writeFileSync(join(dir, "m.yaml"), TWO);
    const opts = { lang: "en" as const, color: false, trees: [BASIC], paths: ["m.yaml"] };
    const io = fakeIo({ cwd: dir });
    expect(await coverage(opts, io)).toBe(0);
    expect(io.stdout()).toMatch(/start\s+2\/3 \(66\.6%\)\s+2\/4 \(50%\)\s+1\/1 \(100%\)\s+5\/8 \(62\.5%\)/);
    expect(io.stdout()).toContain("  start  soort: unknown");
    const js = fakeIo({ cwd: dir });
    expect(await coverage({ ...opts, json: true, min: 63.6 }, js)).toBe(0);
    expect(JSON.parse(js.stdout()).all).toMatchObject({ covered: 7, possible: 11, percent: 63.6 });
    const low = fakeIo({ cwd: dir });
    expect(await coverage({ ...opts, min: 64 }, low)).toBe(1);
    expect(low.stderr()).toContain("Coverage 63.6% is below --min 64%.");
  });
});
