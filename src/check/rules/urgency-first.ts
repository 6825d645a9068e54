import { factGraphOf, type FactEdge, type FactGraph } from "../../analysis/fact-graph.js";
import { allInvariants, watchedItems } from "../../analysis/invariants.js";
import { isDangerForm } from "../../model/danger-form.js";
import type { ChecklistNode, QuestionNode, TreeNode } from "../../model/tree.js";
import type { TreeSet } from "../../model/tree-set.js";
import type { Text } from "../../model/text.js";
import { fillText } from "../../i18n/messages.js";
import { defineRule, type RuleContext } from "../rule.js";
import { withFactsLine } from "../texts.js";

/** The contact every acute answer must reach. */
export const ALARM_CONTACT = "alarm-112";

/** Words that name direct danger in a question or a checklist item (nl and en). */
const DANGER_WORDS = /\b(?:direct|directe|acuut|acute|onmiddellijk|immediate)\s+(?:gevaar|danger)\b/i;

/**
 * Safety first, by meaning rather than by flags:
 *
 * - The consult's first question (after a straight run of info and link nodes) is the danger form
 *   (`kind: danger`): its question and answers are the tool's own, so a tree cannot swap the labels or
 *   add a second danger answer without `acute: true`.
 * - At that question, at every question with an answer marked `acute: true` and at every checklist
 *   with an item marked `acute: true`: every acute answer, every tick set with an acute item, and
 *   "weet ik niet" (where it may stand for danger) gives the advice "alarm-112, acuut" before any
 *   further question or checklist. Info and link nodes in between are fine; advice on the answer
 *   itself and an outcome's advice count. Proved on the fact graph (the engine's own stepping), so a
 *   112 advice whose guard does not hold on some path does not count there.
 * - A question or checklist item outside the danger form whose text names direct danger
 *   ("direct gevaar", "acute danger") without an acute answer or `acute: true` is reported: danger may
 *   not be asked about in a form the rule cannot see.
 */
export const urgencyFirst = defineRule({
  id: "urgency-first",
  severity: "error",
  description: {
    nl: "De eerste vraag is de gevaarvraag en elk acuut antwoord leidt zonder omweg naar 112.",
    en: "The first question is the danger question and every acute answer leads straight to 112.",
  },
  messages: {
    "first-not-danger": {
      nl: "De eerste vraag van het consult ('{node}' in boom '{tree}') is niet de gevaarvraag. Begin met een knoop 'kind: danger': de vraag en de antwoorden komen dan van de tool, zodat 112 nooit achter andere vragen zit.",
      en: "The consult's first question ('{node}' in tree '{tree}') is not the danger question. Start with a node 'kind: danger': its question and answers then come from the tool, so 112 is never behind other questions.",
    },
    "acute-not-112": {
      nl: "Bij {kind} '{node}' leidt {choice} niet eerst naar advies '{alarm}' met urgentie 'acuut'. Geef dat advies bij het antwoord zelf of in een info-knoop direct erna, vóór elke volgende vraag.",
      en: "At {kind} '{node}', {choice} does not first lead to advice '{alarm}' with urgency 'acuut'. Give that advice on the answer itself or in an info node right after it, before any further question.",
    },
    "other-acute-before-112": {
      nl: "'{contact}' wordt bij '{node}' gegeven vóór 112, en op een route waar beide als 'acuut' eindigen staat '{contact}' dan boven 112 in het advies. Geef 112 eerder, of geef '{contact}' pas na 112.",
      en: "'{contact}' is given at '{node}' before 112, and on a route where both end as 'acuut' the advice then lists '{contact}' above 112. Give 112 earlier, or give '{contact}' only after 112.",
    },
    "danger-unmarked": {
      nl: "Vraag '{node}' gaat over direct gevaar, maar geen antwoord heeft 'acute: true'. Vraag naar direct gevaar met 'kind: danger', of markeer het antwoord dat gevaar betekent met 'acute: true', zodat het eerst naar 112 leidt.",
      en: "Question '{node}' is about direct danger, but no answer has 'acute: true'. Ask about direct danger with 'kind: danger', or mark the answer that means danger 'acute: true', so that it leads to 112 first.",
    },
    "danger-unmarked-item": {
      nl: "Item '{item}' van checklist '{node}' gaat over direct gevaar, maar heeft geen 'acute: true'. Markeer het, zodat aanvinken eerst naar 112 leidt, of vraag ernaar met 'kind: danger'.",
      en: "Item '{item}' of checklist '{node}' is about direct danger, but has no 'acute: true'. Mark it, so that ticking it leads to 112 first, or ask about it with 'kind: danger'.",
    },
  },
  check(ctx) {
    const { set } = ctx.graph;
    const main = set.main;
    const first = firstAsking(ctx, main.entry);
    if (first === undefined) return; // broken entry: the references rule reports it
    const node = set.nodes.get(first)!.node;
    if (node.kind !== "question" || !isDangerForm(node)) {
      ctx.report({
        messageId: "first-not-danger",
        data: { node: first, tree: main.id },
        place: { tree: main.id, path: first === main.entry ? ["entry"] : ["nodes", first] },
      });
    }
    reportUnmarkedDanger(ctx);
    const acuteItems = new Map<string, string[]>();
    for (const { node: n } of set.nodes.values()) {
      if (n.kind === "checklist") {
        const items = n.items.filter((i) => i.acute).map((i) => i.id);
        if (items.length > 0) acuteItems.set(n.id, items);
      }
    }
    const fg = acuteGraph(set, acuteItems);
    if (fg.start.state < 0) return;
    report112NotFirst(ctx, fg);
    const reported = new Set<string>();
    for (const s of fg.states) {
      const n = s.node;
      if (!isAcuteAsking(n)) continue;
      for (const e of fg.out[s.index]!) {
        const label = acuteLabel(n, e);
        if (label === undefined || reported.has(`${n.id}\u0000${label.key}`) || reaches112(fg, e)) continue;
        reported.add(`${n.id}\u0000${label.key}`);
        const facts = [...s.facts].sort();
        ctx.report({
          messageId: "acute-not-112",
          // answer (the edge: an answer id, "unknown", a checklist route) and item are for tools and tests; {choice} words them.
          data: {
            kind: PHRASES[n.kind],
            node: n.id,
            choice: label.text,
            alarm: ALARM_CONTACT,
            answer: e.label,
            ...(label.item ? { item: label.item } : {}),
          },
          place: { tree: set.nodes.get(n.id)!.tree.id, path: label.path },
          ...(facts.length > 0 ? { detail: [withFactsLine(facts)] } : {}),
        });
      }
    }
  },
});

/** Pieces of the messages: what kind of node, which choice, with which facts. */
const PHRASES = {
  question: { nl: "vraag", en: "question" },
  checklist: { nl: "checklist", en: "checklist" },
  unknown: { nl: "'weet ik niet'", en: "'don't know'" },
  acuteAnswer: { nl: "acuut antwoord '{answer}'", en: "acute answer '{answer}'" },
  acuteItem: {
    nl: "het aanvinken van acuut item '{item}' (route '{route}')",
    en: "ticking acute item '{item}' (route '{route}')",
  },
} satisfies Record<string, Text>;

/**
 * 112 is listed first: the final advice lists contacts of equal urgency in the order they were first
 * given (at any level), so on no path may a contact that ends up `acuut` be given (at any level)
 * before 112 first is, when 112 ends up `acuut` too. A forward search on the fact graph over
 * (state, contacts given before 112, 112 acute yet, one of those acute yet); only contacts the set
 * ever advises as `acuut` are tracked, so the search stays small.
 */
function report112NotFirst(ctx: RuleContext, fg: FactGraph): void {
  const acuteSomewhere = new Set<string>();
  const note = (advice: FactEdge["advice"]) =>
    advice.forEach(
      ({ item }) => item.urgency === "acuut" && item.contact !== ALARM_CONTACT && acuteSomewhere.add(item.contact),
    );
  note(fg.start.advice);
  fg.out.forEach((list) => list.forEach((e) => note(e.advice)));
  if (acuteSomewhere.size === 0) return;
  /** before: contacts given before 112 appeared (null: 112 not yet given); acute112 / acuteBefore: seen as acuut. */
  interface Walk {
    before: ReadonlySet<string>;
    seen112: boolean;
    acute112: boolean;
    acuteBefore: string | undefined;
  }
  const firstFrom = new Map<string, string>();
  const reported = new Set<string>();
  const step = (w: Walk, advice: FactEdge["advice"]): Walk => {
    let { before, seen112, acute112, acuteBefore } = w;
    for (const { item, from } of advice) {
      if (item.contact === ALARM_CONTACT) {
        seen112 = true;
        if (item.urgency === "acuut") acute112 = true;
      } else if (acuteSomewhere.has(item.contact)) {
        if (!seen112 && !before.has(item.contact)) {
          before = new Set([...before, item.contact]);
          if (!firstFrom.has(item.contact)) firstFrom.set(item.contact, from);
        }
        if (item.urgency === "acuut" && before.has(item.contact)) acuteBefore ??= item.contact;
      }
    }
    return { before, seen112, acute112, acuteBefore };
  };
  const key = (state: number, w: Walk) =>
    `${state}|${[...w.before].sort().join(",")}|${w.seen112 ? 1 : 0}${w.acute112 ? 1 : 0}|${w.acuteBefore ?? ""}`;
  const seen = new Set<string>();
  const queue: [number, Walk][] = [];
  const push = (state: number, w: Walk) => {
    if (w.acute112 && w.acuteBefore !== undefined) {
      const x = w.acuteBefore;
      const from = firstFrom.get(x)!;
      if (reported.has(`${x}\u0000${from}`)) return;
      reported.add(`${x}\u0000${from}`);
      ctx.report({
        messageId: "other-acute-before-112",
        data: { contact: x, node: from },
        place: { tree: ctx.graph.set.nodes.get(from)!.tree.id, path: ["nodes", from] },
      });
      return;
    }
    // Once 112 was given and nothing before it can matter, the rest of the path cannot break the order.
    if (w.seen112 && w.before.size === 0) return;
    const k = key(state, w);
    if (seen.has(k)) return;
    seen.add(k);
    queue.push([state, w]);
  };
  push(
    fg.start.state,
    step({ before: new Set(), seen112: false, acute112: false, acuteBefore: undefined }, fg.start.advice),
  );
  for (let q = 0; q < queue.length; q++) {
    const [state, w] = queue[q]!;
    for (const e of fg.out[state]!) push(e.to, step(w, e.advice));
  }
}

/** A question with an acute answer (the danger form has one), or a checklist with an acute item. */
function isAcuteAsking(n: TreeNode): n is QuestionNode | ChecklistNode {
  return (
    (n.kind === "question" && n.answers.some((a) => a.acute === true)) ||
    (n.kind === "checklist" && n.items.some((i) => i.acute === true))
  );
}

/** Which acute choice an edge of an acute question or checklist is, if it is one. */
function acuteLabel(
  n: QuestionNode | ChecklistNode,
  e: FactEdge,
): { key: string; text: Text; path: (string | number)[]; item?: string } | undefined {
  if (n.kind === "question") {
    if (e.label === "unknown") {
      if (n.unknown?.standsFor && !n.answers.some((a) => a.acute === true && n.unknown!.standsFor!.includes(a.id)))
        return undefined;
      // The danger form's "weet ik niet" stands for "ja"; on any other acute question it may mean danger too.
      return { key: "unknown", text: PHRASES.unknown, path: ["nodes", n.id, "unknown", "next"] };
    }
    const i = n.answers.findIndex((a) => a.id === e.label && a.acute === true);
    return i < 0
      ? undefined
      : {
          key: e.label,
          text: fillText(PHRASES.acuteAnswer, { answer: e.label }),
          path: ["nodes", n.id, "answers", i, "next"],
        };
  }
  const ticked = Array.isArray(e.answer) ? (e.answer as readonly string[]) : [];
  const i = n.items.findIndex((it) => it.acute === true && ticked.includes(it.id));
  if (i < 0) {
    // "Weet ik niet" alone on a checklist with an acute item: the item may apply.
    return e.label === "unknown"
      ? { key: "unknown", text: PHRASES.unknown, path: ["nodes", n.id, "unknown", "next"] }
      : undefined;
  }
  const item = n.items[i]!.id;
  return {
    key: `${item}\u0000${e.label}`,
    text: fillText(PHRASES.acuteItem, { item, route: e.label }),
    path: ["nodes", n.id, "items", i],
    item,
  };
}

/** The fact graph with every acute checklist item watched, so an edge's ticks say whether one was ticked. */
function acuteGraph(set: TreeSet, acute: ReadonlyMap<string, readonly string[]>): FactGraph {
  const watch = watchedItems(set, allInvariants(set));
  for (const [node, items] of acute) watch.set(node, [...new Set([...(watch.get(node) ?? []), ...items])].sort());
  return factGraphOf(set, watch);
}

const gives112 = (e: FactEdge) =>
  e.advice.some(({ item }) => item.contact === ALARM_CONTACT && item.urgency === "acuut");

/** Follows the edge through info steps (one way on each) until 112 advice, or a state that asks or ends without it. */
function reaches112(fg: FactGraph, e: FactEdge): boolean {
  const seen = new Set<number>();
  let edge: FactEdge | undefined = e;
  while (edge) {
    if (gives112(edge)) return true;
    const to: number = edge.to;
    if (seen.has(to) || fg.states[to]!.node.kind !== "info") return false;
    seen.add(to);
    edge = fg.out[to]![0];
  }
  return false;
}

/** Questions and checklist items that name direct danger but are not marked so that this rule can see them. */
function reportUnmarkedDanger(ctx: RuleContext): void {
  for (const { tree, node } of ctx.graph.set.nodes.values()) {
    const names = (t: Text | undefined) => t !== undefined && (DANGER_WORDS.test(t.nl) || DANGER_WORDS.test(t.en));
    if (
      node.kind === "question" &&
      !node.answers.some((a) => a.acute) &&
      (names(node.text) || node.answers.some((a) => names(a.label)))
    ) {
      ctx.report({
        messageId: "danger-unmarked",
        data: { node: node.id },
        place: { tree: tree.id, path: ["nodes", node.id, "text"] },
      });
    }
    if (node.kind === "checklist") {
      node.items.forEach((item, i) => {
        if (item.acute || !names(item.label)) return;
        ctx.report({
          messageId: "danger-unmarked-item",
          data: { item: item.id, node: node.id },
          place: { tree: tree.id, path: ["nodes", node.id, "items", i] },
        });
      });
    }
  }
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
