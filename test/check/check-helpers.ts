import { basename, join } from "node:path";
import { defaultConfig, runChecks } from "../../src/check/run-checks.js";
import type { CheckConfig, Rule } from "../../src/check/rule.js";
import type { Diagnostic } from "../../src/model/diagnostic.js";
import { FIXTURES, loadSet } from "../helpers.js";

/** The day the fixtures' contact dates are judged against. */
export const TODAY = "2026-11-28";
export const CONFIG: CheckConfig = defaultConfig(TODAY);

export const VALID = join(FIXTURES, "trees/valid/all-rules");
export const invalid = (name: string) => join(FIXTURES, "trees/invalid", name);

/** Runs rules on a fixture folder. */
export function check(dir: string, rules: readonly Rule[], config: CheckConfig = CONFIG): Diagnostic[] {
  return runChecks(loadSet(dir), config, rules);
}

/** `file:line:col severity rule-id`: what ESLint's RuleTester compares. */
export function brief(ds: readonly Diagnostic[]): string[] {
  return ds.map((d) => `${basename(d.file)}:${d.line}:${d.column} ${d.severity} ${d.ruleId}`);
}
