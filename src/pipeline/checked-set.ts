import { cachedTreeSet, storeTreeSet, type RuleSetName } from "../cache/tree-cache.js";
import { precompiledSet } from "../load/bundled.js";
import type { LoadResult } from "../load/load.js";
import { readHash, type ReadResult } from "../load/read-sources.js";
import type { TreeSet } from "../model/tree-set.js";

// The one place a command's trees are found already checked or checked now: the build's copy of the
// bundled trees, else the cache of checked tree sets, else parse, schema and rules, and store the
// result. No parser, schema or rule is imported here: the check is handed in only when it must run
// (checkRules in ./load-checked.ts), so a consult whose set comes ready never loads them.

/** Parse, schema and the named rules on files already read (./load-checked.ts, `checkRules`). */
export type Check = (read: ReadResult, rules: RuleSetName, hash: string) => LoadResult;

export type Checked =
  /** Ready: the build's copy or the cache's, checked before. */
  | { readonly treeSet: TreeSet }
  /** Not ready: run `check` (the caller imports it), which also stores a set that passes in the cache. */
  | { readonly treeSet?: undefined; readonly check: (run: Check) => LoadResult };

/**
 * The checked set for files already read, with `rules` ("consult": every rule at error level but
 * contact freshness; "structural": the maintainers' views). `bundled`: `read` is the bundled folder,
 * which the build's copy may serve (it passed the consult's rules, a superset). The files' content
 * hash is computed once here and passed to each step.
 */
export function checkedSet(read: ReadResult, rules: RuleSetName, bundled: boolean): Checked {
  const hash = readHash(read);
  const ready = (bundled ? precompiledSet(read, hash) : undefined) ?? cachedTreeSet(read, rules, undefined, hash);
  if (ready) return { treeSet: ready };
  return {
    check: (run) => {
      const r = run(read, rules, hash);
      if (r.treeSet) storeTreeSet(read, rules, r.treeSet, undefined, hash);
      return r;
    },
  };
}
