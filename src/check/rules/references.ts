import { edgesOf } from "../../engine/transitions.js";
import type { AdviceItem, PathCondition, TreeNode } from "../../model/tree.js";
import { didYouMean } from "../../util/suggest.js";
import type { Rule, RuleContext } from "../rule.js";
import { factRefs } from "../fact-refs.js";

/** Own keys only: a node id read from a file must never resolve to something on Object.prototype ('constructor'). */
const has = (nodes: object, id: string) => Object.hasOwn(nodes, id);

/** Every target node, linked tree, contact, source and checklist item exists. */
export const references: Rule = {
  id: "references",
  severity: "error",
  description: { nl: "Elke verwijzing (knoop, boom, contact, bron, item) bestaat.", en: "Every reference (node, tree, contact, source, item) exists." },
  check(ctx) {
    const set = ctx.graph.set;
    for (const tree of set.trees.values()) {
      const here = Object.keys(tree.nodes);
      const sourceIds = tree.sources.map((s) => s.id);
      const missing = (path: (string | number)[], what: { nl: string; en: string }, id: string, candidates: Iterable<string>) => {
        const hint = didYouMean(id, candidates);
        ctx.report({
          place: { tree: tree.id, path },
          message: {
            nl: `${what.nl} '${id}' bestaat niet.${hint ? ` Bedoelt u '${hint}'?` : ""}`,
            en: `${what.en} '${id}' does not exist.${hint ? ` Did you mean '${hint}'?` : ""}`,
          },
        });
      };
      if (!has(tree.nodes, tree.entry)) missing(["entry"], { nl: "Startknoop", en: "Entry node" }, tree.entry, here);
      for (const node of Object.values(tree.nodes) as TreeNode[]) {
        const base = ["nodes", node.id];
        if (node.kind === "link") {
          const target = set.trees.get(node.tree);
          if (!target) missing([...base, "tree"], { nl: `Knoop '${node.id}': boom`, en: `Node '${node.id}': tree` }, node.tree, set.trees.keys());
          else if (node.node !== undefined && !has(target.nodes, node.node)) {
            missing([...base, "node"], { nl: `Knoop '${node.id}': knoop in boom '${target.id}'`, en: `Node '${node.id}': node in tree '${target.id}'` }, node.node, Object.keys(target.nodes));
          }
        } else {
          for (const e of edgesOf(node, () => undefined)) {
            if (!has(tree.nodes, e.target)) {
              const elsewhere = set.nodes.get(e.target);
              if (elsewhere) {
                ctx.report({
                  place: { tree: tree.id, path: [...e.refPath] },
                  message: {
                    nl: `Knoop '${node.id}' (antwoord '${e.label}') wijst naar '${e.target}' in boom '${elsewhere.tree.id}'. Gebruik een knoop van soort 'link' om naar een andere boom te gaan.`,
                    en: `Node '${node.id}' (answer '${e.label}') points to '${e.target}' in tree '${elsewhere.tree.id}'. Use a node of kind 'link' to go to another tree.`,
                  },
                });
              } else missing([...e.refPath], { nl: `Knoop '${node.id}' (antwoord '${e.label}'): doelknoop`, en: `Node '${node.id}' (answer '${e.label}'): target node` }, e.target, here);
            }
          }
        }
        for (const [path, item] of adviceOf(node)) {
          if (!set.contacts.has(item.contact)) missing([...base, ...path, "contact"], { nl: `Knoop '${node.id}': contact`, en: `Node '${node.id}': contact` }, item.contact, set.contacts.keys());
        }
        (node.sources ?? []).forEach((s, i) => {
          if (!sourceIds.includes(s)) missing([...base, "sources", i], { nl: `Knoop '${node.id}': bron`, en: `Node '${node.id}': source` }, s, sourceIds);
        });
        if (node.kind === "checklist") {
          const items = node.items.map((i) => i.id);
          const seen = new Set<string>();
          node.items.forEach((it, i) => {
            if (seen.has(it.id)) {
              ctx.report({ place: { tree: tree.id, path: [...base, "items", i, "id"] }, message: { nl: `Knoop '${node.id}': item-id '${it.id}' komt twee keer voor.`, en: `Node '${node.id}': item id '${it.id}' occurs twice.` } });
            }
            seen.add(it.id);
          });
          node.routes.forEach((r, ri) => {
            for (const key of ["anyOf", "of"] as const) {
              (r[key] ?? []).forEach((id, ii) => {
                if (!items.includes(id)) missing([...base, "routes", ri, key, ii], { nl: `Knoop '${node.id}': item`, en: `Node '${node.id}': item` }, id, items);
              });
            }
            const pool = r.of?.length ?? items.length;
            if (r.atLeast !== undefined && r.atLeast > pool) {
              ctx.report({
                place: { tree: tree.id, path: [...base, "routes", ri, "atLeast"] },
                message: { nl: `Knoop '${node.id}': route ${ri + 1} vraagt minstens ${r.atLeast} van ${pool} items en kan dus nooit gelden.`, en: `Node '${node.id}': route ${ri + 1} asks for at least ${r.atLeast} of ${pool} items, so it can never hold.` },
              });
            }
          });
        }
        if (node.kind === "question") {
          const seen = new Set<string>();
          node.answers.forEach((a, i) => {
            if (seen.has(a.id)) ctx.report({ place: { tree: tree.id, path: [...base, "answers", i, "id"] }, message: { nl: `Knoop '${node.id}': antwoord-id '${a.id}' komt twee keer voor.`, en: `Node '${node.id}': answer id '${a.id}' occurs twice.` } });
            seen.add(a.id);
          });
          const answerIds = [...node.answers.map((a) => a.id), ...(node.unknown ? ["unknown"] : [])];
          node.implied?.forEach((c, i) => {
            if (!answerIds.includes(c.answer)) missing([...base, "implied", i, "answer"], { nl: `Knoop '${node.id}': afgeleid antwoord`, en: `Node '${node.id}': implied answer` }, c.answer, answerIds);
          });
        }
      }
      const refs = factRefs(tree);
      for (const r of refs.facts) if (!set.facts.has(r.fact)) missing([...r.path], { nl: "Feit", en: "Fact" }, r.fact, set.facts.keys());
      for (const r of refs.advised) if (!set.contacts.has(r.contact)) missing([...r.path], { nl: "Contact", en: "Contact" }, r.contact, set.contacts.keys());
      (tree.invariants ?? []).forEach((inv, i) => checkCondition(ctx, tree.id, ["invariants", i], inv.when, "when", missing));
      (tree.invariants ?? []).forEach((inv, i) => checkCondition(ctx, tree.id, ["invariants", i], inv.require, "require", missing));
      (tree.invariants ?? []).forEach((inv, i) => inv.unless && checkCondition(ctx, tree.id, ["invariants", i], inv.unless, "unless", missing));
    }
  },
};

type Missing = (path: (string | number)[], what: { nl: string; en: string }, id: string, candidates: Iterable<string>) => void;

function checkCondition(ctx: RuleContext, _tree: string, base: (string | number)[], c: PathCondition, key: string | number, missing: Missing): void {
  const set = ctx.graph.set;
  const path = [...base, key];
  if ("visits" in c && !set.nodes.has(c.visits)) missing([...path, "visits"], { nl: "Voorwaarde: knoop", en: "Condition: node" }, c.visits, set.nodes.keys());
  if ("advises" in c && !set.contacts.has(c.advises)) missing([...path, "advises"], { nl: "Voorwaarde: contact", en: "Condition: contact" }, c.advises, set.contacts.keys());
  if ("first" in c && !set.contacts.has(c.first)) missing([...path, "first"], { nl: "Voorwaarde: contact", en: "Condition: contact" }, c.first, set.contacts.keys());
  if ("fact" in c && !set.facts.has(c.fact)) missing([...path, "fact"], { nl: "Voorwaarde: feit", en: "Condition: fact" }, c.fact, set.facts.keys());
  if ("answered" in c) {
    const entry = set.nodes.get(c.answered.node);
    if (!entry) missing([...path, "answered", "node"], { nl: "Voorwaarde: vraag", en: "Condition: question" }, c.answered.node, set.nodes.keys());
    else {
      const node = entry.node;
      // A checklist answer is an item ("was ticked") or the route taken: route-N, otherwise, unknown (as declared-invariants reads them).
      const ids =
        node.kind === "question"
          ? [...node.answers.map((a) => a.id), ...(node.unknown ? ["unknown"] : [])]
          : node.kind === "checklist"
            ? [...node.items.map((i) => i.id), ...node.routes.map((_, i) => `route-${i + 1}`), "otherwise", ...(node.unknown ? ["unknown"] : [])]
            : [];
      if (!ids.includes(c.answered.answer)) missing([...path, "answered", "answer"], { nl: `Voorwaarde: antwoord op '${node.id}'`, en: `Condition: answer to '${node.id}'` }, c.answered.answer, ids);
    }
  }
  if ("anyOf" in c) c.anyOf.forEach((s, i) => checkCondition(ctx, _tree, [...path, "anyOf"], s, i, missing));
  if ("allOf" in c) c.allOf.forEach((s, i) => checkCondition(ctx, _tree, [...path, "allOf"], s, i, missing));
  if ("not" in c) checkCondition(ctx, _tree, path, c.not, "not", missing);
}

/** Every advice item in a node, with its path inside the node. */
export function adviceOf(node: TreeNode): [(string | number)[], AdviceItem][] {
  const out: [(string | number)[], AdviceItem][] = [];
  const add = (path: (string | number)[], list: readonly AdviceItem[] | undefined) => list?.forEach((a, i) => out.push([[...path, "advice", i], a]));
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
