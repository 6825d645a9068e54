import { MAX_ATOMS, proveOnSet, type Step } from "../../analysis/invariants.js";
import { mergeAdvice, type CollectedAdvice } from "../../engine/engine.js";
import type { Text } from "../../model/text.js";
import type { PathCondition } from "../../model/tree.js";
import type { TreeSet } from "../../model/tree-set.js";
import type { Rule } from "../rule.js";

/**
 * Proves the `invariants` a tree declares over every path from the main
 * tree's entry to an outcome, across links into other trees. See
 * analysis/invariants.ts for the method (search over node x facts seen, no
 * path enumeration). A failing invariant is reported at its place in the
 * YAML with one shortest counterexample, question by question, as detail
 * lines. An invariant whose `when` holds on no path at all is a warning: it
 * proves nothing, and is probably mistyped.
 */
export const declaredInvariants: Rule = {
  id: "declared-invariants",
  severity: "error",
  description: { nl: "De invarianten die een boom declareert gelden op elk pad.", en: "The invariants a tree declares hold on every path." },
  check(ctx) {
    const set = ctx.graph.set;
    for (const tree of set.trees.values()) {
      (tree.invariants ?? []).forEach((inv, i) => {
        // A condition naming a node or contact that does not exist is reported by the references rule; proving it would only add noise.
        if (!resolves(set, inv.when) || !resolves(set, inv.require) || (inv.unless && !resolves(set, inv.unless))) return;
        const place = { tree: tree.id, path: ["invariants", i] };
        const r = proveOnSet(set, inv);
        if (r.kind === "too-many-atoms") {
          ctx.report({
            place,
            message: {
              nl: `Invariant '${inv.id}' gebruikt ${r.atoms} verschillende voorwaarden; validate bewijst er hoogstens ${MAX_ATOMS} per invariant. Splits de invariant in kleinere.`,
              en: `Invariant '${inv.id}' uses ${r.atoms} distinct conditions; validate proves at most ${MAX_ATOMS} per invariant. Split it into smaller invariants.`,
            },
          });
        } else if (r.kind === "violated") {
          const questions = r.steps.filter((s) => s.edge.label !== "continue").length;
          ctx.report({
            place,
            message: {
              nl: `Invariant '${inv.id}' geldt niet op elk pad: ${inv.description.nl} Kortste tegenvoorbeeld (${questions} vragen) hieronder. Pas de route aan of de invariant.${r.exact ? "" : " (Een grote checklist is benaderd: controleer of deze combinatie van vinkjes kan.)"}`,
              en: `Invariant '${inv.id}' does not hold on every path: ${inv.description.en} Shortest counterexample (${questions} questions) below. Change the route or the invariant.${r.exact ? "" : " (A large checklist was approximated: check that this combination of ticks is possible.)"}`,
            },
            detail: counterexample(set, r.steps, r.outcome, r.advice),
          });
        } else if (r.kind === "holds" && !r.applies) {
          ctx.report({
            severity: "warning",
            place: { tree: tree.id, path: ["invariants", i, "when"] },
            message: {
              nl: `Invariant '${inv.id}' is op geen enkel pad van toepassing: geen route voldoet aan 'when'. Controleer de knopen en antwoorden die erin staan.`,
              en: `Invariant '${inv.id}' applies to no path at all: no route satisfies 'when'. Check the nodes and answers it names.`,
            },
          });
        }
      });
    }
  },
};

/** One line per question answered (implied answers marked), then the outcome with its advice. */
export function counterexample(set: TreeSet, steps: readonly Step[], outcome: string, advice: readonly CollectedAdvice[]): Text[] {
  const lines: Text[] = [];
  const implied = (list: readonly { node: string; answer: unknown }[]) => {
    for (const a of list) lines.push({ nl: `${a.node}: ${String(a.answer)} (niet gevraagd: volgt uit eerdere antwoorden)`, en: `${a.node}: ${String(a.answer)} (not asked: follows from earlier answers)` });
  };
  for (const s of steps) {
    const node = set.nodes.get(s.node)!.node;
    if (node.kind === "question") {
      const answer = node.answers.find((a) => a.id === s.edge.label);
      const label = answer?.label ?? node.unknown?.label ?? { nl: "weet ik niet", en: "don't know" };
      lines.push({ nl: `${s.node}: ${s.edge.label} ("${label.nl}")`, en: `${s.node}: ${s.edge.label} ("${label.en}")` });
    } else if (node.kind === "checklist") {
      const items = Array.isArray(s.edge.answer) ? ` [${s.edge.answer.join(", ")}]` : "";
      lines.push({ nl: `${s.node}: ${s.edge.label}${items}`, en: `${s.node}: ${s.edge.label}${items}` });
    }
    implied(s.edge.implied);
  }
  // Everything advised on the way, so a missing `advises` is visible at a glance.
  // The final advice as a consult would list it: each contact once, at its most urgent level.
  const contacts = mergeAdvice(advice).map((a) => `${a.contact} (${a.urgency})`).join(", ");
  lines.push({ nl: `-> uitkomst '${outcome}' (advies: ${contacts})`, en: `-> outcome '${outcome}' (advice: ${contacts})` });
  return lines;
}

/** Every node and contact the condition names exists. */
function resolves(set: TreeSet, c: PathCondition): boolean {
  if ("visits" in c) return set.nodes.has(c.visits);
  if ("advises" in c) return set.contacts.has(c.advises);
  if ("first" in c) return set.contacts.has(c.first);
  if ("fact" in c) return set.facts.has(c.fact);
  if ("answered" in c) return set.nodes.has(c.answered.node);
  if ("anyOf" in c) return c.anyOf.every((x) => resolves(set, x));
  if ("allOf" in c) return c.allOf.every((x) => resolves(set, x));
  if ("not" in c) return resolves(set, c.not);
  return true;
}
