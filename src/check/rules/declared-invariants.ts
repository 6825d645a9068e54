import { checklistChoices, routeIndex } from "../../analysis/checklist-choices.js";
import { MAX_ATOMS, proveInvariant, type Step } from "../../analysis/invariants.js";
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
        const r = proveInvariant(ctx.graph, inv, set.main.entry);
        if (r.kind === "too-many-atoms") {
          ctx.report({
            place,
            message: {
              nl: `Invariant '${inv.id}' gebruikt ${r.atoms} verschillende voorwaarden; validate bewijst er hoogstens ${MAX_ATOMS} per invariant. Splits de invariant in kleinere.`,
              en: `Invariant '${inv.id}' uses ${r.atoms} distinct conditions; validate proves at most ${MAX_ATOMS} per invariant. Split it into smaller invariants.`,
            },
          });
        } else if (r.kind === "violated") {
          const questions = r.steps.filter((s) => s.edge.label !== "continue" && s.edge.label !== "link").length;
          ctx.report({
            place,
            message: {
              nl: `Invariant '${inv.id}' geldt niet op elk pad: ${inv.description.nl} Kortste tegenvoorbeeld (${questions} vragen) hieronder. Pas de route aan of de invariant.${r.exact ? "" : " (Een grote checklist is benaderd: controleer of deze combinatie van vinkjes kan.)"}`,
              en: `Invariant '${inv.id}' does not hold on every path: ${inv.description.en} Shortest counterexample (${questions} questions) below. Change the route or the invariant.${r.exact ? "" : " (A large checklist was approximated: check that this combination of ticks is possible.)"}`,
            },
            detail: counterexample(set, r.steps, r.outcome),
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

/** One line per question answered, then the outcome with its advice. */
export function counterexample(set: TreeSet, steps: readonly Step[], outcome: string): Text[] {
  const lines: Text[] = [];
  for (const s of steps) {
    const node = set.nodes.get(s.node)!.node;
    if (node.kind === "question") {
      const answer = node.answers.find((a) => a.id === s.edge.label);
      const label = answer?.label ?? node.unknown?.label ?? { nl: "weet ik niet", en: "don't know" };
      lines.push({ nl: `${s.node}: ${s.edge.label} ("${label.nl}")`, en: `${s.node}: ${s.edge.label} ("${label.en}")` });
    } else if (node.kind === "checklist") {
      let ticked = s.ticked;
      if (!ticked && !s.edge.isUnknown) {
        // No item was watched here: show the smallest set of ticks that takes this route, when there is one to show.
        ticked = checklistChoices(node, []).byEdge[routeIndex(node, s.edge.label)]?.[0]?.ticked;
      }
      const items = s.edge.isUnknown ? "" : ticked ? ` [${ticked.join(", ")}]` : "";
      lines.push({ nl: `${s.node}: ${s.edge.label}${items}`, en: `${s.node}: ${s.edge.label}${items}` });
    }
  }
  // Everything advised on the way, so a missing `advises` is visible at a glance.
  const end = set.nodes.get(outcome)!.node;
  const advice = [...steps.flatMap((s) => s.edge.advice), ...(end.kind === "outcome" ? end.advice : [])];
  const contacts = [...new Set(advice.map((a) => a.contact))].join(", ");
  lines.push({ nl: `-> uitkomst '${outcome}' (advies: ${contacts})`, en: `-> outcome '${outcome}' (advice: ${contacts})` });
  return lines;
}

/** Every node and contact the condition names exists. */
function resolves(set: TreeSet, c: PathCondition): boolean {
  if ("visits" in c) return set.nodes.has(c.visits);
  if ("advises" in c) return set.contacts.has(c.advises);
  if ("answered" in c) return set.nodes.has(c.answered.node);
  if ("anyOf" in c) return c.anyOf.every((x) => resolves(set, x));
  if ("allOf" in c) return c.allOf.every((x) => resolves(set, x));
  if ("not" in c) return resolves(set, c.not);
  return true;
}
