import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "yaml";
import { describe, expect, it } from "vitest";
import { mergeAdvice } from "../../src/engine/engine.js";
import { urgencyRank, type Urgency } from "../../src/model/urgency.js";
import type { AnswerValue } from "../../src/engine/state.js";
import { loadSet, replayCase, ROOT } from "../helpers.js";

// Fictional case vignettes, replayed through the same engine as a consult.
// Each expected value was worked out by hand from the trees by its author.
interface Vignette {
  readonly description: { nl: string; en: string };
  readonly answers: Record<string, AnswerValue>;
  readonly expect: { readonly outcome: string; readonly urgency: Urgency; readonly contacts: readonly string[] };
}

const dir = join(ROOT, "test/vignettes");
const files = readdirSync(dir).filter((f) => f.endsWith(".yaml")).sort();
const set = loadSet(join(ROOT, "trees"));
const vignettes = files.map((f) => [f, parse(readFileSync(join(dir, f), "utf8")) as Vignette] as const);

describe("case vignettes on the bundled trees", () => {
  it("there are at least 12", () => {
    expect(files.length).toBeGreaterThanOrEqual(12);
  });

  it.each(vignettes)("%s", (_file, v) => {
    const pos = replayCase(set, v.answers);
    expect(pos.done).toBe(true);
    expect(pos.node.id).toBe(v.expect.outcome);
    const advice = mergeAdvice(pos.collected);
    expect(advice.map((a) => a.contact)).toEqual(v.expect.contacts);
    const mostUrgent = advice.reduce<Urgency>((u, a) => (urgencyRank(a.urgency) < urgencyRank(u) ? a.urgency : u), "advies");
    expect(mostUrgent).toBe(v.expect.urgency);
  });

  it("together they reach every outcome of the bundled trees", () => {
    const reached = new Set<string>();
    for (const [, v] of vignettes) reached.add(v.expect.outcome);
    const outcomes = [...set.nodes.values()].filter((e) => e.node.kind === "outcome").map((e) => e.node.id);
    expect(outcomes.filter((o) => !reached.has(o))).toEqual([]);
  });

  it("use only fictional, non-identifying descriptions", () => {
    for (const [file, v] of vignettes) {
      const text = `${v.description.nl} ${v.description.en}`;
      expect(text, file).not.toMatch(/\b(BSN|burgerservicenummer|geboren op|straat \d)/i);
    }
  });
});
