import { CONSULT_RULES, STRUCTURAL_RULES } from "../../check/rules/index.js";
import { existsSync } from "node:fs";
import { resolve } from "node:path";
import { CliError, EXIT } from "../../io/exit-codes.js";
import { readSources } from "../../load/read-sources.js";
import { loadChecked } from "../../pipeline/load-checked.js";
import { hasErrors, type Diagnostic } from "../../model/diagnostic.js";
import { visible, type Lang } from "../../model/text.js";
import type { TreeSet } from "../../model/tree-set.js";
import { formatDiagnosticLine } from "../../render/diagnostics-text.js";
import { bundledTreesDir } from "../../util/package-root.js";

/**
 * The tree set a command runs on: the bundled trees, or the given paths,
 * always parsed and checked. A set that fails to load or breaks a structural
 * rule stops the command with the problems listed. With `safety: true` (the
 * consult and the commands professionals use) every rule at error level
 * counts too, so a consult never runs on trees `validate` would refuse; the
 * maintainers' views (graph, routes, diff, ...) must still show broken trees.
 */
export function treeSetFor(paths: readonly string[] | undefined, cwd: string, lang: Lang, safety = false): TreeSet {
  const given = paths !== undefined && paths.length > 0;
  if (given) requireExisting(paths, cwd);
  // Contact freshness is left to `validate`, where old details are a warning.
  const rules = given && safety ? CONSULT_RULES : STRUCTURAL_RULES;
  const r = loadChecked(readSources(given ? paths.map((p) => resolve(cwd, p)) : [bundledTreesDir()], cwd), rules);
  return usable(r.treeSet, r.diagnostics, lang);
}

/** A path that does not exist cannot be run on: exit 2, before anything is read. */
export function requireExisting(paths: readonly string[], cwd: string): void {
  // A path may come from a draft on disk: shown with control characters as \u{..}.
  const missing = paths.filter((p) => !existsSync(resolve(cwd, p))).map(visible);
  if (missing.length > 0) throw new CliError({ nl: `Pad bestaat niet of is niet leesbaar: ${missing.join(", ")}`, en: `Path does not exist or cannot be read: ${missing.join(", ")}` }, EXIT.usage);
}

export function usable(set: TreeSet | undefined, diagnostics: readonly Diagnostic[], lang: Lang): TreeSet {
  if (!set || hasErrors(diagnostics)) {
    const errors = diagnostics.filter((d) => d.severity === "error");
    throw new CliError(
      { nl: `De beslisbomen kunnen niet worden gebruikt (${errors.length} fout(en)):`, en: `The decision trees cannot be used (${errors.length} error(s)):` },
      EXIT.problems,
      errors.map((d) => formatDiagnosticLine(d, lang)),
    );
  }
  return set;
}
