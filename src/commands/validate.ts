import { statSync } from "node:fs";
import { defaultConfig, runChecks, sortDiagnostics } from "../check/run-checks.js";
import { CliError, EXIT } from "../cli/exit-codes.js";
import type { Io } from "../cli/io.js";
import { loadFromPaths } from "../load/load.js";
import type { Lang } from "../model/text.js";
import { formatStylish } from "../render/diagnostics-text.js";
import { makeStyle } from "../render/style.js";
import { bundledTreesDir } from "../util/package-root.js";
import { localIso } from "../record/build-record.js";

export interface ValidateOptions {
  readonly lang: Lang;
  readonly color: boolean;
  readonly paths: readonly string[];
  readonly json?: boolean;
  readonly strict?: boolean;
  readonly maxContactAge: number;
}

/** Exit 0 clean, 1 problems found, 2 could not run. */
export function run(opts: ValidateOptions, io: Io): number {
  const paths = opts.paths.length > 0 ? opts.paths : [bundledTreesDir()];
  for (const p of paths) {
    try {
      statSync(p);
    } catch {
      throw new CliError({ nl: `Pad '${p}' bestaat niet of is niet leesbaar.`, en: `Path '${p}' does not exist or cannot be read.` }, EXIT.usage);
    }
  }
  const loaded = loadFromPaths(paths, io.cwd);
  const config = { ...defaultConfig(localIso(io.now()).slice(0, 10)), maxContactAgeMonths: opts.maxContactAge };
  const diagnostics = sortDiagnostics([...loaded.diagnostics, ...(loaded.treeSet ? runChecks(loaded.treeSet, config) : [])]);
  if (opts.json) {
    io.out(JSON.stringify({ errorCount: diagnostics.filter((d) => d.severity === "error").length, warningCount: diagnostics.filter((d) => d.severity === "warning").length, diagnostics }, null, 2) + "\n");
  } else io.out(formatStylish(diagnostics, opts.lang, makeStyle(opts.color)));
  const failing = diagnostics.some((d) => d.severity === "error" || (opts.strict && d.severity === "warning"));
  return failing ? EXIT.problems : EXIT.ok;
}
