import { readdirSync, statSync } from "node:fs";
import { join, relative, resolve } from "node:path";
import { termsFromYaml } from "../check/terms-file.js";
import type { Term } from "../check/terms.js";
import { defaultConfig, locate, runChecks, sortDiagnostics } from "../check/run-checks.js";
import { ALL_RULES } from "../check/rules/index.js";
import { exemptions } from "../check/rules/cautious-unknown.js";
import { m, MESSAGES, mf } from "../i18n/messages.js";
import { cannotWriteText } from "../i18n/write-error.js";
import { CliError, EXIT } from "../io/exit-codes.js";
import type { Io } from "../io/io.js";
import { loadFromPaths } from "../load/load.js";
import { checkRegionFile, looksLikeRegion } from "../load/region.js";
import { parseYaml } from "../load/yaml-file.js";
import type { Diagnostic } from "../model/diagnostic.js";
import { visible, type Lang } from "../model/text.js";
import type { TreeSet } from "../model/tree-set.js";
import { formatGithub } from "../render/diagnostics-github.js";
import { validateJson, type ExemptionEntry } from "../render/diagnostics-json.js";
import { formatJunit } from "../render/diagnostics-junit.js";
import { formatSarif, type RuleInfo } from "../render/diagnostics-sarif.js";
import { formatDiagnosticLine, formatStylish } from "../render/diagnostics-text.js";
import { makeStyle } from "../render/style.js";
import { bundledTreesDir } from "../util/package-root.js";
import { writePrivateFile } from "../util/private-file.js";
import { readErrorText, readSmallFile } from "../util/read-small-file.js";
import { VERSION } from "../version.js";
import { requireExisting } from "./support/load-trees.js";
import { loadRulesDoc } from "./support/rules-doc.js";
import { localIso } from "../record/build-record.js";

import type { ValidateFormat } from "./support/formats.js";

export interface ValidateOptions {
  readonly lang: Lang;
  readonly color: boolean;
  readonly paths: readonly string[];
  readonly json?: boolean;
  /** Output format; default stylish (`--json` is `--format json`). */
  readonly format?: ValidateFormat;
  /** Write the report to this file (mode 0600) instead of the screen. */
  readonly outputFile?: string;
  /** Exit 1 when there are more warnings than this. */
  readonly maxWarnings?: number;
  readonly strict?: boolean;
  readonly maxContactAge: number;
  /** YAML file with the maintainer's own discouraged terms (format: src/check/terms-file.ts). */
  readonly terms?: string;
}

/** The ids the loader reports with (not rules of src/check), for SARIF's rule list. */
const LOADER_RULES: readonly RuleInfo[] = [
  { id: "yaml-syntax", severity: "error", description: MESSAGES.valRuleYamlSyntax },
  { id: "schema", severity: "error", description: MESSAGES.valRuleSchema },
  { id: "io", severity: "error", description: MESSAGES.valRuleIo },
  { id: "file-too-large", severity: "error", description: MESSAGES.valRuleFileTooLarge },
  { id: "region-national", severity: "error", description: MESSAGES.valRuleRegionNational },
];

export function ruleInfos(): RuleInfo[] {
  const rules = ALL_RULES.map((r) => ({ id: r.id, severity: r.severity, description: r.description }));
  return [...LOADER_RULES.filter((l) => !rules.some((r) => r.id === l.id)), ...rules];
}

/** Exit 0 clean, 1 problems found (errors; warnings with --strict or above --max-warnings), 2 could not run. */
export function run(opts: ValidateOptions, io: Io): number {
  const paths = opts.paths.length > 0 ? opts.paths : [bundledTreesDir()];
  requireExisting(paths, io.cwd);
  const extraTerms = opts.terms === undefined ? [] : readTerms(opts.terms, io.cwd, opts.lang);
  const today = localIso(io.now()).slice(0, 10);
  const split = splitRegions(paths.map((p) => resolve(io.cwd, p)));
  const config = { ...defaultConfig(today), maxContactAgeMonths: opts.maxContactAge, extraTerms };
  const diagnostics: Diagnostic[] = [];
  let treeSet: TreeSet | undefined;
  if (split.trees.length > 0) {
    const loaded = loadFromPaths(split.trees, io.cwd);
    treeSet = loaded.treeSet;
    diagnostics.push(...loaded.diagnostics, ...(loaded.treeSet ? runChecks(loaded.treeSet, config) : []));
  } else if (split.regions.length > 0) {
    // Only region files: check their contacts against the bundled directory, without reporting on the bundled trees.
    treeSet = loadFromPaths([bundledTreesDir()], io.cwd).treeSet;
  }
  const regionsShown = split.regions.map((f) => relative(io.cwd, f) || f);
  split.regions.forEach((f, i) =>
    diagnostics.push(
      ...checkRegionFile(f, regionsShown[i]!, treeSet, { today, maxContactAgeMonths: opts.maxContactAge }),
    ),
  );
  const sorted = sortDiagnostics(diagnostics);
  // Every "weet ik niet" the maintainers exempted in writing, so a reviewer sees each exception.
  const exempt: ExemptionEntry[] =
    treeSet && split.trees.length > 0
      ? exemptions(treeSet).map((x) => ({
          ...locate(treeSet!, { tree: x.tree, path: ["nodes", x.node, "unknown", "justification"] }),
          ...x,
        }))
      : [];
  const format: ValidateFormat = opts.format ?? (opts.json ? "json" : "stylish");
  const checkedFiles = [
    ...(treeSet && split.trees.length > 0 ? [...treeSet.files.values(), treeSet.contactsFile] : []),
    ...regionsShown,
  ];
  const report = render(format, sorted, exempt, regionsShown, checkedFiles, opts);
  // In GitHub Actions (GITHUB_ACTIONS=true) the problems are also annotations on the changed lines, as vitest does.
  if (io.env.GITHUB_ACTIONS === "true" && format !== "github" && opts.format === undefined && !opts.json)
    io.out(formatGithub(sorted, opts.lang));
  if (opts.outputFile) {
    const target = resolve(io.cwd, opts.outputFile);
    try {
      writePrivateFile(target, report);
    } catch (e) {
      throw new CliError(cannotWriteText(opts.outputFile, e), EXIT.usage);
    }
  } else io.out(report);
  const errors = sorted.filter((d) => d.severity === "error").length;
  const warnings = sorted.length - errors;
  const tooManyWarnings = opts.maxWarnings !== undefined && warnings > opts.maxWarnings;
  if (tooManyWarnings && format !== "json" && format !== "sarif" && format !== "junit") {
    io.err(`${mf("valTooManyWarnings", opts.lang, { count: warnings, max: opts.maxWarnings! })}\n`);
  }
  const failing = errors > 0 || (opts.strict && warnings > 0) || tooManyWarnings;
  return failing ? EXIT.problems : EXIT.ok;
}

function render(
  format: ValidateFormat,
  list: readonly Diagnostic[],
  exempt: readonly ExemptionEntry[],
  regions: readonly string[],
  files: readonly string[],
  opts: ValidateOptions,
): string {
  const lang = opts.lang;
  switch (format) {
    case "json":
      return JSON.stringify(validateJson(list, exempt, regions), null, 2) + "\n";
    case "sarif":
      return (
        JSON.stringify(
          formatSarif(list, ruleInfos(), lang, { name: "signaalroute", version: VERSION }, loadRulesDoc()),
          null,
          2,
        ) + "\n"
      );
    case "junit":
      return formatJunit(list, files, lang);
    case "github":
      return formatGithub(list, lang);
    case "stylish": {
      let out = formatStylish(list, lang, makeStyle(opts.color && !opts.outputFile));
      if (exempt.length > 0) {
        out += `\n${m("exemptionsHeading", lang)}:\n`;
        for (const x of exempt)
          out += `  ${x.file}:${x.line ?? 0}:${x.column ?? 0}  '${x.node}': ${visible(x.justification[lang])}${x.needed ? "" : ` ${m("exemptionUnused", lang)}`}\n`;
      }
      return out;
    }
  }
}

/**
 * Separates region files from trees: a file that looks like a region file (src/load/region.ts), and in a
 * folder both its own region files and those in its `regions/` sub-folder. A folder without region files is
 * passed on whole, so the loader still says when it holds no YAML.
 */
function splitRegions(paths: readonly string[]): { trees: string[]; regions: string[] } {
  const trees: string[] = [];
  const regions: string[] = [];
  const isRegion = (f: string) => {
    const read = readSmallFile(f);
    return "text" in read && looksLikeRegion(f, read.text);
  };
  const yamlIn = (dir: string) => {
    try {
      return readdirSync(dir)
        .filter((f) => /\.ya?ml$/.test(f))
        .sort()
        .map((f) => join(dir, f));
    } catch {
      return [];
    }
  };
  for (const p of paths) {
    let dir = false;
    try {
      dir = statSync(p).isDirectory();
    } catch {
      // the loader reports it
    }
    if (!dir) {
      (isRegion(p) ? regions : trees).push(p);
      continue;
    }
    const files = yamlIn(p);
    const own = files.filter(isRegion);
    if (own.length === files.length && files.length > 0) regions.push(...own);
    else if (own.length === 0) trees.push(p);
    else {
      regions.push(...own);
      trees.push(...files.filter((f) => !own.includes(f)));
    }
    regions.push(...yamlIn(join(p, "regions")).filter((f) => !regions.includes(f)));
  }
  return { trees, regions };
}

/** A terms file that cannot be read or understood means validate cannot run as asked: exit 2, with file:line:col. */
function readTerms(file: string, cwd: string, lang: Lang): readonly Term[] {
  // The shared reader refuses folders, FIFOs and huge files instead of hanging on them.
  const read = readSmallFile(resolve(cwd, file));
  if ("error" in read) throw new CliError(readErrorText(read.error, MESSAGES.fileTerms, file), EXIT.usage);
  // The trees' YAML reader: its errors carry the place and the store's words.
  const parsed = parseYaml(file, read.text);
  if (!parsed.ok)
    throw new CliError(
      MESSAGES.termsNotYaml,
      EXIT.usage,
      parsed.diagnostics.map((d) => formatDiagnosticLine(d, lang)),
    );
  const terms = termsFromYaml(parsed.value.data, parsed.value.locate);
  if ("problem" in terms)
    throw new CliError(MESSAGES.termsUnusable, EXIT.usage, [formatDiagnosticLine(terms.problem, lang)]);
  return terms.terms;
}
