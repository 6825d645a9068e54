import { existsSync } from "node:fs";
import { resolve } from "node:path";
import { CliError, EXIT } from "../../io/exit-codes.js";
import { mt } from "../../i18n/messages.js";
import { hasErrors, type Diagnostic } from "../../model/diagnostic.js";
import { visible, type Lang } from "../../model/text.js";
import type { TreeSet } from "../../model/tree-set.js";
import { formatDiagnosticLine } from "../../render/diagnostics-text.js";

// Shared by the quick loader (load-trees-fast.ts) and the full one (load-trees.ts), without the
// parser, the schema or the rules, so a consult whose trees come from a cache never loads them.

/** A path that does not exist cannot be run on: exit 2, before anything is read. */
export function requireExisting(paths: readonly string[], cwd: string): void {
  // A path may come from a draft on disk: shown with control characters as \u{..}.
  const missing = paths.filter((p) => !existsSync(resolve(cwd, p))).map(visible);
  if (missing.length > 0) throw new CliError(mt("pathMissing", { paths: missing.join(", ") }), EXIT.usage);
}

export function usable(set: TreeSet | undefined, diagnostics: readonly Diagnostic[], lang: Lang): TreeSet {
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
