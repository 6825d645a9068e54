import { basename, join } from "node:path";
import { buildGraph } from "../../src/analysis/graph.js";
import { defaultConfig, locate, runChecks } from "../../src/check/run-checks.js";
import type { CheckConfig, MessageData, Rule } from "../../src/check/rule.js";
import type { Diagnostic } from "../../src/model/diagnostic.js";
import type { TreeSet } from "../../src/model/tree-set.js";
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

/** What a rule reported, before its message is worded: the message id and the values of its placeholders, at `file:line:col`. */
export interface Reported {
  readonly at: string;
  readonly messageId: string;
  readonly data: MessageData;
}

/** Runs one rule on a fixture folder and returns its reports (ids and data), sorted by file and position as validate lists them: tests assert these, not wording. */
export function reported(from: string | TreeSet, rule: Rule, config: CheckConfig = CONFIG): Reported[] {
  const set = typeof from === "string" ? loadSet(from) : from;
  const out: (Reported & { key: [string, number, number] })[] = [];
  rule.check({
    graph: buildGraph(set),
    config,
    report: (r) => {
      const where = locate(set, r.place);
      out.push({
        key: [where.file, where.line ?? 0, where.column ?? 0],
        at: `${basename(where.file)}:${where.line}:${where.column}`,
        messageId: r.messageId,
        data: r.data ?? {},
      });
    },
  });
  const order = (a: (typeof out)[number], b: (typeof out)[number]) =>
    a.key[0] < b.key[0] ? -1 : a.key[0] > b.key[0] ? 1 : a.key[1] - b.key[1] || a.key[2] - b.key[2];
  return out.sort(order).map(({ at, messageId, data }) => ({ at, messageId, data }));
}
