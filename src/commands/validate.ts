import { resolve } from "node:path";
import { parseTermsFile } from "../check/terms-file.js";
import type { Term } from "../check/terms.js";
import { defaultConfig, locate, runChecks, sortDiagnostics } from "../check/run-checks.js";
import { exemptions } from "../check/rules/cautious-unknown.js";
import { m } from "../i18n/messages.js";
import { CliError, EXIT } from "../io/exit-codes.js";
import type { Io } from "../io/io.js";
import { loadFromPaths } from "../load/load.js";
import { visible, type Lang } from "../model/text.js";
import { formatStylish } from "../render/diagnostics-text.js";
import { makeStyle } from "../render/style.js";
import { bundledTreesDir } from "../util/package-root.js";
import { readErrorText, readSmallFile } from "../util/read-small-file.js";
import { requireExisting } from "./support/load-trees.js";
import { localIso } from "../record/build-record.js";

export interface ValidateOptions {
  readonly lang: Lang;
  readonly color: boolean;
  readonly paths: readonly string[];
  readonly json?: boolean;
  readonly strict?: boolean;
  readonly maxContactAge: number;
  /** YAML file with the maintainer's own discouraged terms (format: src/check/terms-file.ts). */
  readonly terms?: string;
}

/** Exit 0 clean, 1 problems found, 2 could not run. */
export function run(opts: ValidateOptions, io: Io): number {
  const paths = opts.paths.length > 0 ? opts.paths : [bundledTreesDir()];
  requireExisting(paths, io.cwd);
  const extraTerms = opts.terms === undefined ? [] : readTerms(opts.terms, io.cwd);
  const loaded = loadFromPaths(paths, io.cwd);
  const config = { ...defaultConfig(localIso(io.now()).slice(0, 10)), maxContactAgeMonths: opts.maxContactAge, extraTerms };
  const diagnostics = sortDiagnostics([...loaded.diagnostics, ...(loaded.treeSet ? runChecks(loaded.treeSet, config) : [])]);
  // Every "weet ik niet" the maintainers exempted in writing, so a reviewer sees each exception.
  const exempt = loaded.treeSet ? exemptions(loaded.treeSet).map((x) => ({ ...locate(loaded.treeSet!, { tree: x.tree, path: ["nodes", x.node, "unknown", "justification"] }), ...x })) : [];
  if (opts.json) {
    io.out(JSON.stringify({ errorCount: diagnostics.filter((d) => d.severity === "error").length, warningCount: diagnostics.filter((d) => d.severity === "warning").length, diagnostics, exemptions: exempt }, null, 2) + "\n");
  } else {
    io.out(formatStylish(diagnostics, opts.lang, makeStyle(opts.color)));
    if (exempt.length > 0) {
      io.out(`\n${m("exemptionsHeading", opts.lang)}:\n`);
      for (const x of exempt) io.out(`  ${x.file}:${x.line ?? 0}:${x.column ?? 0}  '${x.node}': ${visible(x.justification[opts.lang])}${x.needed ? "" : ` ${m("exemptionUnused", opts.lang)}`}\n`);
    }
  }
  const failing = diagnostics.some((d) => d.severity === "error" || (opts.strict && d.severity === "warning"));
  return failing ? EXIT.problems : EXIT.ok;
}

/** A terms file that cannot be read or understood means validate cannot run as asked: exit 2. */
function readTerms(file: string, cwd: string): readonly Term[] {
  // The shared reader refuses folders, FIFOs and huge files instead of hanging on them.
  const read = readSmallFile(resolve(cwd, file));
  if ("error" in read) throw new CliError(readErrorText(read.error, { nl: "Termenbestand", en: "Terms file" }, file), EXIT.usage);
  const parsed = parseTermsFile(read.text);
  if ("error" in parsed) throw new CliError({ nl: `${file}: ${parsed.error.nl}`, en: `${file}: ${parsed.error.en}` }, EXIT.usage);
  return parsed.terms;
}
