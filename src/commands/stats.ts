import { buildGraph } from "../analysis/graph.js";
import { isQuestion, type PathFacts } from "../analysis/path-facts.js";
import { EXIT } from "../io/exit-codes.js";
import type { Io } from "../io/io.js";
import type { Lang } from "../model/text.js";
import type { NodeKind } from "../model/tree.js";
import { routeJson } from "../render/route-text.js";
import { makeStyle } from "../render/style.js";
import { statsText, toJson, type Stats } from "../render/views-text.js";
import { checkRules } from "../pipeline/load-checked.js";
import { loadTreesWith } from "./support/load-trees.js";
import { factsOrExit } from "./support/view-support.js";

export interface StatsOptions {
  readonly lang: Lang;
  readonly color: boolean;
  readonly json?: boolean;
  readonly trees?: readonly string[];
}

export type { Stats };

/** Pure: the numbers of a tree set. */
export function computeStats(facts: PathFacts, lang: Lang): Stats {
  const graph = facts.graph;
  const byKind: Record<NodeKind, number> = { question: 0, checklist: 0, info: 0, link: 0, branch: 0, outcome: 0 };
  let questions = 0;
  for (const { node } of graph.set.nodes.values()) {
    byKind[node.kind]++;
    if (isQuestion(node)) questions++;
  }
  let edges = 0;
  for (const list of graph.out.values()) edges += list.length;
  return {
    trees: graph.set.trees.size,
    nodes: graph.set.nodes.size,
    byKind,
    questions,
    outcomes: byKind.outcome,
    edges,
    paths: facts.totalPaths,
    factGraph: facts.factGraph,
    longestRoute: {
      questions: facts.longest.questions,
      outcome: facts.longest.outcome ?? null,
      route: routeJson(graph.set, facts.longest.route, lang),
    },
  };
}

/** Exit 0; 1 when the trees cannot be used (or contain a cycle). */
export function run(opts: StatsOptions, io: Io): number {
  const lang = opts.lang;
  const set = loadTreesWith({ paths: opts.trees, cwd: io.cwd, lang, rules: "structural" }, checkRules);
  const facts = factsOrExit(buildGraph(set));
  const s = computeStats(facts, lang);
  if (opts.json) {
    io.out(toJson(s));
    return EXIT.ok;
  }
  io.out(statsText(s, set, facts, lang, makeStyle(opts.color)));
  return EXIT.ok;
}
