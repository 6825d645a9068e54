import { checkedFactGraph } from "../../analysis/invariants.js";
import type { PathCondition } from "../../model/tree.js";
import { factRefs } from "../fact-refs.js";
import { defineRule } from "../rule.js";

/**
 * Facts are used as declared, and every guard can make a difference:
 * - a declared fact that nothing sets makes every test on it false (warning);
 * - a fact that is set but never read by a test or an invariant does nothing (warning);
 * - on the fact graph (what a consult can really reach, by the engine's own
 *   stepping): a branch case no consult takes, an implied case that never
 *   applies, and a node that is only reachable on paths the facts rule out,
 *   are reported (warnings): each is content that looks live but is not.
 */
export const factUse = defineRule({
  id: "fact-use",
  severity: "warning",
  needsAcyclic: true,
  description: {
    nl: "Elk feit wordt gezet en gelezen; elke tak, afgeleide vraag en knoop is bereikbaar met de feiten.",
    en: "Every fact is set and read; every branch case, implied answer and node is reachable given the facts.",
  },
  messages: {
    "never-set": {
      nl: "Feit '{fact}' wordt nergens gezet: elke test erop is altijd onwaar. Zet het met 'sets' bij een antwoord, item of knoop, of verwijder het.",
      en: "Fact '{fact}' is never set: every test on it is always false. Set it with 'sets' on an answer, item or node, or remove it.",
    },
    "never-read": {
      nl: "Feit '{fact}' wordt gezet maar nergens gelezen (geen 'when', 'unless', 'implied' of invariant). Het verandert dus niets.",
      en: "Fact '{fact}' is set but never read (no 'when', 'unless', 'implied' or invariant). So it changes nothing.",
    },
    "node-ruled-out": {
      nl: "Knoop '{node}' is wel te bereiken volgens de pijlen, maar geen consult komt er: de feiten sluiten elke route ernaartoe uit. Controleer de 'when'/'unless' en 'implied' die ervoor staan.",
      en: "Node '{node}' can be reached along the arrows, but no consult gets there: the facts rule out every route to it. Check the 'when'/'unless' and 'implied' before it.",
    },
    "case-never-taken": {
      nl: "Tak {case} van '{node}' wordt in geen enkel consult genomen: een eerdere tak vangt het al af, of de feiten komen nooit samen.",
      en: "Case {case} of '{node}' is taken in no consult: an earlier case already catches it, or the facts never come together.",
    },
    "implied-never-applies": {
      nl: "Afgeleid antwoord {implied} van '{node}' geldt in geen enkel consult: de feiten in 'when' komen hier nooit samen.",
      en: "Implied answer {implied} of '{node}' applies in no consult: the facts in 'when' never come together here.",
    },
    incomplete: {
      nl: "De feitengraaf is niet volledig doorlopen (een checklist is te groot om elke combinatie te proberen, of er zijn te veel toestanden). Meldingen over feiten kunnen onvolledig zijn.",
      en: "The fact graph was not explored completely (a checklist is too large to try every combination, or there are too many states). Findings about facts may be incomplete.",
    },
  },
  check(ctx) {
    const set = ctx.graph.set;
    const setBy = new Set<string>();
    const readBy = new Set<string>();
    for (const tree of set.trees.values()) {
      for (const r of factRefs(tree).facts) (r.use === "sets" ? setBy : readBy).add(r.fact);
      const visit = (c: PathCondition) => {
        if ("fact" in c) readBy.add(c.fact);
        else if ("anyOf" in c) c.anyOf.forEach(visit);
        else if ("allOf" in c) c.allOf.forEach(visit);
        else if ("not" in c) visit(c.not);
      };
      for (const inv of tree.invariants ?? [])
        [inv.when, inv.require, ...(inv.unless ? [inv.unless] : [])].forEach(visit);
    }
    for (const { tree, decl, index } of set.facts.values()) {
      const place = { tree: tree.id, path: ["facts", index, "id"] };
      if (!setBy.has(decl.id)) {
        ctx.report({ messageId: "never-set", data: { fact: decl.id }, place });
      } else if (!readBy.has(decl.id)) {
        ctx.report({ messageId: "never-read", data: { fact: decl.id }, place });
      }
    }
    if (set.facts.size === 0) return;

    const fg = checkedFactGraph(set);
    if (fg.start.state < 0) return;
    const passed = new Set<string>(fg.start.path);
    const taken = new Set<string>(fg.start.taken.map((t) => `${t.node}|${t.label}`));
    for (const list of fg.out)
      for (const e of list) {
        for (const id of e.path) passed.add(id);
        for (const t of e.taken) taken.add(`${t.node}|${t.label}`);
      }
    // An implied case applied when some consult passed its question with its answer taken as given.
    const impliedAnswers = new Set<string>();
    const noteImplied = (list: readonly { node: string; answer: unknown }[]) =>
      list.forEach((a) => impliedAnswers.add(`${a.node}|${String(a.answer)}`));
    noteImplied(fg.start.implied);
    for (const list of fg.out) for (const e of list) noteImplied(e.implied);

    const structurallyReachable = reachableIds(ctx.graph);
    for (const [id, { tree, node }] of set.nodes) {
      if (!structurallyReachable.has(id)) continue; // the reachable rule reports it
      if (!passed.has(id)) {
        ctx.report({ messageId: "node-ruled-out", data: { node: id }, place: { tree: tree.id, path: ["nodes", id] } });
        continue;
      }
      if (node.kind === "branch") {
        node.cases.forEach((_, i) => {
          if (taken.has(`${id}|case-${i + 1}`)) return;
          ctx.report({
            messageId: "case-never-taken",
            data: { case: i + 1, node: id },
            place: { tree: tree.id, path: ["nodes", id, "cases", i] },
          });
        });
      }
      if (node.kind === "question") {
        node.implied?.forEach((c, i) => {
          if (impliedAnswers.has(`${id}|${c.answer}`)) return;
          ctx.report({
            messageId: "implied-never-applies",
            data: { implied: i + 1, node: id },
            place: { tree: tree.id, path: ["nodes", id, "implied", i] },
          });
        });
      }
    }
    if (!fg.complete) {
      ctx.report({ messageId: "incomplete", place: { tree: set.main.id, path: [] } });
    }
  },
});

function reachableIds(graph: import("../../analysis/graph.js").Graph): Set<string> {
  const start = graph.set.main.entry;
  const seen = new Set<string>();
  if (!graph.set.nodes.has(start)) return seen;
  const queue = [start];
  seen.add(start);
  for (let i = 0; i < queue.length; i++)
    for (const e of graph.out.get(queue[i]!) ?? []) {
      if (seen.has(e.target)) continue;
      seen.add(e.target);
      queue.push(e.target);
    }
  return seen;
}
