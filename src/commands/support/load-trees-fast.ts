import { resolve } from "node:path";
import { cachedTreeSet } from "../../cache/tree-cache.js";
import { loadBundled } from "../../load/bundled.js";
import { readSources } from "../../load/read-sources.js";
import type { Lang } from "../../model/text.js";
import type { TreeSet } from "../../model/tree-set.js";
import { requireExisting, usable } from "./load-trees-shared.js";

/**
 * For the commands a professional runs (consult, trees, contacts, web, practice): the bundled
 * trees come from the build's checked copy, other paths from the cache of checked tree sets when
 * their files are unchanged, without loading the YAML parser, the schema or the rules. Otherwise
 * the full pipeline runs (every consult rule) and stores its result in the cache.
 */
export async function treeSetForQuick(paths: readonly string[] | undefined, cwd: string, lang: Lang): Promise<TreeSet> {
  if (!paths || paths.length === 0) {
    // The slow path (an edited tree): the parser, schema and rules, imported only when neither the build's copy nor the cache serves.
    const r = await loadBundled(
      async (read) => (await import("../../pipeline/load-checked.js")).loadConsultChecked(read),
      cwd,
    );
    if (r.treeSet) return r.treeSet;
    return usable(r.treeSet, r.diagnostics, lang);
  }
  requireExisting(paths, cwd);
  const read = readSources(
    paths.map((p) => resolve(cwd, p)),
    cwd,
  );
  const cached = cachedTreeSet(read, "consult");
  if (cached) return cached;
  const { checkedFresh } = await import("./load-trees.js");
  return checkedFresh(read, "consult", lang);
}
