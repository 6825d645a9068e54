import { EXIT } from "../io/exit-codes.js";
import type { Io } from "../io/io.js";
import type { Lang } from "../model/text.js";
import { makeStyle } from "../render/style.js";
import { treesText } from "../render/views-text.js";
import { loadTrees } from "./support/load-trees.js";

export interface TreesOptions {
  readonly lang: Lang;
  readonly color: boolean;
  readonly json?: boolean;
  readonly trees?: readonly string[];
}

export async function run(opts: TreesOptions, io: Io): Promise<number> {
  const set = await loadTrees({ paths: opts.trees, cwd: io.cwd, lang: opts.lang, rules: "consult" });
  const rows = [...set.trees.values()].map((t) => ({
    id: t.id,
    version: t.version,
    title: t.title[opts.lang],
    main: Boolean(t.main),
    file: set.files.get(t.id)!,
    nodes: Object.keys(t.nodes).length,
  }));
  if (opts.json) {
    io.out(JSON.stringify({ hash: set.hash, trees: rows }, null, 2) + "\n");
    return EXIT.ok;
  }
  io.out(treesText(rows, opts.lang, makeStyle(opts.color)));
  return EXIT.ok;
}
