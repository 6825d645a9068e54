import type { Invariant, PathCondition } from "../model/tree.js";
import { urgencyRank, URGENCIES } from "../model/urgency.js";
import type { CollectedAdvice } from "../engine/engine.js";
import { factGraphOf, type FactEdge, type FactGraph } from "./fact-graph.js";

/** More distinct path facts than this and the search space (states x 2^k) gets too large to promise a quick answer. */
export const MAX_ATOMS = 20;

/**
 * A fact about a path that, once true, stays true: the path visited a node,
 * took an answer (given or implied), ticked a checklist item, or collected
 * advice. Facts the trees declare (`fact: F`) and the outcome (`closes`) are
 * read from the end state itself, so they need no atom.
 */
type Atom =
  | { readonly kind: "visits"; readonly node: string }
  | { readonly kind: "answered"; readonly node: string; readonly answer: string }
  | { readonly kind: "ticked"; readonly node: string; readonly item: string }
  | { readonly kind: "advises"; readonly contact: string; readonly rank: number }
  | { readonly kind: "other"; readonly contact: string; readonly rank: number }
  | { readonly kind: "urgency"; readonly rank: number }
  | { readonly kind: "fact"; readonly fact: string };

/** One step of a counterexample: the node answered and the edge taken. */
export interface Step {
  readonly node: string;
  readonly edge: FactEdge;
}

export type InvariantResult =
  | { readonly kind: "holds"; readonly applies: boolean }
  | { readonly kind: "violated"; readonly steps: readonly Step[]; readonly outcome: string; readonly exact: boolean; readonly advice: readonly CollectedAdvice[] }
  | { readonly kind: "too-many-atoms"; readonly atoms: number }
  | { readonly kind: "no-start" };

const LEAST = URGENCIES.length - 1;

/** The checklist items invariants name, per checklist: the fact graph must tell their ticks apart. */
export function watchedItems(graph: { readonly set: FactGraph["set"] }, invariants: readonly Invariant[]): Map<string, string[]> {
  const watch = new Map<string, string[]>();
  const visit = (c: PathCondition) => {
    if ("anyOf" in c) c.anyOf.forEach(visit);
    else if ("allOf" in c) c.allOf.forEach(visit);
    else if ("not" in c) visit(c.not);
    else if ("answered" in c) {
      const n = graph.set.nodes.get(c.answered.node)?.node;
      if (n?.kind === "checklist" && n.items.some((i) => i.id === c.answered.answer)) {
        const list = watch.get(n.id) ?? [];
        if (!list.includes(c.answered.answer)) list.push(c.answered.answer);
        watch.set(n.id, list);
      }
    }
  };
  for (const inv of invariants) [inv.when, inv.require, ...(inv.unless ? [inv.unless] : [])].forEach(visit);
  for (const list of watch.values()) list.sort();
  return watch;
}

/** Every invariant every tree of the set declares. */
export function allInvariants(set: FactGraph["set"]): Invariant[] {
  return [...set.trees.values()].flatMap((t) => t.invariants ?? []);
}

/**
 * Proves an invariant over every path from the start to an outcome, without
 * listing paths: a breadth-first search over pairs (fact-graph state, path
 * facts seen so far). The fact graph is made by the engine's own stepping,
 * so guards, branches and implied answers are proved exactly as a consult
 * takes them. Path facts only ever switch on, so the pair at an outcome is
 * exactly what one path there makes true; the first violating pair the
 * search meets is a shortest counterexample (fewest answers).
 *
 * `applies` tells whether any path satisfied `when`: an invariant that never
 * applies is probably mistyped.
 */
export function proveInvariant(fg: FactGraph, inv: Invariant): InvariantResult {
  if (fg.start.state < 0) return { kind: "no-start" };
  const atoms: Atom[] = [];
  type Test = (mask: number, state: number) => boolean;
  const bit = (a: Atom): number => 1 << atomIndex(atoms, a);
  const compile = (c: PathCondition): Test => {
    if ("anyOf" in c) {
      const parts = c.anyOf.map(compile);
      return (m, s) => parts.some((p) => p(m, s));
    }
    if ("allOf" in c) {
      const parts = c.allOf.map(compile);
      return (m, s) => parts.every((p) => p(m, s));
    }
    if ("not" in c) {
      const inner = compile(c.not);
      return (m, s) => !inner(m, s);
    }
    if ("fact" in c) {
      // Facts only ever switch on: "F held anywhere on the path" is an atom like any other.
      const b = bit({ kind: "fact", fact: c.fact });
      return (m) => (m & b) !== 0;
    }
    if ("closes" in c) return (_m, s) => fg.states[s]!.node.kind === "outcome" && (fg.states[s]!.node as { closes?: boolean }).closes === true;
    if ("first" in c) {
      // C is advised at some level r, and no other contact at a level more urgent than r.
      const own = URGENCIES.map((_, r) => bit({ kind: "advises", contact: c.first, rank: r }));
      const others = URGENCIES.map((_, r) => bit({ kind: "other", contact: c.first, rank: r }));
      return (m) => own.some((b, r) => (m & b) !== 0 && (r === 0 || (m & others[r - 1]!) === 0));
    }
    if ("visits" in c) {
      const b = bit({ kind: "visits", node: c.visits });
      return (m) => (m & b) !== 0;
    }
    if ("advises" in c) {
      const b = bit({ kind: "advises", contact: c.advises, rank: c.urgency ? urgencyRank(c.urgency) : LEAST });
      return (m) => (m & b) !== 0;
    }
    if ("reachesUrgency" in c) {
      const b = bit({ kind: "urgency", rank: urgencyRank(c.reachesUrgency) });
      return (m) => (m & b) !== 0;
    }
    const { node, answer } = c.answered;
    const n = fg.set.nodes.get(node)?.node;
    // On a checklist, an item id means "this item was ticked"; route-N, otherwise and unknown name the edge taken.
    const b = bit(n?.kind === "checklist" && n.items.some((i) => i.id === answer) ? { kind: "ticked", node, item: answer } : { kind: "answered", node, answer });
    return (m) => (m & b) !== 0;
  };
  const when = compile(inv.when);
  const require = compile(inv.require);
  const unless = inv.unless ? compile(inv.unless) : () => false;
  if (atoms.length > MAX_ATOMS) return { kind: "too-many-atoms", atoms: atoms.length };

  /** The atoms a step switches on: nodes passed, answers given or implied, ticks, advice. */
  const bitsOf = (fromNode: string | undefined, label: string | undefined, answer: unknown, advice: readonly CollectedAdvice[], path: readonly string[], implied: readonly { node: string; answer: unknown }[], facts: ReadonlySet<string>): number => {
    let m = 0;
    atoms.forEach((a, i) => {
      switch (a.kind) {
        case "fact":
          if (facts.has(a.fact)) m |= 1 << i;
          break;
        case "visits":
          if (path.includes(a.node)) m |= 1 << i;
          break;
        case "answered":
          if ((fromNode === a.node && label === a.answer) || implied.some((x) => x.node === a.node && x.answer === a.answer)) m |= 1 << i;
          break;
        case "ticked":
          if (fromNode === a.node && Array.isArray(answer) && answer.includes(a.item)) m |= 1 << i;
          break;
        case "advises":
          if (advice.some((x) => x.item.contact === a.contact && urgencyRank(x.item.urgency) <= a.rank)) m |= 1 << i;
          break;
        case "other":
          if (advice.some((x) => x.item.contact !== a.contact && urgencyRank(x.item.urgency) <= a.rank)) m |= 1 << i;
          break;
        case "urgency":
          if (advice.some((x) => urgencyRank(x.item.urgency) <= a.rank)) m |= 1 << i;
          break;
      }
    });
    return m;
  };
  const edgeBits = fg.out.map((list) => list.map((e) => bitsOf(fg.states[e.from]!.node.id, e.label, e.answer, e.advice, e.path, e.implied, e.facts)));

  // Breadth-first search over (state, mask), each a number: state * 2^k + mask.
  const width = 2 ** atoms.length;
  const parent = new Map<number, number>(); // pair -> previous pair (-1 for the start)
  const via = new Map<number, FactEdge>(); // pair -> the edge that reached it
  const queue: number[] = [];
  let applies = false;
  const visit = (state: number, mask: number, prev: number, edge?: FactEdge): boolean => {
    const k = state * width + mask;
    if (parent.has(k)) return false;
    parent.set(k, prev);
    if (edge) via.set(k, edge);
    queue.push(k);
    if (fg.states[state]!.node.kind !== "outcome" || !when(mask, state)) return false;
    applies = true;
    return !unless(mask, state) && !require(mask, state);
  };
  const s0 = fg.start.state;
  const m0 = bitsOf(undefined, undefined, undefined, fg.start.advice, fg.start.path, fg.start.implied, fg.start.facts);
  let bad = visit(s0, m0, -1) ? s0 * width + m0 : -1;
  for (let q = 0; q < queue.length && bad < 0; q++) {
    const here = queue[q]!;
    const state = Math.floor(here / width);
    const mask = here % width;
    const edges = fg.out[state]!;
    for (let j = 0; j < edges.length && bad < 0; j++) {
      const e = edges[j]!;
      const next = mask | edgeBits[state]![j]!;
      if (visit(e.to, next, here, e)) bad = e.to * width + next;
    }
  }
  if (bad < 0) return { kind: "holds", applies };
  const steps: Step[] = [];
  for (let at = bad; parent.get(at)! >= 0; at = parent.get(at)!) {
    const e = via.get(at)!;
    steps.push({ node: fg.states[e.from]!.node.id, edge: e });
  }
  steps.reverse();
  const advice = [...fg.start.advice, ...steps.flatMap((s) => s.edge.advice)];
  return { kind: "violated", steps, outcome: fg.states[Math.floor(bad / width)]!.node.id, exact: fg.complete, advice };
}

/** Proves an invariant on the set's own fact graph (built once, watching what the set's invariants name). */
export function proveOnSet(set: FactGraph["set"], inv: Invariant): InvariantResult {
  return proveInvariant(factGraphOf(set, watchedItems({ set }, allInvariants(set))), inv);
}

function atomIndex(atoms: Atom[], a: Atom): number {
  const key = JSON.stringify(a);
  const same = atoms.findIndex((b) => JSON.stringify(b) === key);
  if (same >= 0) return same;
  // Past MAX_ATOMS the bit would overflow; proveInvariant stops before any mask is built.
  atoms.push(a);
  return atoms.length - 1;
}
