import { runChecks, defaultConfig } from "../check/run-checks.js";
import { STRUCTURAL_RULES } from "../check/rules/index.js";
import { CliError, EXIT } from "../cli/exit-codes.js";
import { loadFromPaths } from "../load/load.js";
import { hasErrors, type Diagnostic } from "../model/diagnostic.js";
import type { Lang } from "../model/text.js";
import type { TreeSet } from "../model/tree-set.js";
import { formatDiagnosticLine } from "../render/diagnostics-text.js";
import { bundledTreesDir } from "../util/package-root.js";

/**
 * The tree set a command runs on: the bundled trees, or the given paths,
 * always parsed and checked. A set that fails to load or breaks a structural
 * rule stops the command with the problems listed (`validate` shows all rules).
 */
export function treeSetFor(paths: readonly string[] | undefined, cwd: string, lang: Lang): TreeSet {
  const r = loadFromPaths(paths && paths.length > 0 ? paths : [bundledTreesDir()], cwd);
  const diagnostics = r.treeSet ? runChecks(r.treeSet, defaultConfig("2000-01-01"), STRUCTURAL_RULES) : r.diagnostics;
  return usable(r.treeSet, diagnostics, lang);
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
