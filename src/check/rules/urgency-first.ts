import type { GraphEdge } from "../../analysis/graph.js";
import type { AdviceItem, QuestionNode } from "../../model/tree.js";
import type { Rule, RuleContext } from "../rule.js";

/** The contact every acute answer must reach. */
export const ALARM_CONTACT = "alarm-112";

/**
 * Safety first: the consult's first question asks about acute danger
 * (`asks: acute-danger`), it has at least one answer marked `acute: true`, and
 * every acute answer (and "weet ik niet", if offered) reaches the advice
 * "alarm-112, acuut" before any further question or checklist. Info and link
 * nodes in between are fine (an info node may be the one that says "bel 112");
 * advice on the answer itself counts, and so does an outcome's advice.
 *
 * "First question" is the entry, or the first question after info and link
 * nodes that lead straight on from it (an introduction screen is allowed).
 */
export const urgencyFirst: Rule = {
  id: "urgency-first",
  severity: "error",
  description: { nl: "De eerste vraag gaat over acuut gevaar en 'ja' leidt zonder omweg naar 112.", en: "The first question asks about acute danger and 'yes' leads straight to 112." },
  check(ctx) {
    const { set, out } = ctx.graph;
    const main = set.main;
    const first = firstAsking(ctx, main.entry);
    if (first === undefined) return; // broken entry: the references rule reports it
    const node = set.nodes.get(first)!.node;
    if (node.kind !== "question" || node.asks !== "acute-danger") {
      ctx.report({
        place: { tree: main.id, path: first === main.entry ? ["entry"] : ["nodes", first] },
        message: {
          nl: `De eerste vraag van het consult ('${first}' in boom '${main.id}') gaat niet over acuut gevaar. Begin met een vraag met 'asks: acute-danger', zodat 112 nooit achter andere vragen zit.`,
          en: `The consult's first question ('${first}' in tree '${main.id}') does not ask about acute danger. Start with a question with 'asks: acute-danger', so 112 is never behind other questions.`,
        },
      });
      return;
    }
    const tree = set.nodes.get(first)!.tree.id;
    if (!node.answers.some((a) => a.acute)) {
      ctx.report({
        place: { tree, path: ["nodes", first, "answers"] },
        message: {
          nl: `Vraag '${first}' vraagt naar acuut gevaar, maar geen antwoord heeft 'acute: true'. Markeer het antwoord dat gevaar betekent (meestal 'ja').`,
          en: `Question '${first}' asks about acute danger, but no answer has 'acute: true'. Mark the answer that means danger (usually 'yes').`,
        },
      });
      return;
    }
    // The first question, and every other question that asks about acute danger or marks an answer
    // acute: each acute answer (and its "weet ik niet") reaches 112 before any further question.
    const acuteQuestions = [first, ...[...set.nodes.values()].filter(({ node: n }) => n.id !== first && n.kind === "question" && (n.asks === "acute-danger" || n.answers.some((a) => a.acute))).map(({ node: n }) => n.id)];
    for (const qid of acuteQuestions) {
      const q = set.nodes.get(qid)!;
      if (q.node.kind !== "question") continue;
      for (const e of out.get(qid) ?? []) {
        if (!isAcuteEdge(q.node, e) || reaches112(ctx, e)) continue;
        const which = e.isUnknown ? { nl: "'weet ik niet'", en: "'don't know'" } : { nl: `acuut antwoord '${e.label}'`, en: `acute answer '${e.label}'` };
        ctx.report({
          place: { tree: q.tree.id, path: [...e.refPath] },
          message: {
            nl: `Bij vraag '${qid}' leidt ${which.nl} niet eerst naar advies '${ALARM_CONTACT}' met urgentie 'acuut'. Geef dat advies bij het antwoord zelf of in een info-knoop direct erna, vóór elke volgende vraag.`,
            en: `At question '${qid}', ${which.en} does not first lead to advice '${ALARM_CONTACT}' with urgency 'acuut'. Give that advice on the answer itself or in an info node right after it, before any further question.`,
          },
        });
      }
    }
  },
};

function isAcuteEdge(node: QuestionNode, e: GraphEdge): boolean {
  return e.isUnknown === true || node.answers.some((a) => a.id === e.label && a.acute === true);
}

const gives112 = (advice: readonly AdviceItem[]) => advice.some((a) => a.contact === ALARM_CONTACT && a.urgency === "acuut");

/** Follows the edge through info and link nodes (one way on each) until 112 advice, or a node that asks or ends without it. */
function reaches112(ctx: RuleContext, e: GraphEdge): boolean {
  const seen = new Set<string>();
  let edge: GraphEdge | undefined = e;
  while (edge) {
    if (gives112(edge.advice)) return true;
    const id: string = edge.target;
    if (seen.has(id)) return false; // a loop of links: the cycle rule reports it
    seen.add(id);
    const node = ctx.graph.set.nodes.get(id)!.node;
    if (node.kind === "outcome") return gives112(node.advice);
    if (node.kind !== "info" && node.kind !== "link") return false;
    edge = ctx.graph.out.get(id)?.[0];
  }
  return false;
}

/** The entry, or the first question or checklist after a straight run of info and link nodes. */
function firstAsking(ctx: RuleContext, entry: string): string | undefined {
  const seen = new Set<string>();
  let id: string | undefined = entry;
  while (id !== undefined && ctx.graph.set.nodes.has(id) && !seen.has(id)) {
    seen.add(id);
    const kind = ctx.graph.set.nodes.get(id)!.node.kind;
    if (kind !== "info" && kind !== "link") return id;
    id = ctx.graph.out.get(id)?.[0]?.target;
  }
  return undefined;
}
