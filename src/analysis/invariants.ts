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
  | {
      readonly kind: "violated";
      readonly steps: readonly Step[];
      readonly outcome: string;
      readonly exact: boolean;
      readonly advice: readonly CollectedAdvice[];
    }
  | { readonly kind: "too-many-atoms"; readonly atoms: number }
  | { readonly kind: "no-start" };

const LEAST = URGENCIES.length - 1;

/** The checklist items invariants name, per checklist: the fact graph must tell their ticks apart. */
export function watchedItems(set: FactGraph["set"], invariants: readonly Invariant[]): Map<string, string[]> {
  const watch = new Map<string, string[]>();
  const visit = (c: PathCondition) => {
    if ("anyOf" in c) c.anyOf.forEach(visit);
    else if ("allOf" in c) c.allOf.forEach(visit);
    else if ("not" in c) visit(c.not);
    else if ("answered" in c) {
      const n = set.nodes.get(c.answered.node)?.node;
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
    if ("closes" in c)
      return (_m, s) =>
        fg.states[s]!.node.kind === "outcome" && (fg.states[s]!.node as { closes?: boolean }).closes === true;
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
    const b = bit(
      n?.kind === "checklist" && n.items.some((i) => i.id === answer)
        ? { kind: "ticked", node, item: answer }
        : { kind: "answered", node, answer },
    );
    return (m) => (m & b) !== 0;
  };
  const when = compile(inv.when);
  const require = compile(inv.require);
  const unless = inv.unless ? compile(inv.unless) : () => false;
  if (atoms.length > MAX_ATOMS) return { kind: "too-many-atoms", atoms: atoms.length };

  // The atoms each step switches on, found through the graph's index rather than by scanning every step.
  const ix = indexOf(fg);
  const edgeBits = new Int32Array(ix.edges.length);
  let startBits = 0;
  atoms.forEach((a, i) => {
    const b = 1 << i;
    const on = (list: readonly number[] | undefined) => list?.forEach((e) => (edgeBits[e]! |= b));
    switch (a.kind) {
      case "fact":
        on(ix.byFact.get(a.fact));
        if (fg.start.facts.has(a.fact)) startBits |= b;
        break;
      case "visits":
        on(ix.byNode.get(a.node));
        if (fg.start.path.includes(a.node)) startBits |= b;
        break;
      case "answered":
        on(ix.byAnswer.get(a.node)?.get(a.answer));
        if (fg.start.implied.some((x) => x.node === a.node && x.answer === a.answer)) startBits |= b;
        break;
      case "ticked":
        on(ix.byTick.get(a.node)?.get(a.item));
        break;
      case "advises":
        ix.byContact.get(a.contact)?.forEach(([e, r]) => r <= a.rank && (edgeBits[e]! |= b));
        if (fg.start.advice.some((x) => x.item.contact === a.contact && urgencyRank(x.item.urgency) <= a.rank))
          startBits |= b;
        break;
      case "other":
        for (let e = 0; e < ix.top1.length; e++) {
          const c1 = ix.top1[e]!;
          if ((c1 !== a.contact && ix.rank1[e]! <= a.rank) || (c1 === a.contact && ix.rank2[e]! <= a.rank))
            edgeBits[e]! |= b;
        }
        if (fg.start.advice.some((x) => x.item.contact !== a.contact && urgencyRank(x.item.urgency) <= a.rank))
          startBits |= b;
        break;
      case "urgency":
        for (let e = 0; e < ix.rank1.length; e++) if (ix.rank1[e]! <= a.rank) edgeBits[e]! |= b;
        if (fg.start.advice.some((x) => urgencyRank(x.item.urgency) <= a.rank)) startBits |= b;
        break;
    }
  });

  // Breadth-first search over (state, mask). Entries live in typed arrays that grow by doubling (no object or
  // list per pair or per state, so almost no garbage); the masks seen at a state are chained through `next`
  // from `head[state]`: per state they are few (about 1.0-1.8 entries per state on the bundled trees).
  let cap = Math.max(1024, fg.states.length * 2);
  let entState = new Int32Array(cap);
  let entMask = new Int32Array(cap);
  let entParent = new Int32Array(cap);
  let entEdge = new Int32Array(cap);
  let next = new Int32Array(cap);
  const head = new Int32Array(fg.states.length).fill(-1);
  let size = 0;
  const grow = () => {
    cap *= 2;
    const more = (a: Int32Array) => {
      const b = new Int32Array(cap);
      b.set(a);
      return b;
    };
    entState = more(entState);
    entMask = more(entMask);
    entParent = more(entParent);
    entEdge = more(entEdge);
    next = more(next);
  };
  let applies = false;
  /** Adds an entry unless (state, mask) was seen; returns its index, or -1. */
  const add = (state: number, mask: number, parent: number, edge: number): number => {
    for (let k = head[state]!; k >= 0; k = next[k]!) if (entMask[k] === mask) return -1;
    if (size === cap) grow();
    const k = size++;
    entState[k] = state;
    entMask[k] = mask;
    entParent[k] = parent;
    entEdge[k] = edge;
    next[k] = head[state]!;
    head[state] = k;
    return k;
  };
  const violates = (k: number): boolean => {
    const state = entState[k]!;
    const mask = entMask[k]!;
    if (ix.outcome[state] === 0 || !when(mask, state)) return false;
    applies = true;
    return !unless(mask, state) && !require(mask, state);
  };
  let bad = -1;
  const k0 = add(fg.start.state, startBits, -1, -1);
  if (violates(k0)) bad = k0;
  for (let q = 0; q < size && bad < 0; q++) {
    const state = entState[q]!;
    const mask = entMask[q]!;
    const end = ix.firstEdge[state + 1]!;
    for (let e = ix.firstEdge[state]!; e < end && bad < 0; e++) {
      const k = add(ix.edgeTo[e]!, mask | edgeBits[e]!, q, e);
      if (k >= 0 && violates(k)) bad = k;
    }
  }
  if (bad < 0) return { kind: "holds", applies };
  const steps: Step[] = [];
  for (let at = bad; entParent[at]! >= 0; at = entParent[at]!) {
    const e = ix.edges[entEdge[at]!]!;
    steps.push({ node: fg.states[e.from]!.node.id, edge: e });
  }
  steps.reverse();
  const advice = [...fg.start.advice, ...steps.flatMap((s) => s.edge.advice)];
  return { kind: "violated", steps, outcome: fg.states[entState[bad]!]!.node.id, exact: fg.complete, advice };
}

/** Where in a fact graph each kind of path condition switches on: built once, shared by every invariant. */
interface EdgeIndex {
  /**
   * Every edge, numbered state by state in `out` order; `firstEdge[s]` is the number of state s's first edge
   * (`firstEdge[states]` the number of edges), `edgeTo[e]` its target; `outcome[s]` is 1 for an outcome state.
   */
  readonly edges: readonly FactEdge[];
  readonly firstEdge: Int32Array;
  readonly edgeTo: Int32Array;
  readonly outcome: Uint8Array;
  readonly byNode: ReadonlyMap<string, number[]>;
  readonly byFact: ReadonlyMap<string, number[]>;
  readonly byAnswer: ReadonlyMap<string, ReadonlyMap<string, number[]>>;
  readonly byTick: ReadonlyMap<string, ReadonlyMap<string, number[]>>;
  /** Per contact: the edges that advise it, with the most urgent rank given there. */
  readonly byContact: ReadonlyMap<string, [number, number][]>;
  /**
   * Per edge: the contact advised most urgently (`top1`, "" for none), its rank (`rank1`) and the best rank of any
   * other contact (`rank2`); Infinity for none. Parallel arrays, not a tuple per edge (about 300,000 edges at
   * 100,000 nodes).
   */
  readonly top1: readonly string[];
  readonly rank1: Float64Array;
  readonly rank2: Float64Array;
}

const indexes = new WeakMap<FactGraph, EdgeIndex>();

function indexOf(fg: FactGraph): EdgeIndex {
  const known = indexes.get(fg);
  if (known) return known;
  const edges: FactEdge[] = [];
  const firstEdge: number[] = [];
  const push = <K>(m: Map<K, number[]>, k: K, e: number) => {
    const list = m.get(k);
    if (!list) m.set(k, [e]);
    else if (list[list.length - 1] !== e) list.push(e);
  };
  const byNode = new Map<string, number[]>();
  const byFact = new Map<string, number[]>();
  // Per node, per answer (or ticked item): nested maps, so no key string is made per edge.
  const byAnswer = new Map<string, Map<string, number[]>>();
  const byTick = new Map<string, Map<string, number[]>>();
  const inner = (m: Map<string, Map<string, number[]>>, node: string) => {
    let here = m.get(node);
    if (!here) m.set(node, (here = new Map()));
    return here;
  };
  const byContact = new Map<string, [number, number][]>();
  const top1: string[] = [];
  const ranks1: number[] = [];
  const ranks2: number[] = [];
  fg.out.forEach((list, s) => {
    firstEdge[s] = edges.length;
    const from = fg.states[s]!.node.id;
    for (const e of list) {
      const i = edges.length;
      edges.push(e);
      for (const id of e.path) push(byNode, id, i);
      for (const f of e.facts) push(byFact, f, i);
      push(inner(byAnswer, from), e.label, i);
      for (const a of e.implied) push(inner(byAnswer, a.node), String(a.answer), i);
      if (Array.isArray(e.answer)) for (const item of e.answer) push(inner(byTick, from), item, i);
      if (e.advice.length === 0) {
        top1.push("");
        ranks1.push(Infinity);
        ranks2.push(Infinity);
        continue;
      }
      const best = new Map<string, number>();
      for (const { item } of e.advice) {
        const r = urgencyRank(item.urgency);
        if (r < (best.get(item.contact) ?? Infinity)) best.set(item.contact, r);
      }
      let c1 = "";
      let r1 = Infinity;
      let r2 = Infinity;
      for (const [c, r] of best) {
        const list = byContact.get(c) ?? [];
        list.push([i, r]);
        byContact.set(c, list);
        if (r < r1) {
          r2 = r1;
          r1 = r;
          c1 = c;
        } else if (r < r2) r2 = r;
      }
      top1.push(c1);
      ranks1.push(r1);
      ranks2.push(r2);
    }
  });
  firstEdge[fg.out.length] = edges.length;
  const ix = {
    edges,
    firstEdge: Int32Array.from(firstEdge),
    edgeTo: Int32Array.from(edges, (e) => e.to),
    outcome: Uint8Array.from(fg.states, (s) => (s.node.kind === "outcome" ? 1 : 0)),
    byNode,
    byFact,
    byAnswer,
    byTick,
    byContact,
    top1,
    rank1: Float64Array.from(ranks1),
    rank2: Float64Array.from(ranks2),
  };
  indexes.set(fg, ix);
  return ix;
}

/** The set's own fact graph for the checks: built once per set, watching the checklist items its invariants name. */
export function checkedFactGraph(set: FactGraph["set"]): FactGraph {
  return factGraphOf(set, watchedItems(set, allInvariants(set)));
}

/** Proves an invariant on the set's own fact graph. */
export function proveOnSet(set: FactGraph["set"], inv: Invariant): InvariantResult {
  return proveInvariant(checkedFactGraph(set), inv);
}

function atomIndex(atoms: Atom[], a: Atom): number {
  const key = JSON.stringify(a);
  const same = atoms.findIndex((b) => JSON.stringify(b) === key);
  if (same >= 0) return same;
  // Past MAX_ATOMS the bit would overflow; proveInvariant stops before any mask is built.
  atoms.push(a);
  return atoms.length - 1;
}
