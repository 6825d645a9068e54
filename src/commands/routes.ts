import { buildGraph } from "../analysis/graph.js";
import type { PathFacts } from "../analysis/path-facts.js";
import { EXIT } from "../io/exit-codes.js";
import type { Io } from "../io/io.js";
import type { Lang } from "../model/text.js";
import type { OutcomeNode } from "../model/tree.js";
import { urgencyRank } from "../model/urgency.js";
import { routeJson } from "../render/route-text.js";
import { makeStyle } from "../render/style.js";
import { routesText, toJson, type OutcomeRow } from "../render/views-text.js";
import { checkRules } from "../pipeline/load-checked.js";
import { loadTreesWith } from "./support/load-trees.js";
import { factsOrExit, treeOrExit } from "./support/view-support.js";

export interface RoutesOptions {
  readonly lang: Lang;
  readonly color: boolean;
  readonly tree?: string;
  readonly json?: boolean;
  readonly trees?: readonly string[];
}

export type { OutcomeRow };

/**
 * The outcome table: one row per outcome (of one tree, or all), most urgent first. Pure. Without
 * `withRoutes` the rows carry no `shortestPath` (null): the text view writes the routes itself.
 */
export function outcomeRows(facts: PathFacts, lang: Lang, onlyTree?: string, withRoutes = true): OutcomeRow[] {
  const set = facts.graph.set;
  const rows: OutcomeRow[] = [];
  for (const tree of set.trees.values()) {
    if (onlyTree !== undefined && tree.id !== onlyTree) continue;
    for (const node of Object.values(tree.nodes)) {
      if (node.kind !== "outcome") continue;
      const o: OutcomeNode = node;
      const route = withRoutes ? facts.shortestRoute(o.id) : undefined;
      rows.push({
        id: o.id,
        tree: tree.id,
        title: o.title[lang],
        urgency: o.urgency,
        paths: facts.paths.get(o.id) ?? 0n,
        shortestPath: route ? routeJson(set, route, lang) : null,
        fewestQuestions: facts.minQuestions.get(o.id) ?? null,
        mostQuestions: facts.maxQuestions.get(o.id) ?? null,
      });
    }
  }
  // Stable sort: most urgent first, then in the order the trees list them.
  return rows.sort((a, b) => urgencyRank(a.urgency) - urgencyRank(b.urgency));
}

/** Exit 0; 1 when the trees cannot be used (or contain a cycle); 2 for an unknown tree. */
export function run(opts: RoutesOptions, io: Io): number {
  const lang = opts.lang;
  const set = loadTreesWith({ paths: opts.trees, cwd: io.cwd, lang, rules: "structural" }, checkRules);
  if (opts.tree !== undefined) treeOrExit(set, opts.tree);
  const facts = factsOrExit(buildGraph(set));
  const rows = outcomeRows(facts, lang, opts.tree, opts.json === true);
  if (opts.json) {
    io.out(
      toJson({ start: facts.start, totalPaths: facts.totalPaths, complete: facts.factGraph.complete, outcomes: rows }),
    );
    return EXIT.ok;
  }
  io.out(routesText(set, facts, rows, lang, makeStyle(opts.color)));
  return EXIT.ok;
}
