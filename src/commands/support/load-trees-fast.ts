import { resolve } from "node:path";
import { readSources } from "../../load/read-sources.js";
import type { Lang } from "../../model/text.js";
import type { TreeSet } from "../../model/tree-set.js";
import { checkedSet } from "../../pipeline/checked-set.js";
import { bundledTreesDir } from "../../util/package-root.js";
import { requireExisting, usable } from "./load-trees-shared.js";

/**
 * For the commands a professional runs (consult, trees, contacts, web, practice): the bundled
 * trees come from the build's checked copy, other paths from the cache of checked tree sets when
 * their files are unchanged, without loading the YAML parser, the schema or the rules. Otherwise
 * the full pipeline runs (every consult rule) and stores its result in the cache.
 */
export async function treeSetForQuick(paths: readonly string[] | undefined, cwd: string, lang: Lang): Promise<TreeSet> {
  const given = paths !== undefined && paths.length > 0;
  if (given) requireExisting(paths, cwd);
  const read = readSources(given ? paths.map((p) => resolve(cwd, p)) : [bundledTreesDir()], cwd);
  const set = checkedSet(read, "consult", !given);
  if (set.treeSet) return set.treeSet;
  // The slow path (an edited or new set): the parser, schema and rules, imported only now.
  const { checkRules } = await import("../../pipeline/load-checked.js");
  const r = set.check(checkRules);
  return usable(r.treeSet, r.diagnostics, lang);
}
