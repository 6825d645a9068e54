import { resolve } from "node:path";
import { checkedSet } from "../../pipeline/checked-set.js";
import { checkRules } from "../../pipeline/load-checked.js";
import { readSources } from "../../load/read-sources.js";
import type { Lang } from "../../model/text.js";
import type { TreeSet } from "../../model/tree-set.js";
import { bundledTreesDir } from "../../util/package-root.js";
import { requireExisting, usable } from "./load-trees-shared.js";

export { requireExisting, usable };

/**
 * The tree set a command runs on: the bundled trees, or the given paths,
 * always checked. A set that fails to load or breaks a structural rule stops
 * the command with the problems listed. With `safety: true` (the consult and
 * the commands professionals use) every rule at error level counts too, so a
 * consult never runs on trees `validate` would refuse; the maintainers' views
 * (graph, routes, diff, ...) must still show broken trees.
 *
 * A set already checked comes from the build's copy of the bundled trees or
 * from the cache of checked tree sets (src/cache/tree-cache.ts); a set checked
 * here is stored there (src/pipeline/checked-set.ts).
 */
export function treeSetFor(paths: readonly string[] | undefined, cwd: string, lang: Lang, safety = false): TreeSet {
  const given = paths !== undefined && paths.length > 0;
  if (given) requireExisting(paths, cwd);
  const read = readSources(given ? paths.map((p) => resolve(cwd, p)) : [bundledTreesDir()], cwd);
  // Contact freshness is left to `validate`, where old details are a warning.
  const set = checkedSet(read, given && safety ? "consult" : "structural", !given);
  if (set.treeSet) return set.treeSet;
  const r = set.check(checkRules);
  return usable(r.treeSet, r.diagnostics, lang);
}
