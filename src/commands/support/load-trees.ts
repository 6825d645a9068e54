import { existsSync } from "node:fs";
import { resolve } from "node:path";
import type { RuleSetName } from "../../cache/tree-cache.js";
import { CliError, EXIT } from "../../io/exit-codes.js";
import { mt } from "../../i18n/messages.js";
import { readSources } from "../../load/read-sources.js";
import { hasErrors, type Diagnostic } from "../../model/diagnostic.js";
import { visible, type Lang } from "../../model/text.js";
import type { TreeSet } from "../../model/tree-set.js";
import { checkedSet, type Check, type Checked } from "../../pipeline/checked-set.js";
import { formatDiagnosticLine } from "../../render/diagnostics-text.js";
import { bundledTreesDir } from "../../util/package-root.js";

// The one way a command gets its trees. Nothing here imports the parser, the schema or the rules, so a
// consult whose set comes ready (the build's copy of the bundled trees, or the cache of checked tree sets)
// never loads them: `loadTrees` imports the check only when it must run; the maintainers' views, which
// load the checker anyway, pass it to `loadTreesWith`.

export interface TreesSpec {
  /** Folders or files given with --trees; none: the bundled trees. */
  readonly paths?: readonly string[] | undefined;
  readonly cwd: string;
  readonly lang: Lang;
  /**
   * "consult": every rule at error level but contact freshness, so a consult (and what professionals
   * and trainers run) never runs on trees `validate` would refuse; "structural": the maintainers' views
   * (graph, routes, diff, ...), which must still show broken trees. Contact freshness is left to
   * `validate`, where old details are a warning.
   */
  readonly rules: RuleSetName;
}

/** The checked tree set, or exit 2 (a missing path) or 1 (trees that do not load or break a rule), with the problems listed. */
export async function loadTrees(spec: TreesSpec): Promise<TreeSet> {
  const found = prepare(spec);
  if (found.treeSet) return found.treeSet;
  // The slow path (an edited or new set): the parser, schema and rules, imported only now.
  const { checkRules } = await import("../../pipeline/load-checked.js");
  return finish(found, checkRules, spec.lang);
}

/** As `loadTrees`, for a command that has the check loaded already (`checkRules` of src/pipeline/load-checked.ts). */
export function loadTreesWith(spec: TreesSpec, check: Check): TreeSet {
  const found = prepare(spec);
  return found.treeSet ?? finish(found, check, spec.lang);
}

function prepare({ paths, cwd, rules }: TreesSpec): Checked {
  const given = paths !== undefined && paths.length > 0;
  if (given) requireExisting(paths, cwd);
  const read = readSources(given ? paths.map((p) => resolve(cwd, p)) : [bundledTreesDir()], cwd);
  return checkedSet(read, rules, !given);
}

function finish(found: Checked & { treeSet?: undefined }, check: Check, lang: Lang): TreeSet {
  const r = found.check(check);
  return usable(r.treeSet, r.diagnostics, lang);
}

/** A path that does not exist cannot be run on: exit 2, before anything is read. */
export function requireExisting(paths: readonly string[], cwd: string): void {
  // A path may come from a draft on disk: shown with control characters as \u{..}.
  const missing = paths.filter((p) => !existsSync(resolve(cwd, p))).map(visible);
  if (missing.length > 0) throw new CliError(mt("pathMissing", { paths: missing.join(", ") }), EXIT.usage);
}

function usable(set: TreeSet | undefined, diagnostics: readonly Diagnostic[], lang: Lang): TreeSet {
  if (!set || hasErrors(diagnostics)) {
    const errors = diagnostics.filter((d) => d.severity === "error");
    throw new CliError(
      mt("treesUnusable", { count: errors.length }),
      EXIT.problems,
      errors.map((d) => formatDiagnosticLine(d, lang)),
    );
  }
  return set;
}
