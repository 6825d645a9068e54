import { readdirSync, statSync } from "node:fs";
import { join, relative, resolve } from "node:path";
import { MESSAGES, mt } from "../i18n/messages.js";
import type { Diagnostic } from "../model/diagnostic.js";
import { visible, type Text } from "../model/text.js";
import type { TreeSet } from "../model/tree-set.js";
import { packageRoot } from "../util/package-root.js";
import { readErrorText, readSmallFile } from "../util/read-small-file.js";
import { runScenario, type ScenarioResult } from "./run-scenario.js";
import { parseScenarioFile, type Scenario } from "./scenario-file.js";

export interface Suite {
  readonly scenarios: readonly Scenario[];
  /** Files that could not be read as scenarios: each problem with its file:line:column. */
  readonly invalid: readonly { readonly file: string; readonly diagnostics: readonly Diagnostic[] }[];
}

/** The bundled example scenarios (shipped with the package). */
export function bundledScenariosDir(): string {
  return join(packageRoot(), "scenarios");
}

/**
 * The scenario files to run: each given file, and every .yaml/.yml file under each given folder (sorted).
 * Without paths: scenarios/ in the current folder when it exists, else the bundled scenarios.
 * A path that does not exist, or no file found, is the problem instead (the command stops with exit 2).
 */
export function scenarioFiles(
  paths: readonly string[],
  cwd: string,
): { readonly files: string[] } | { readonly problem: Text } {
  let roots = paths.map((p) => resolve(cwd, p));
  if (roots.length === 0) {
    const local = resolve(cwd, "scenarios");
    roots = [isDir(local) ? local : bundledScenariosDir()];
  }
  // As the user wrote them, with control characters shown as \u{..} (as requireExisting does for --trees).
  const missing = paths.filter((p) => !exists(resolve(cwd, p))).map(visible);
  if (missing.length > 0) return { problem: mt("pathMissing", { paths: missing.join(", ") }) };
  const out: string[] = [];
  for (const r of roots) {
    if (!isDir(r)) out.push(r);
    else
      out.push(
        ...(readdirSync(r, { recursive: true }) as string[])
          .filter((f) => /\.ya?ml$/i.test(f))
          .sort()
          .map((f) => join(r, f)),
      );
  }
  if (out.length === 0) return { problem: mt("scnNone", { paths: roots.join(", ") }) };
  return { files: [...new Set(out)] };
}

/** Reads every file strictly; a file that is not a valid scenario file is listed with its problems. */
export function loadSuite(files: readonly string[], cwd: string): Suite {
  const scenarios: Scenario[] = [];
  const invalid: { file: string; diagnostics: Diagnostic[] }[] = [];
  for (const full of files) {
    const shown = relative(cwd, full) || full;
    const read = readSmallFile(full);
    if ("error" in read) {
      invalid.push({
        file: shown,
        diagnostics: [
          {
            file: shown,
            ruleId: "scenario",
            severity: "error",
            message: readErrorText(read.error, MESSAGES.fileScenario, shown),
          },
        ],
      });
      continue;
    }
    const parsed = parseScenarioFile(shown, read.text);
    if (parsed.diagnostics.length > 0) invalid.push({ file: shown, diagnostics: [...parsed.diagnostics] });
    else scenarios.push(...parsed.scenarios);
  }
  return { scenarios, invalid };
}

export function runSuite(set: TreeSet, suite: Suite): ScenarioResult[] {
  return suite.scenarios.map((s) => runScenario(set, s));
}

function exists(p: string): boolean {
  try {
    statSync(p);
    return true;
  } catch {
    return false;
  }
}

function isDir(p: string): boolean {
  try {
    return statSync(p).isDirectory();
  } catch {
    return false;
  }
}
