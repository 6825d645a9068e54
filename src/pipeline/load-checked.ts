import { defaultConfig, runChecks } from "../check/run-checks.js";
import type { Rule } from "../check/rule.js";
import { CONSULT_RULES, STRUCTURAL_RULES } from "../check/rules/index.js";
import type { RuleSetName } from "../cache/tree-cache.js";
import { loadFromTexts, type LoadResult } from "../load/load.js";
import type { ReadResult } from "../load/read-sources.js";
import { hasErrors } from "../model/diagnostic.js";

// Load, then check: the pipeline above both floors. src/load never imports src/check (ESLint
// enforces it); whoever needs checked trees calls this, or hands it to the loader as its slow path.

/**
 * Read files -> parse, schema, one set -> the given rules. The one place this
 * pipeline is written: the bundled trees' precompilation at build time and
 * every command that loads trees (src/pipeline/checked-set.ts) call it. A set is
 * returned only when no rule reports an error; the rules' freshness config
 * does not matter to the rules used here, so its date is fixed. `hash` is
 * readHash(read), when the caller has it.
 */
export function loadChecked(read: ReadResult, rules: readonly Rule[], hash?: string): LoadResult {
  if (!read.contacts) return { diagnostics: read.diagnostics };
  const loaded = loadFromTexts(read.trees, read.contacts, hash);
  if (!loaded.treeSet || hasErrors(read.diagnostics))
    return { diagnostics: [...read.diagnostics, ...loaded.diagnostics] };
  const problems = runChecks(loaded.treeSet, defaultConfig("2000-01-01"), rules);
  return hasErrors(problems) ? { diagnostics: problems } : { treeSet: loaded.treeSet, diagnostics: problems };
}

/** The rules a set is checked with, by the name the cache stores them under ("consult" includes "structural"). */
export function checkRules(read: ReadResult, rules: RuleSetName, hash?: string): LoadResult {
  return loadChecked(read, rules === "consult" ? CONSULT_RULES : STRUCTURAL_RULES, hash);
}
