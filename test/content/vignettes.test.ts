import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { run } from "../../src/commands/scenario.js";
import { computeCoverage } from "../../src/scenario/coverage.js";
import { scenarioFilesOrStop } from "../../src/commands/support/scenario-files.js";
import { loadSuite, runSuite } from "../../src/scenario/suite.js";
import { fakeIo } from "../fake-io.js";
import { loadSet, ROOT } from "../helpers.js";

// The bundled example scenarios (scenarios/, shipped in the package): fictional case vignettes, each
// expected value worked out by hand from the trees by its author. They run through the same code as
// `signaalroute scenario run`: strictly, so a scenario that skips a question or answers one the route
// never asks fails.
const dir = join(ROOT, "scenarios");
const set = loadSet(join(ROOT, "trees"));
const suite = loadSuite(scenarioFilesOrStop([dir], ROOT), ROOT);
const results = runSuite(set, suite);

describe("the bundled scenarios on the bundled trees", () => {
  it("are all valid scenario files, at least 12 of them", () => {
    expect(
      suite.invalid.map((b) => b.diagnostics.map((d) => `${d.file}:${d.line}:${d.column} ${d.message.en}`)),
    ).toEqual([]);
    expect(suite.scenarios.length).toBeGreaterThanOrEqual(12);
  });

  it.each(results.map((r) => [r.scenario.id, r] as const))("%s", (_id, r) => {
    expect(r.failures.map((f) => `${f.location?.line ?? ""} ${f.message.en}`)).toEqual([]);
    expect(r.passed).toBe(true);
    // Each bundled scenario pins the whole landing place, not just a part of it.
    expect(Object.keys(r.scenario.expect ?? {}).sort()).toEqual(["contacts", "outcome", "urgency"]);
  });

  it("pass through `scenario run` itself: exit 0 and a closing count", async () => {
    const io = fakeIo({ cwd: ROOT });
    expect(await run({ lang: "en", color: false, paths: ["scenarios"] }, io)).toBe(0);
    expect(io.stdout()).toContain(`${results.length} passed, 0 failed`);
  });

  it("together reach every outcome of the bundled trees", () => {
    const cov = computeCoverage(set, results);
    expect(cov.all.unreachable).toEqual([]);
    expect(cov.trees.flatMap((t) => t.outcomes.missing)).toEqual([]);
    const outcomes = [...set.nodes.values()].filter((e) => e.node.kind === "outcome").length;
    expect(cov.trees.reduce((n, t) => n + t.outcomes.covered, 0)).toBe(outcomes);
  });

  it("use only fictional, non-identifying case texts", () => {
    for (const s of suite.scenarios) {
      expect(s.casus, s.id).toBeDefined();
      expect(`${s.casus!.nl} ${s.casus!.en}`, s.id).not.toMatch(/\b(BSN|burgerservicenummer|geboren op|straat \d)/i);
    }
  });
});
