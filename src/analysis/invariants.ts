import type { Invariant, PathCondition } from "../model/tree.js";
import { urgencyRank } from "../model/urgency.js";
import { checklistChoices, routeIndex } from "./checklist-choices.js";
import type { Graph, GraphEdge } from "./graph.js";

/** More distinct facts than this and the search space (nodes x 2^k) gets too large to promise a quick answer. */
export const MAX_ATOMS = 12;

/**
 * A fact about a path that, once true, stays true: the path visited a node,
 * took an answer, ticked a checklist item, or collected advice. Every
 * invariant is a boolean formula over such facts, evaluated at the outcome.
 */
type Atom =
  | { readonly kind: "visits"; readonly node: string }
  | { readonly kind: "answered"; readonly node: string; readonly answer: string }
  | { readonly kind: "ticked"; readonly node: string; readonly item: string }
  | { readonly kind: "advises"; readonly contact: string }
  | { readonly kind: "urgency"; readonly rank: number };

/** One step of a counterexample: the node left and the edge taken (with the items ticked, for a checklist). */
export interface Step {
  readonly node: string;
  readonly edge: GraphEdge;
  readonly ticked?: readonly string[];
}

export type InvariantResult =
  | { readonly kind: "holds"; readonly applies: boolean }
  | { readonly kind: "violated"; readonly steps: readonly Step[]; readonly outcome: string; readonly exact: boolean }
  | { readonly kind: "too-many-atoms"; readonly atoms: number }
  | { readonly kind: "no-start" };

/**
 * Proves an invariant over every path from `start` to an outcome, without
 * listing paths: a breadth-first search over pairs (node, facts seen so far),
 * at most nodes x 2^k states for k distinct facts. Facts only ever switch on,
 * so the set of facts at an outcome is exactly what one path there makes
 * true, and every path is represented by some state. The first violating
 * state the search meets is a shortest counterexample (fewest edges).
 *
 * `applies` tells whether any path satisfied `when`: an invariant that never
 * applies is probably mistyped.
 */
export function proveInvariant(graph: Graph, inv: Invariant, start: string): InvariantResult {
  const set = graph.set;
  if (!set.nodes.has(start)) return { kind: "no-start" };
  const atoms: Atom[] = [];
  const compile = (c: PathCondition): ((mask: number) => boolean) => {
    if ("anyOf" in c) {
      const parts = c.anyOf.map(compile);
      return (m) => parts.some((p) => p(m));
    }
    if ("allOf" in c) {
      const parts = c.allOf.map(compile);
      return (m) => parts.every((p) => p(m));
    }
    if ("not" in c) {
      const inner = compile(c.not);
      return (m) => !inner(m);
    }
    const bit = 1 << atomIndex(atoms, toAtom(graph, c));
    return (m) => (m & bit) !== 0;
  };
  const when = compile(inv.when);
  const require = compile(inv.require);
  const unless = inv.unless ? compile(inv.unless) : () => false;
  if (atoms.length > MAX_ATOMS) return { kind: "too-many-atoms", atoms: atoms.length };

  // Precompute what arriving at a node and taking an edge switch on.
  const arrive = new Map<string, number>();
  for (const [id, { node }] of set.nodes) {
    let m = 0;
    atoms.forEach((a, i) => {
      if (a.kind === "visits" && a.node === id) m |= 1 << i;
    });
    if (node.kind === "outcome") m |= adviceBits(atoms, node.advice);
    arrive.set(id, m);
  }
  const edgeBits = (e: GraphEdge) =>
    atoms.reduce((m, a, i) => (a.kind === "answered" && a.node === e.from && a.answer === e.label ? m | (1 << i) : m), 0) | adviceBits(atoms, e.advice);
  let exact = true;
  const perChecklist = new Map<string, ReturnType<typeof checklistChoices>>();
  /**
   * The ways an edge can be taken, each with every fact it switches on
   * (answer, advice, arriving at the target): one way, except on a checklist,
   * where each possible combination of watched ticked items is its own way
   * (and a route no combination of ticks can fire has none).
   */
  const waysOf = (e: GraphEdge): Way[] => {
    const node = set.nodes.get(e.from)!.node;
    const bits = edgeBits(e) | arrive.get(e.target)!;
    // "Weet ik niet" on a checklist ticks nothing.
    if (node.kind !== "checklist" || e.isUnknown) return [{ bits }];
    const watched = atoms.flatMap((a, i) => (a.kind === "ticked" && a.node === e.from ? [{ item: a.item, bit: i }] : []));
    let c = perChecklist.get(e.from);
    if (!c) {
      c = checklistChoices(node, watched.map((w) => w.item));
      perChecklist.set(e.from, c);
      exact &&= c.exact;
    }
    return (c.byEdge[routeIndex(node, e.label)] ?? []).map((ch) => ({
      bits: watched.reduce((m, w, i) => (ch.pattern & (1 << i) ? m | (1 << w.bit) : m), bits),
      ...(ch.ticked ? { ticked: ch.ticked } : {}),
    }));
  };

  // Breadth-first search over states (node, mask), each a number: nodeIndex * 2^k + mask.
  // Plain numbers and arrays, no object per state: the search may meet nodes x 2^k states.
  const ids = graph.ids;
  const index = new Map(ids.map((id, i) => [id, i]));
  const isOutcome = ids.map((id) => set.nodes.get(id)!.node.kind === "outcome");
  const outWays = ids.map((id) => (graph.out.get(id) ?? []).map((e) => ({ e, target: index.get(e.target)!, ways: waysOf(e) })));
  const width = 2 ** atoms.length;
  const parent = new Map<number, number>(); // state -> previous state (-1 for the start)
  const via = new Map<number, Step>(); // state -> the step that reached it
  const queue: number[] = [];
  let applies = false;
  /** Marks a state seen; returns true when it is a violating outcome. */
  const visit = (node: number, mask: number, prev: number, step?: Step): boolean => {
    const k = node * width + mask;
    if (parent.has(k)) return false;
    parent.set(k, prev);
    if (step) via.set(k, step);
    queue.push(k);
    if (!isOutcome[node] || !when(mask)) return false;
    applies = true;
    return !unless(mask) && !require(mask);
  };
  const startIndex = index.get(start)!;
  let bad = visit(startIndex, arrive.get(start)!, -1) ? startIndex * width + arrive.get(start)! : -1;
  for (let q = 0; q < queue.length && bad < 0; q++) {
    const here = queue[q]!;
    const node = Math.floor(here / width);
    const mask = here % width;
    for (const { e, target, ways } of outWays[node]!) {
      for (const w of ways) {
        const next = mask | w.bits;
        if (parent.has(target * width + next)) continue;
        if (visit(target, next, here, { node: ids[node]!, edge: e, ...(w.ticked ? { ticked: w.ticked } : {}) })) bad = target * width + next;
        if (bad >= 0) break;
      }
      if (bad >= 0) break;
    }
  }
  if (bad < 0) return { kind: "holds", applies };
  const steps: Step[] = [];
  for (let at = bad; parent.get(at)! >= 0; at = parent.get(at)!) steps.push(via.get(at)!);
  return { kind: "violated", steps: steps.reverse(), outcome: ids[Math.floor(bad / width)]!, exact };
}

interface Way {
  readonly bits: number;
  readonly ticked?: readonly string[];
}

function toAtom(graph: Graph, c: PathCondition): Atom {
  if ("visits" in c) return { kind: "visits", node: c.visits };
  if ("advises" in c) return { kind: "advises", contact: c.advises };
  if ("reachesUrgency" in c) return { kind: "urgency", rank: urgencyRank(c.reachesUrgency) };
  if ("answered" in c) {
    const { node, answer } = c.answered;
    const n = graph.set.nodes.get(node)?.node;
    // On a checklist, an item id means "this item was ticked"; route-N, otherwise and unknown name the edge taken.
    if (n?.kind === "checklist" && n.items.some((i) => i.id === answer)) return { kind: "ticked", node, item: answer };
    return { kind: "answered", node, answer };
  }
  throw new Error("not an atom"); // unreachable: compile handles the combinators
}

function atomIndex(atoms: Atom[], a: Atom): number {
  const same = atoms.findIndex((b) => JSON.stringify(b) === JSON.stringify(a));
  if (same >= 0) return same;
  // Past MAX_ATOMS the bit would overflow; proveInvariant stops before any mask is built.
  atoms.push(a);
  return atoms.length - 1;
}

function adviceBits(atoms: readonly Atom[], advice: readonly { contact: string; urgency: Parameters<typeof urgencyRank>[0] }[]): number {
  let m = 0;
  atoms.forEach((a, i) => {
    if (a.kind === "advises" && advice.some((x) => x.contact === a.contact)) m |= 1 << i;
    if (a.kind === "urgency" && advice.some((x) => urgencyRank(x.urgency) <= a.rank)) m |= 1 << i;
  });
  return m;
}
