import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { buildFactGraph, factGraphOf } from "../../src/analysis/fact-graph.js";
import { buildGraph } from "../../src/analysis/graph.js";
import { pathFacts } from "../../src/analysis/path-facts.js";
import { proveOnSet } from "../../src/analysis/invariants.js";
import { loadFromTexts } from "../../src/load/load.js";
import type { TreeSet } from "../../src/model/tree-set.js";
import { FIXTURES } from "../helpers.js";

// The fact graph does not keep apart states that differ only in a fact an outcome's text line reads: no rule
// or view reads lines per state. Such a fact is still on the edge that set it, so an invariant over it is
// proved as before. A fictional set: q1 "ja" sets f1, which only the outcome's second action line reads.
const CONTACTS = {
  file: "contacts.yaml",
  text: readFileSync(join(FIXTURES, "trees/invalid/cautious-unknown/contacts.yaml"), "utf8"),
};
const t = (s: string) => ({ nl: `${s} (nl)`, en: `${s} (en)` });

function setWith(require: object): TreeSet {
  const tree = {
    id: "t",
    version: "1.0.0",
    title: t("T"),
    main: true,
    sources: [{ id: "s", url: "https://example.org/s" }],
    facts: [{ id: "f1", description: t("f1") }],
    entry: "gevaar",
    nodes: {
      gevaar: { kind: "danger", ja: { next: "bel" }, nee: { next: "q1" }, unknown: { next: "bel" } },
      bel: {
        kind: "info",
        text: t("Bel"),
        advice: [{ contact: "alarm-112", urgency: "acuut", why: t("gevaar") }],
        next: "q1",
      },
      q1: {
        kind: "question",
        text: t("q1"),
        answers: [
          { id: "ja", label: t("ja"), next: "q2", sets: ["f1"] },
          { id: "nee", label: t("nee"), next: "q2" },
        ],
      },
      q2: {
        kind: "question",
        text: t("q2"),
        answers: [
          { id: "ja", label: t("ja"), next: "uit" },
          { id: "nee", label: t("nee"), next: "uit" },
        ],
      },
      uit: {
        kind: "outcome",
        title: t("uit"),
        urgency: "regulier",
        advice: [{ contact: "team-b", urgency: "advies", why: t("steun") }],
        actions: [t("altijd"), { text: t("alleen na ja"), when: "f1" }],
      },
    },
    invariants: [{ id: "f1-team-a", description: t("inv"), when: { fact: "f1" }, require }],
  };
  const loaded = loadFromTexts([{ file: "t.yaml", text: JSON.stringify(tree) }], CONTACTS);
  if (!loaded.treeSet) throw new Error(JSON.stringify(loaded.diagnostics));
  return loaded.treeSet;
}

const statesAt = (states: readonly { node: { id: string } }[], id: string) =>
  states.filter((s) => s.node.id === id).length;

describe("the rules' fact graph and outcome lines", () => {
  it("keeps one state per node where only an outcome line reads the fact; routes and stats count every path", () => {
    const set = setWith({ advises: "team-b" });
    for (const fg of [buildFactGraph(set), factGraphOf(set)]) {
      expect(statesAt(fg.states, "q2")).toBe(1);
      expect(statesAt(fg.states, "uit")).toBe(1);
      // The edge that set the fact still says so.
      expect(
        fg.out
          .flat()
          .filter((e) => e.facts.has("f1"))
          .map((e) => e.label),
      ).toEqual(["ja"]);
    }
    // gevaar ja / nee / weet ik niet (ja and weet ik niet through "bel"), then q1 x q2: 3 x 2 x 2 paths.
    const pf = pathFacts(buildGraph(set));
    expect(pf.ok && pf.facts.paths.get("uit")).toBe(12n);
    expect(pf.ok && pf.facts.maxQuestions.get("uit")).toBe(3);
  });

  it("still proves an invariant over that fact, and still finds its counterexample", () => {
    expect(
      proveOnSet(setWith({ advises: "team-b" }), setWith({ advises: "team-b" }).trees.get("t")!.invariants![0]!),
    ).toMatchObject({ kind: "holds", applies: true });
    const bad = setWith({ advises: "team-a" });
    const r = proveOnSet(bad, bad.trees.get("t")!.invariants![0]!);
    expect(r.kind).toBe("violated");
    if (r.kind !== "violated") return;
    expect(r.steps.map((s) => `${s.node}:${s.edge.label}`)).toEqual(["gevaar:nee", "q1:ja", "q2:ja"]);
    expect(r.outcome).toBe("uit");
  });
});
