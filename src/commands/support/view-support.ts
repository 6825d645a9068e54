import { pathFacts, type PathFacts } from "../../analysis/path-facts.js";
import type { Graph } from "../../analysis/graph.js";
import { mt } from "../../i18n/messages.js";
import { CliError, EXIT } from "../../io/exit-codes.js";
import { sameText } from "../../model/text.js";
import type { Tree } from "../../model/tree.js";
import type { TreeSet } from "../../model/tree-set.js";
import { didYouMean } from "../../util/suggest.js";

// Shared by the view commands (graph, docs, routes, stats, diff).

/** Path facts, or exit 1 naming the cycle and pointing to `validate`. */
export function factsOrExit(graph: Graph): PathFacts {
  const r = pathFacts(graph);
  if (r.ok) return r.facts;
  const chain = r.cycle.join(" -> ");
  throw new CliError(mt("viewCycle", { chain }), EXIT.problems);
}

/** The tree named on the command line, or exit 2 with "Did you mean ...?". */
export function treeOrExit(set: TreeSet, id: string): Tree {
  const tree = set.trees.get(id);
  if (tree) return tree;
  const hint = didYouMean(id, set.trees.keys());
  const known = [...set.trees.keys()].join(", ");
  throw new CliError(
    mt("viewNoTree", { id, hint: hint ? mt("didYouMean", { hint }) : sameText(""), known }),
    EXIT.usage,
  );
}

// toJson and table moved to src/render/views-text.ts (pure formatters); re-exported for the commands that use them.
export { table, toJson } from "../../render/views-text.js";
