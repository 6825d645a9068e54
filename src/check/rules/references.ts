import { edgesOf } from "../../engine/transitions.js";
import type { AdviceItem, PathCondition, TreeNode } from "../../model/tree.js";
import { didYouMean } from "../../util/suggest.js";
import { mt } from "../../i18n/messages.js";
import { routeLabel } from "../../model/route-label.js";
import { sameText } from "../../model/text.js";
import { defineRule, type MessageData, type RuleContext } from "../rule.js";
import { factRefs } from "../fact-refs.js";

/** Own keys only: a node id read from a file must never resolve to something on Object.prototype ('constructor'). */
const has = (nodes: object, id: string) => Object.hasOwn(nodes, id);

/** Every target node, linked tree, contact, source and checklist item exists. */
export const references = defineRule({
  id: "references",
  severity: "error",
  description: {
    nl: "Elke verwijzing (knoop, boom, contact, bron, item) bestaat.",
    en: "Every reference (node, tree, contact, source, item) exists.",
  },
  // An unknown id's message ends in {hint}: " Bedoelt u '…'?" when one is close, else nothing.
  messages: {
    "unknown-entry": { nl: "Startknoop '{id}' bestaat niet.{hint}", en: "Entry node '{id}' does not exist.{hint}" },
    "unknown-tree": {
      nl: "Knoop '{node}': boom '{id}' bestaat niet.{hint}",
      en: "Node '{node}': tree '{id}' does not exist.{hint}",
    },
    "unknown-link-node": {
      nl: "Knoop '{node}': knoop '{id}' bestaat niet in boom '{tree}'.{hint}",
      en: "Node '{node}': node '{id}' does not exist in tree '{tree}'.{hint}",
    },
    "next-other-tree": {
      nl: "Knoop '{node}' (antwoord '{answer}') wijst naar '{target}' in boom '{tree}'. Gebruik een knoop van soort 'link' om naar een andere boom te gaan.",
      en: "Node '{node}' (answer '{answer}') points to '{target}' in tree '{tree}'. Use a node of kind 'link' to go to another tree.",
    },
    "unknown-target": {
      nl: "Knoop '{node}' (antwoord '{answer}'): doelknoop '{id}' bestaat niet.{hint}",
      en: "Node '{node}' (answer '{answer}'): target node '{id}' does not exist.{hint}",
    },
    "unknown-contact": {
      nl: "Knoop '{node}': contact '{id}' bestaat niet.{hint}",
      en: "Node '{node}': contact '{id}' does not exist.{hint}",
    },
    "unknown-source": {
      nl: "Knoop '{node}': bron '{id}' bestaat niet.{hint}",
      en: "Node '{node}': source '{id}' does not exist.{hint}",
    },
    "duplicate-item": {
      nl: "Knoop '{node}': item-id '{id}' komt twee keer voor.",
      en: "Node '{node}': item id '{id}' occurs twice.",
    },
    "unknown-item": {
      nl: "Knoop '{node}': item '{id}' bestaat niet.{hint}",
      en: "Node '{node}': item '{id}' does not exist.{hint}",
    },
    "route-impossible": {
      nl: "Knoop '{node}': route {route} vraagt minstens {atLeast} van {pool} items en kan dus nooit gelden.",
      en: "Node '{node}': route {route} asks for at least {atLeast} of {pool} items, so it can never hold.",
    },
    "duplicate-answer": {
      nl: "Knoop '{node}': antwoord-id '{id}' komt twee keer voor.",
      en: "Node '{node}': answer id '{id}' occurs twice.",
    },
    "unknown-implied-answer": {
      nl: "Knoop '{node}': afgeleid antwoord '{id}' bestaat niet.{hint}",
      en: "Node '{node}': implied answer '{id}' does not exist.{hint}",
    },
    "unknown-fact": { nl: "Feit '{id}' bestaat niet.{hint}", en: "Fact '{id}' does not exist.{hint}" },
    "unknown-advised-contact": { nl: "Contact '{id}' bestaat niet.{hint}", en: "Contact '{id}' does not exist.{hint}" },
    "condition-unknown-node": {
      nl: "Voorwaarde: knoop '{id}' bestaat niet.{hint}",
      en: "Condition: node '{id}' does not exist.{hint}",
    },
    "condition-unknown-contact": {
      nl: "Voorwaarde: contact '{id}' bestaat niet.{hint}",
      en: "Condition: contact '{id}' does not exist.{hint}",
    },
    "condition-unknown-fact": {
      nl: "Voorwaarde: feit '{id}' bestaat niet.{hint}",
      en: "Condition: fact '{id}' does not exist.{hint}",
    },
    "condition-unknown-question": {
      nl: "Voorwaarde: vraag '{id}' bestaat niet.{hint}",
      en: "Condition: question '{id}' does not exist.{hint}",
    },
    "condition-unknown-answer": {
      nl: "Voorwaarde: antwoord '{id}' op '{node}' bestaat niet.{hint}",
      en: "Condition: answer '{id}' to '{node}' does not exist.{hint}",
    },
  },
  check(ctx) {
    const set = ctx.graph.set;
    for (const tree of set.trees.values()) {
      const here = Object.keys(tree.nodes);
      const sourceIds = tree.sources.map((s) => s.id);
      const missing: Missing = (path, messageId, data, id, candidates) => {
        const hint = didYouMean(id, candidates);
        ctx.report({
          messageId,
          data: { ...data, id, hint: hint ? mt("didYouMean", { hint }) : sameText("") },
          place: { tree: tree.id, path },
        });
      };
      if (!has(tree.nodes, tree.entry)) missing(["entry"], "unknown-entry", {}, tree.entry, here);
      for (const node of Object.values(tree.nodes) as TreeNode[]) {
        const base = ["nodes", node.id];
        const at = { node: node.id };
        if (node.kind === "link") {
          const target = set.trees.get(node.tree);
          if (!target) missing([...base, "tree"], "unknown-tree", at, node.tree, set.trees.keys());
          else if (node.node !== undefined && !has(target.nodes, node.node)) {
            missing(
              [...base, "node"],
              "unknown-link-node",
              { ...at, tree: target.id },
              node.node,
              Object.keys(target.nodes),
            );
          }
        } else {
          for (const e of edgesOf(node, () => undefined)) {
            if (!has(tree.nodes, e.target)) {
              const elsewhere = set.nodes.get(e.target);
              if (elsewhere) {
                ctx.report({
                  messageId: "next-other-tree",
                  data: { ...at, answer: e.label, target: e.target, tree: elsewhere.tree.id },
                  place: { tree: tree.id, path: [...e.refPath] },
                });
              } else missing([...e.refPath], "unknown-target", { ...at, answer: e.label }, e.target, here);
            }
          }
        }
        for (const [path, item] of adviceOf(node)) {
          if (!set.contacts.has(item.contact))
            missing([...base, ...path, "contact"], "unknown-contact", at, item.contact, set.contacts.keys());
        }
        (node.sources ?? []).forEach((s, i) => {
          if (!sourceIds.includes(s)) missing([...base, "sources", i], "unknown-source", at, s, sourceIds);
        });
        if (node.kind === "checklist") {
          const items = node.items.map((i) => i.id);
          const seen = new Set<string>();
          node.items.forEach((it, i) => {
            if (seen.has(it.id))
              ctx.report({
                messageId: "duplicate-item",
                data: { ...at, id: it.id },
                place: { tree: tree.id, path: [...base, "items", i, "id"] },
              });
            seen.add(it.id);
          });
          node.routes.forEach((r, ri) => {
            for (const key of ["anyOf", "of"] as const) {
              (r[key] ?? []).forEach((id, ii) => {
                if (!items.includes(id)) missing([...base, "routes", ri, key, ii], "unknown-item", at, id, items);
              });
            }
            const pool = r.of?.length ?? items.length;
            if (r.atLeast !== undefined && r.atLeast > pool) {
              ctx.report({
                messageId: "route-impossible",
                data: { ...at, route: ri + 1, atLeast: r.atLeast, pool },
                place: { tree: tree.id, path: [...base, "routes", ri, "atLeast"] },
              });
            }
          });
        }
        if (node.kind === "question") {
          const seen = new Set<string>();
          node.answers.forEach((a, i) => {
            if (seen.has(a.id))
              ctx.report({
                messageId: "duplicate-answer",
                data: { ...at, id: a.id },
                place: { tree: tree.id, path: [...base, "answers", i, "id"] },
              });
            seen.add(a.id);
          });
          const answerIds = [...node.answers.map((a) => a.id), ...(node.unknown ? ["unknown"] : [])];
          node.implied?.forEach((c, i) => {
            if (!answerIds.includes(c.answer))
              missing([...base, "implied", i, "answer"], "unknown-implied-answer", at, c.answer, answerIds);
          });
        }
      }
      const refs = factRefs(tree);
      for (const r of refs.facts)
        if (!set.facts.has(r.fact)) missing([...r.path], "unknown-fact", {}, r.fact, set.facts.keys());
      for (const r of refs.advised)
        if (!set.contacts.has(r.contact))
          missing([...r.path], "unknown-advised-contact", {}, r.contact, set.contacts.keys());
      (tree.invariants ?? []).forEach((inv, i) => checkCondition(ctx, ["invariants", i], inv.when, "when", missing));
      (tree.invariants ?? []).forEach((inv, i) =>
        checkCondition(ctx, ["invariants", i], inv.require, "require", missing),
      );
      (tree.invariants ?? []).forEach(
        (inv, i) => inv.unless && checkCondition(ctx, ["invariants", i], inv.unless, "unless", missing),
      );
    }
  },
});

type MessageId = keyof typeof references.messages;
/** Reports an unknown id at `path` with the rule's message for it, and the closest of `candidates` as a hint. */
type Missing = (
  path: (string | number)[],
  messageId: MessageId,
  data: MessageData,
  id: string,
  candidates: Iterable<string>,
) => void;

function checkCondition(
  ctx: RuleContext,
  base: (string | number)[],
  c: PathCondition,
  key: string | number,
  missing: Missing,
): void {
  const set = ctx.graph.set;
  const path = [...base, key];
  if ("visits" in c && !set.nodes.has(c.visits))
    missing([...path, "visits"], "condition-unknown-node", {}, c.visits, set.nodes.keys());
  if ("advises" in c && !set.contacts.has(c.advises))
    missing([...path, "advises"], "condition-unknown-contact", {}, c.advises, set.contacts.keys());
  if ("first" in c && !set.contacts.has(c.first))
    missing([...path, "first"], "condition-unknown-contact", {}, c.first, set.contacts.keys());
  if ("fact" in c && !set.facts.has(c.fact))
    missing([...path, "fact"], "condition-unknown-fact", {}, c.fact, set.facts.keys());
  if ("answered" in c) {
    const entry = set.nodes.get(c.answered.node);
    if (!entry)
      missing([...path, "answered", "node"], "condition-unknown-question", {}, c.answered.node, set.nodes.keys());
    else {
      const node = entry.node;
      // A checklist answer is an item ("was ticked") or the route taken: route-N, otherwise, unknown (as declared-invariants reads them).
      const ids =
        node.kind === "question"
          ? [...node.answers.map((a) => a.id), ...(node.unknown ? ["unknown"] : [])]
          : node.kind === "checklist"
            ? [
                ...node.items.map((i) => i.id),
                ...node.routes.map((_, i) => routeLabel(i)),
                "otherwise",
                ...(node.unknown ? ["unknown"] : []),
              ]
            : [];
      if (!ids.includes(c.answered.answer))
        missing([...path, "answered", "answer"], "condition-unknown-answer", { node: node.id }, c.answered.answer, ids);
    }
  }
  if ("anyOf" in c) c.anyOf.forEach((s, i) => checkCondition(ctx, [...path, "anyOf"], s, i, missing));
  if ("allOf" in c) c.allOf.forEach((s, i) => checkCondition(ctx, [...path, "allOf"], s, i, missing));
  if ("not" in c) checkCondition(ctx, path, c.not, "not", missing);
}

/** Every advice item in a node, with its path inside the node. */
export function adviceOf(node: TreeNode): [(string | number)[], AdviceItem][] {
  const out: [(string | number)[], AdviceItem][] = [];
  const add = (path: (string | number)[], list: readonly AdviceItem[] | undefined) =>
    list?.forEach((a, i) => out.push([[...path, "advice", i], a]));
  if (node.kind === "question") {
    node.answers.forEach((a, i) => add(["answers", i], a.advice));
    add(["unknown"], node.unknown?.advice);
  } else if (node.kind === "checklist") {
    node.routes.forEach((r, i) => add(["routes", i], r.advice));
    add(["otherwise"], node.otherwise.advice);
    add(["unknown"], node.unknown?.advice);
  } else if (node.kind === "info" || node.kind === "outcome") add([], node.advice);
  return out;
}
