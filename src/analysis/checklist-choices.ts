import { checklistResult } from "../engine/engine.js";
import type { ChecklistNode } from "../model/tree.js";

/** Above this many items that routes depend on, choices are over-approximated instead of enumerated. */
export const MAX_ENUMERATED_ITEMS = 16;

/** One way a checklist edge can be taken, as far as some watched items are concerned. */
export interface ChecklistChoice {
  /** Bit i set: watched item i is ticked. */
  readonly pattern: number;
  /** A set of ticked items that takes this edge with this pattern (fewest items); absent when not enumerated. */
  readonly ticked?: readonly string[];
}

export interface ChecklistChoices {
  /** Per route edge (index as in edgesOf: routes..., then `otherwise`), the possible patterns. */
  readonly byEdge: readonly (readonly ChecklistChoice[])[];
  /** False when the checklist was too large to enumerate: every pattern is then assumed possible. */
  readonly exact: boolean;
}

/**
 * Which combinations of `watched` items can be ticked when the checklist
 * takes each of its edges. A route fires when it holds and no earlier route
 * does (checklistEdgeIndex, the engine's own rule), so "item x ticked" is
 * possible on some edges and impossible on others.
 *
 * Only items the routes read decide the edge; the others are free. Those
 * (at most MAX_ENUMERATED_ITEMS) are enumerated: 2^16 tries at worst, per
 * checklist, independent of the size of the tree. Beyond that every pattern
 * is assumed possible, which can only add counterexamples, never hide one.
 */
export function checklistChoices(node: ChecklistNode, watched: readonly string[]): ChecklistChoices {
  // Every invariant asks again about the same checklists: remember the answers per node object.
  const memo = cache.get(node) ?? new Map<string, ChecklistChoices>();
  cache.set(node, memo);
  const key = watched.join("\n");
  const known = memo.get(key);
  if (known) return known;
  const result = compute(node, watched);
  memo.set(key, result);
  return result;
}

const cache = new WeakMap<ChecklistNode, Map<string, ChecklistChoices>>();

function compute(node: ChecklistNode, watched: readonly string[]): ChecklistChoices {
  const edges = node.routes.length + 1;
  const allItems = node.items.map((i) => i.id);
  const readsAll = node.routes.some((r) => r.atLeast !== undefined && r.of === undefined);
  const decisive = readsAll
    ? allItems
    : [...new Set(node.routes.flatMap((r) => [...(r.anyOf ?? []), ...(r.of ?? [])]))].filter((id) =>
        allItems.includes(id),
      );
  const free = watched.map((w, i) => (decisive.includes(w) ? -1 : i)).filter((i) => i >= 0);
  const byEdge: Map<number, ChecklistChoice>[] = Array.from({ length: edges }, () => new Map());

  if (decisive.length > MAX_ENUMERATED_ITEMS) {
    const all = 1 << watched.length;
    return { byEdge: byEdge.map(() => Array.from({ length: all }, (_, pattern) => ({ pattern }))), exact: false };
  }
  for (let set = 0; set < 1 << decisive.length; set++) {
    const ticked = decisive.filter((_, i) => set & (1 << i));
    const edge = checklistResult(node, new Set(ticked)).edge;
    const pattern = watched.reduce((p, w, i) => (ticked.includes(w) ? p | (1 << i) : p), 0);
    const seen = byEdge[edge]!.get(pattern);
    if (!seen || seen.ticked!.length > ticked.length) byEdge[edge]!.set(pattern, { pattern, ticked });
  }
  // Watched items no route reads can be ticked or not on any edge.
  const out = byEdge.map((m) => {
    let list = [...m.values()];
    for (const i of free)
      list = list.flatMap((c) => [c, { pattern: c.pattern | (1 << i), ticked: [...c.ticked!, watched[i]!] }]);
    return list;
  });
  return { byEdge: out, exact: true };
}
