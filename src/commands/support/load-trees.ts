import { CONSULT_RULES, STRUCTURAL_RULES } from "../../check/rules/index.js";
import { resolve } from "node:path";
import { cachedTreeSet, storeTreeSet, type RuleSetName } from "../../cache/tree-cache.js";
import { precompiledSet } from "../../load/bundled.js";
import { loadChecked } from "../../pipeline/load-checked.js";
import { readSources, type ReadResult } from "../../load/read-sources.js";
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
 * here is stored there.
 */
export function treeSetFor(paths: readonly string[] | undefined, cwd: string, lang: Lang, safety = false): TreeSet {
  const given = paths !== undefined && paths.length > 0;
  if (given) requireExisting(paths, cwd);
  // Contact freshness is left to `validate`, where old details are a warning.
  const rules: RuleSetName = given && safety ? "consult" : "structural";
  const read = readSources(given ? paths.map((p) => resolve(cwd, p)) : [bundledTreesDir()], cwd);
  const ready = (given ? undefined : precompiledSet(read)) ?? cachedTreeSet(read, rules);
  return ready ?? checkedFresh(read, rules, lang);
}

/** Parse, schema and rules on files already read; a set that passes is cached. */
export function checkedFresh(read: ReadResult, rules: RuleSetName, lang: Lang): TreeSet {
  const r = loadChecked(read, rules === "consult" ? CONSULT_RULES : STRUCTURAL_RULES);
  if (r.treeSet) storeTreeSet(read, rules, r.treeSet);
  return usable(r.treeSet, r.diagnostics, lang);
}
