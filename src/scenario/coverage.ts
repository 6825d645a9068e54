import { buildFactGraph } from "../analysis/fact-graph.js";
import { buildGraph } from "../analysis/graph.js";
import type { TreeSet } from "../model/tree-set.js";
import type { ScenarioResult } from "./run-scenario.js";

/** Covered out of possible for one kind of thing; `total` also counts what no consult can reach. */
export interface Count {
  readonly covered: number;
  /** What a consult can reach from the main entry (on the fact graph). */
  readonly possible: number;
  /** Every such thing in the trees (the node graph `stats` counts). */
  readonly total: number;
  /** Possible but reached by no scenario: `node: answer` for edges, the node id for outcomes. */
  readonly missing: readonly string[];
  /** In the trees, but no consult can reach it (earlier answers rule it out). */
  readonly unreachable: readonly string[];
  /** covered / possible, in percent (100 when nothing is possible). */
  readonly percent: number;
}

export interface TreeCoverage {
  readonly tree: string;
  /** Answers at questions (answer ids and `unknown`). */
  readonly answers: Count;
  /** Ways out of checklists (`route-N`, `otherwise`, `unknown`). */
  readonly routes: Count;
  readonly outcomes: Count;
  readonly all: Count;
}

export interface Coverage {
  readonly trees: readonly TreeCoverage[];
  readonly all: Count;
  /** False when a checklist was too large to try every combination: `possible` is then approximate. */
  readonly complete: boolean;
}

const percent = (covered: number, possible: number) =>
  possible === 0 ? 100 : Math.floor((covered * 1000) / possible) / 10;

/**
 * Which answers, checklist routes and outcomes of the trees the scenarios reach. Everything is counted on
 * the graphs validate, routes and stats use: `total` on the node graph (stats' edges and outcomes), `possible`
 * on the fact graph from the main entry (what routes counts as reachable: a branch case or an answer that
 * earlier answers rule out is not possible), `covered` from the edges the scenarios' runs took through the
 * engine. An answer taken without being asked (implied by earlier answers) counts as taken.
 */
export function computeCoverage(set: TreeSet, results: readonly ScenarioResult[]): Coverage {
  const graph = buildGraph(set);
  const kindOf = (id: string) => set.nodes.get(id)?.node.kind;
  const treeOf = (id: string) => set.nodes.get(id)!.tree.id;
  // Every answer edge and outcome in the trees, keyed `node\tlabel` (outcomes: `node\t`).
  const total = new Map<string, "answers" | "routes" | "outcomes">();
  for (const [id, edges] of graph.out) {
    const kind = kindOf(id);
    if (kind === "outcome") total.set(`${id}\t`, "outcomes");
    if (kind !== "question" && kind !== "checklist") continue;
    for (const e of edges) total.set(`${id}\t${e.label}`, kind === "question" ? "answers" : "routes");
  }
  const fg = buildFactGraph(set);
  const possible = new Set<string>();
  const addImplied = (list: readonly { node: string; answer: unknown }[]) => {
    for (const a of list) possible.add(`${a.node}\t${String(a.answer)}`);
  };
  addImplied(fg.start.implied);
  for (const s of fg.states) if (s.node.kind === "outcome") possible.add(`${s.node.id}\t`);
  for (const list of fg.out) {
    for (const e of list) {
      const node = fg.states[e.from]!.node;
      if (node.kind === "question" || node.kind === "checklist") possible.add(`${node.id}\t${e.label}`);
      addImplied(e.implied);
    }
  }
  const covered = new Set<string>();
  for (const r of results) {
    for (const t of r.taken) covered.add(`${t.node}\t${t.label}`);
    if (r.landed) covered.add(`${r.landed.outcome}\t`);
  }
  const count = (keys: readonly string[]): Count => {
    const poss = keys.filter((k) => possible.has(k));
    const cov = poss.filter((k) => covered.has(k));
    const show = (k: string) => (k.endsWith("\t") ? k.slice(0, -1) : k.replace("\t", ": "));
    return {
      covered: cov.length,
      possible: poss.length,
      total: keys.length,
      missing: poss.filter((k) => !covered.has(k)).map(show),
      unreachable: keys.filter((k) => !possible.has(k)).map(show),
      percent: percent(cov.length, poss.length),
    };
  };
  const keysOf = (tree: string | undefined, kind?: "answers" | "routes" | "outcomes") =>
    [...total]
      .filter(
        ([k, v]) => (kind === undefined || v === kind) && (tree === undefined || treeOf(k.split("\t")[0]!) === tree),
      )
      .map(([k]) => k);
  const trees = [...set.trees.keys()].map((tree) => ({
    tree,
    answers: count(keysOf(tree, "answers")),
    routes: count(keysOf(tree, "routes")),
    outcomes: count(keysOf(tree, "outcomes")),
    all: count(keysOf(tree)),
  }));
  return { trees, all: count(keysOf(undefined)), complete: fg.complete };
}
