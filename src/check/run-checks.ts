import { buildGraph, type Graph } from "../analysis/graph.js";
import type { Diagnostic } from "../model/diagnostic.js";
import type { TreeSet } from "../model/tree-set.js";
import { fillText } from "../i18n/messages.js";
import type { Text } from "../model/text.js";
import type { CheckConfig, Place, Report, Rule } from "./rule.js";
import { ALL_RULES } from "./rules/index.js";

export function defaultConfig(today: string): CheckConfig {
  return { maxContactAgeMonths: 12, today };
}

/** Runs the rules over a tree set; returns diagnostics sorted by file and position. */
export function runChecks(
  set: TreeSet,
  config: CheckConfig,
  rules: readonly Rule[] = ALL_RULES,
  graph: Graph = buildGraph(set),
): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const rule of rules) {
    if (rule.needsAcyclic && !graph.topo) continue;
    rule.check({
      graph,
      config,
      report: (r) =>
        out.push({
          ...locate(set, r.place),
          ruleId: rule.id,
          messageId: r.messageId,
          severity: r.severity ?? rule.severity,
          message: messageOf(rule, r),
          ...(r.detail ? { detail: r.detail } : {}),
        }),
    });
  }
  return sortDiagnostics(out);
}

/** A report's message: the rule's message for its id, {placeholders} filled in both languages. */
export function messageOf(rule: Rule, r: Report): Text {
  const template = Object.hasOwn(rule.messages, r.messageId) ? rule.messages[r.messageId] : undefined;
  // The compiler holds a rule to its own ids (defineRule); this is a bug in the rule, not in the trees.
  if (!template) throw new Error(`rule '${rule.id}' reported message id '${r.messageId}', which it does not declare`);
  return fillText(template, r.data);
}

export function locate(set: TreeSet, place: Place): { file: string; line?: number; column?: number } {
  if ("file" in place) return { file: place.file };
  if ("tree" in place) {
    const locator = set.locators?.trees.get(place.tree);
    return locator ? locator(place.path) : { file: `${place.tree}.yaml` };
  }
  const locator = set.locators?.contacts;
  return locator ? locator(["contacts", place.contactIndex, ...(place.path ?? [])]) : { file: "contacts.yaml" };
}

export function sortDiagnostics(list: readonly Diagnostic[]): Diagnostic[] {
  return [...list].sort((a, b) =>
    a.file < b.file ? -1 : a.file > b.file ? 1 : (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0),
  );
}
