import { MAX_ATOMS, proveOnSet, type Step } from "../../analysis/invariants.js";
import { mergeAdvice, type CollectedAdvice } from "../../engine/engine.js";
import { sameText, type Text } from "../../model/text.js";
import type { PathCondition } from "../../model/tree.js";
import type { TreeSet } from "../../model/tree-set.js";
import { fillText } from "../../i18n/messages.js";
import { defineRule } from "../rule.js";

/**
 * Proves the `invariants` a tree declares over every path from the main
 * tree's entry to an outcome, across links into other trees. See
 * analysis/invariants.ts for the method (search over node x facts seen, no
 * path enumeration). A failing invariant is reported at its place in the
 * YAML with one shortest counterexample, question by question, as detail
 * lines. An invariant whose `when` holds on no path at all is a warning: it
 * proves nothing, and is probably mistyped.
 */
export const declaredInvariants = defineRule({
  id: "declared-invariants",
  severity: "error",
  description: {
    nl: "De invarianten die een boom declareert gelden op elk pad.",
    en: "The invariants a tree declares hold on every path.",
  },
  messages: {
    "too-many-conditions": {
      nl: "Invariant '{invariant}' gebruikt {atoms} verschillende voorwaarden; validate bewijst er hoogstens {max} per invariant. Splits de invariant in kleinere.",
      en: "Invariant '{invariant}' uses {atoms} distinct conditions; validate proves at most {max} per invariant. Split it into smaller invariants.",
    },
    violated: {
      nl: "Invariant '{invariant}' geldt niet op elk pad: {description} Kortste tegenvoorbeeld ({questions} vragen) hieronder. Pas de route aan of de invariant.{approximated}",
      en: "Invariant '{invariant}' does not hold on every path: {description} Shortest counterexample ({questions} questions) below. Change the route or the invariant.{approximated}",
    },
    "never-applies": {
      nl: "Invariant '{invariant}' is op geen enkel pad van toepassing: geen route voldoet aan 'when'. Controleer de knopen en antwoorden die erin staan.",
      en: "Invariant '{invariant}' applies to no path at all: no route satisfies 'when'. Check the nodes and answers it names.",
    },
  },
  check(ctx) {
    const set = ctx.graph.set;
    for (const tree of set.trees.values()) {
      (tree.invariants ?? []).forEach((inv, i) => {
        // A condition naming a node or contact that does not exist is reported by the references rule; proving it would only add noise.
        if (!resolves(set, inv.when) || !resolves(set, inv.require) || (inv.unless && !resolves(set, inv.unless)))
          return;
        const place = { tree: tree.id, path: ["invariants", i] };
        const r = proveOnSet(set, inv);
        if (r.kind === "too-many-atoms") {
          ctx.report({
            messageId: "too-many-conditions",
            data: { invariant: inv.id, atoms: r.atoms, max: MAX_ATOMS },
            place,
          });
        } else if (r.kind === "violated") {
          const questions = r.steps.filter((s) => s.edge.label !== "continue").length;
          ctx.report({
            messageId: "violated",
            data: {
              invariant: inv.id,
              description: inv.description,
              questions,
              approximated: r.exact ? sameText("") : PHRASES.approximated,
            },
            place,
            detail: counterexample(set, r.steps, r.outcome, r.advice),
          });
        } else if (r.kind === "holds" && !r.applies) {
          ctx.report({
            severity: "warning",
            messageId: "never-applies",
            data: { invariant: inv.id },
            place: { tree: tree.id, path: ["invariants", i, "when"] },
          });
        }
      });
    }
  },
});

/** Pieces of the messages and of the counterexample's lines. */
const PHRASES = {
  approximated: {
    nl: " (Een grote checklist is benaderd: controleer of deze combinatie van vinkjes kan.)",
    en: " (A large checklist was approximated: check that this combination of ticks is possible.)",
  },
  impliedStep: {
    nl: "{node}: {answer} (niet gevraagd: volgt uit eerdere antwoorden)",
    en: "{node}: {answer} (not asked: follows from earlier answers)",
  },
  questionStep: { nl: '{node}: {answer} ("{label}")', en: '{node}: {answer} ("{label}")' },
  checklistStep: { nl: "{node}: {route}{items}", en: "{node}: {route}{items}" },
  unknownLabel: { nl: "weet ik niet", en: "don't know" },
  outcome: { nl: "-> uitkomst '{outcome}' (advies: {contacts})", en: "-> outcome '{outcome}' (advice: {contacts})" },
} satisfies Record<string, Text>;

/** One line per question answered (implied answers marked), then the outcome with its advice. */
export function counterexample(
  set: TreeSet,
  steps: readonly Step[],
  outcome: string,
  advice: readonly CollectedAdvice[],
): Text[] {
  const lines: Text[] = [];
  const implied = (list: readonly { node: string; answer: unknown }[]) => {
    for (const a of list) lines.push(fillText(PHRASES.impliedStep, { node: a.node, answer: String(a.answer) }));
  };
  for (const s of steps) {
    const node = set.nodes.get(s.node)!.node;
    if (node.kind === "question") {
      const answer = node.answers.find((a) => a.id === s.edge.label);
      const label = answer?.label ?? node.unknown?.label ?? PHRASES.unknownLabel;
      lines.push(fillText(PHRASES.questionStep, { node: s.node, answer: s.edge.label, label }));
    } else if (node.kind === "checklist") {
      const items = Array.isArray(s.edge.answer) ? ` [${s.edge.answer.join(", ")}]` : "";
      lines.push(fillText(PHRASES.checklistStep, { node: s.node, route: s.edge.label, items }));
    }
    implied(s.edge.implied);
  }
  // Everything advised on the way, so a missing `advises` is visible at a glance.
  // The final advice as a consult would list it: each contact once, at its most urgent level.
  const contacts = mergeAdvice(advice)
    .map((a) => `${a.contact} (${a.urgency})`)
    .join(", ");
  lines.push(fillText(PHRASES.outcome, { outcome, contacts }));
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
