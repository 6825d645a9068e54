import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { buildGraph } from "../../src/analysis/graph.js";
import { pathFacts, type PathFacts } from "../../src/analysis/path-facts.js";
import { CliError, EXIT } from "../../src/io/exit-codes.js";
import { factsOrExit } from "../../src/commands/support/view-support.js";
import { loadFromTexts } from "../../src/load/load.js";
import type { TreeSet } from "../../src/model/tree-set.js";
import { BASIC, FIXTURES, loadSet } from "../helpers.js";

const CONTACTS = { file: "contacts.yaml", text: readFileSync(join(BASIC, "contacts.yaml"), "utf8") };

function setFromYaml(text: string): TreeSet {
  const r = loadFromTexts([{ file: "gen.yaml", text }], CONTACTS);
  if (!r.treeSet) throw new Error(r.diagnostics.map((d) => `${d.line}:${d.column} ${d.message.en}`).join("\n"));
  return r.treeSet;
}

function facts(set: TreeSet): PathFacts {
  const r = pathFacts(buildGraph(set));
  if (!r.ok) throw new Error(`cycle ${r.cycle.join(" -> ")}`);
  return r.facts;
}

const header = (entry: string) =>
  `id: gen\nversion: 1.0.0\ntitle: { nl: Gen, en: Gen }\nmain: true\nsources: [ { id: s, url: https://example.org/s } ]\nentry: ${entry}\nnodes:\n`;
const question = (id: string, yes: string, no: string) =>
  `  ${id}:\n    kind: question\n    text: { nl: "${id}?", en: "${id}?" }\n    answers:\n      - { id: ja, label: { nl: Ja, en: "Yes" }, next: ${yes} }\n      - { id: nee, label: { nl: Nee, en: "No" }, next: ${no} }\n`;
const outcome = (id: string) =>
  `  ${id}:\n    kind: outcome\n    title: { nl: ${id}, en: ${id} }\n    urgency: advies\n    advice: [ { contact: team-a, urgency: advies, why: { nl: T, en: T } } ]\n`;

describe("path facts", () => {
  it("counts paths per node on the basic fixture (checked by hand)", () => {
    const f = facts(loadSet(BASIC));
    // gevaar: ja and unknown -> bel-112 (2 paths); soort = 2 via bel-112 + 1 via nee = 3;
    // soort has 3 edges to naar-vervolg (route-1, route-2, unknown) -> 9; overleg 9; melden 2 answers x 9 = 18; rustig 3.
    expect(Object.fromEntries(f.paths)).toEqual({
      gevaar: 1n,
      "bel-112": 2n,
      soort: 3n,
      "naar-vervolg": 9n,
      rustig: 3n,
      overleg: 9n,
      melden: 18n,
    });
    expect(f.totalPaths).toBe(21n);
    expect(f.outcomes.slice().sort()).toEqual(["melden", "rustig"]);
  });

  it("counts questions (question and checklist nodes; not info or link) before each outcome", () => {
    const f = facts(loadSet(BASIC));
    expect([f.minQuestions.get("melden"), f.maxQuestions.get("melden")]).toEqual([3, 3]);
    expect([f.minQuestions.get("rustig"), f.maxQuestions.get("rustig")]).toEqual([2, 2]);
    expect(f.longest.questions).toBe(3);
    expect(f.longest.outcome).toBe("melden");
  });

  it("gives the shortest route by breadth-first search, as (node, answer) steps", () => {
    const f = facts(loadSet(BASIC));
    // Via 'ja' the route is gevaar, bel-112, soort, rustig (3 edges); 'nee' reaches soort in one step (2 edges).
    expect(f.shortestRoute("rustig")).toEqual([
      { node: "gevaar", answer: "nee" },
      { node: "soort", answer: "otherwise", ticked: [] },
    ]);
    expect(f.shortestRoute("melden")).toEqual([
      { node: "gevaar", answer: "nee" },
      { node: "soort", answer: "route-1", ticked: ["geld", "spijbelen"] },
      { node: "naar-vervolg", answer: "link" },
      { node: "overleg", answer: "ja" },
    ]);
    expect(f.shortestRoute("gevaar")).toEqual([]);
  });

  it("tells the shortest route (edges) from the route with the fewest questions", () => {
    // a: ja -> b (question) -> end ; nee -> c (info) -> end. Both routes have 2 edges.
    const set = setFromYaml(
      header("a") +
        question("a", "b", "c") +
        question("b", "eind", "eind") +
        `  c:\n    kind: info\n    text: { nl: C, en: C }\n    next: eind\n` +
        outcome("eind") +
        outcome("los"),
    );
    const f = facts(set);
    expect(f.paths.get("eind")).toBe(3n); // b's two answers + c
    expect([f.minQuestions.get("eind"), f.maxQuestions.get("eind")]).toEqual([1, 2]);
    expect(f.shortestRoute("eind")).toEqual([
      { node: "a", answer: "ja" },
      { node: "b", answer: "ja" },
    ]);
    expect(f.fewestQuestionsRoute("eind")).toEqual([
      { node: "a", answer: "nee" },
      { node: "c", answer: "continue" },
    ]);
    // An outcome nobody reaches: no paths, no route.
    expect(f.paths.get("los")).toBe(0n);
    expect(f.shortestRoute("los")).toBeUndefined();
    expect(f.minQuestions.has("los")).toBe(false);
    expect(f.totalPaths).toBe(3n);
  });

  it("counts 2^60 paths of a rejoining chain of 60 questions exactly, without enumerating them", () => {
    let yaml = header("q0");
    for (let i = 0; i < 60; i++)
      yaml += question(`q${i}`, i === 59 ? "eind" : `q${i + 1}`, i === 59 ? "eind" : `q${i + 1}`);
    yaml += outcome("eind");
    // How long it takes is measured in bench/chain-bench.mjs (per question, against a short chain); here, the counts.
    const f = facts(setFromYaml(yaml));
    expect(f.paths.get("eind")).toBe(2n ** 60n);
    expect(f.totalPaths).toBe(1152921504606846976n);
    expect(f.longest.questions).toBe(60);
    expect(f.longest.route).toHaveLength(60);
    expect(f.shortestRoute("eind")).toHaveLength(60);
  });

  it("refuses a cyclic graph and names the cycle; commands exit 1 and point to validate", () => {
    const graph = buildGraph(loadSet(join(FIXTURES, "trees/views/cycle")));
    const r = pathFacts(graph);
    expect(r.ok).toBe(false);
    expect(!r.ok && r.cycle).toEqual(["a", "b", "a"]);
    let error: unknown;
    try {
      factsOrExit(graph);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(CliError);
    expect((error as CliError).exitCode).toBe(EXIT.problems);
    expect((error as CliError).text.nl).toContain("signaalroute validate");
    expect((error as CliError).text.en).toContain("a -> b -> a");
  });
});
