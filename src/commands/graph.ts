import { buildGraph } from "../analysis/graph.js";
import { CliError, EXIT } from "../io/exit-codes.js";
import type { Io } from "../io/io.js";
import { mt } from "../i18n/messages.js";
import type { Lang } from "../model/text.js";
import { toDot } from "../render/dot.js";
import { toMermaid } from "../render/mermaid.js";
import { checkRules } from "../pipeline/load-checked.js";
import { loadTreesWith } from "./support/load-trees.js";
import { treeOrExit } from "./support/view-support.js";
import { GRAPH_FORMATS } from "./support/formats.js";

export interface GraphOptions {
  readonly lang: Lang;
  readonly color: boolean;
  readonly tree?: string;
  readonly format?: string;
  readonly trees?: readonly string[];
}

/** Prints the trees (or one tree) as a Mermaid or DOT flowchart. Exit 0, 1 when the trees cannot be used, 2 on a bad tree or format. */
export function run(opts: GraphOptions, io: Io): number {
  const format = opts.format ?? "mermaid";
  if (!(GRAPH_FORMATS as readonly string[]).includes(format)) {
    throw new CliError(mt("graphFormat", { format }), EXIT.usage);
  }
  const set = loadTreesWith({ paths: opts.trees, cwd: io.cwd, lang: opts.lang, rules: "structural" }, checkRules);
  if (opts.tree !== undefined) treeOrExit(set, opts.tree);
  const graph = buildGraph(set);
  io.out(format === "dot" ? toDot(graph, opts.lang, opts.tree) : toMermaid(graph, opts.lang, opts.tree));
  return EXIT.ok;
}
