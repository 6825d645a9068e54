import type { Lang } from "../../model/text.js";
import type { TreeSet } from "../../model/tree-set.js";
import { loadBundled } from "../../load/bundled.js";

/**
 * For the commands a professional runs (consult, trees, contacts): the
 * bundled trees come from the build's checked copy without loading the YAML
 * parser, the schema or the rules. Other paths take the full pipeline.
 */
export async function treeSetForQuick(paths: readonly string[] | undefined, cwd: string, lang: Lang): Promise<TreeSet> {
  if (!paths || paths.length === 0) {
    // The slow path (an edited tree): the parser, schema and rules, imported only when the build's copy cannot be used.
    const r = await loadBundled(async (read) => (await import("../../pipeline/load-checked.js")).loadConsultChecked(read), cwd);
    if (r.treeSet) return r.treeSet;
    // Only on failure: the error report brings the loader and the rules with it.
    const { usable } = await import("./load-trees.js");
    return usable(r.treeSet, r.diagnostics, lang);
  }
  const { treeSetFor } = await import("./load-trees.js");
  return treeSetFor(paths, cwd, lang, true);
}
