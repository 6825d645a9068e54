import {
  advance,
  checklistResult,
  enter,
  type CollectedAdvice,
  type PathAnswer,
  type Settled,
} from "../engine/engine.js";
import type { Facts } from "../engine/facts.js";
import type { AnswerValue } from "../engine/state.js";
import { CONTINUE } from "../engine/transitions.js";
import type { AdviceItem, AskingNode, ChecklistNode, EndTest, FactTest, OutcomeNode, TreeNode } from "../model/tree.js";
import { factsIn } from "../engine/facts.js";
import { buildGraph } from "./graph.js";
import { UNKNOWN_ID } from "../model/tree.js";
import type { TreeSet } from "../model/tree-set.js";
import { checklistChoices } from "./checklist-choices.js";

/**
 * The consult as a graph of what it can remember: one state per (node, facts)
 * a consult can reach, one edge per answer that leads somewhere different.
 * Every edge is made by the engine's own `advance` (and the start by `enter`),
 * so the graph is exactly what a consult does: guards, branches and implied
 * questions included. This is what validate proves invariants over
 * (xstate's adjacency map, built from its `transition`).
 *
 * Checklists contribute one edge per distinct result: the route taken and the
 * facts the ticked items set (and, for invariants that name items, which of
 * those items were ticked), each with the fewest ticks that produce it.
 */
export interface FactState {
  readonly index: number;
  readonly node: AskingNode | OutcomeNode;
  readonly facts: Facts;
}

/** What one step of the engine did on its way: the start's walk, or an answer's. */
export interface StepTrace {
  /** Advice given by this step: on the answer, on implied answers passed, at the outcome. */
  readonly advice: readonly CollectedAdvice[];
  /** Nodes passed, from the target of the answer to the next state's node. */
  readonly path: readonly string[];
  /** Answers implied on the way. */
  readonly implied: readonly PathAnswer[];
  /** Branch cases taken on the way. */
  readonly taken: readonly { readonly node: string; readonly label: string }[];
  /** Every fact that held after this step (before facts no later test reads were dropped from the state). */
  readonly facts: Facts;
}

export interface FactEdge extends StepTrace {
  readonly from: number;
  readonly to: number;
  /** The edge label at the asking node: answer id, `unknown`, `route-N`, `otherwise`, `continue`. */
  readonly label: string;
  /** The answer given: an answer id, or the ticked items. */
  readonly answer: AnswerValue;
}

export interface FactGraph {
  readonly set: TreeSet;
  readonly states: readonly FactState[];
  readonly out: readonly (readonly FactEdge[])[];
  /** The start state and what reaching it gave (a start can pass links, branches and implied questions). */
  readonly start: StepTrace & { readonly state: number };
  /** States in topological order (every edge goes forward), or undefined when a consult can loop. */
  readonly topo?: readonly number[];
  /** False when a checklist was too large to try every combination that matters, or the state limit was hit. */
  readonly complete: boolean;
  /** The state limit this graph was built with. */
  readonly limit: number;
}

export interface FactGraphOptions {
  readonly start?: string;
  /** Checklist items whose ticking matters beyond route and facts (named by invariants), per checklist node. */
  readonly watch?: ReadonlyMap<string, readonly string[]>;
  /** Stop exploring after this many states (the result is then incomplete). */
  readonly maxStates?: number;
}

/** States explored before a fact graph stops (and says it is incomplete). */
const DEFAULT_MAX_STATES = 200_000;

/** Most edges give no advice, imply nothing and pass no branch: one shared empty list instead of three per edge. */
const NONE: readonly never[] = Object.freeze([]);
const shared = <T>(list: readonly T[]): readonly T[] => (list.length === 0 ? NONE : list);

export function buildFactGraph(set: TreeSet, options: FactGraphOptions = {}): FactGraph {
  const startId = options.start ?? set.main.entry;
  const max = options.maxStates ?? DEFAULT_MAX_STATES;
  const states: FactState[] = [];
  const out: FactEdge[][] = [];
  let complete = true;
  // A fact no test at or after a node can read changes nothing from there on: drop it from the state there,
  // so consults that differ only in such facts share their future (what invariants need of them is kept on
  // the edges, as `facts`). Without this, every mix of early answers would copy the rest of the consult.
  // An outcome's text lines (actions, record) are not read here: no rule or view reads them per state, and the
  // facts they read, live from the start to every outcome, would multiply the states (on the bundled trees
  // 197,999 states instead of 109,526). The fact stays on the edge that set it (`facts`), so invariants over it
  // are proved as before, and path counts are the same (merged states add their paths).
  const live = liveFacts(set);
  const stateKey = stateKeys(set);
  const index = new Map<string, Map<number | string, number>>();
  const intern = (s: Settled): number | undefined => {
    const keep = live.get(s.node.id);
    // The key is made from the live facts without building their set first; the set is made for new states only.
    const key = stateKey(s.facts, keep);
    let here = index.get(s.node.id);
    if (!here) index.set(s.node.id, (here = new Map()));
    const known = here.get(key);
    if (known !== undefined) return known;
    if (states.length >= max) {
      complete = false;
      return undefined;
    }
    const facts =
      keep && [...s.facts].some((f) => !keep.has(f)) ? new Set([...s.facts].filter((f) => keep.has(f))) : s.facts;
    const i = states.length;
    here.set(key, i);
    states.push({ index: i, node: s.node, facts });
    out.push([]);
    return i;
  };
  const first = enter(set, startId);
  if (!first.ok)
    return {
      set,
      states,
      out,
      start: { state: -1, advice: [], path: [], implied: [], taken: [], facts: new Set() },
      complete: false,
      limit: max,
    };
  const startState = intern(first.value)!;
  for (let i = 0; i < states.length; i++) {
    const { node, facts } = states[i]!;
    if (node.kind === "outcome") continue;
    const seen = new Set<string>();
    for (const choice of answerChoices(node, options.watch?.get(node.id) ?? [])) {
      if (!choice.exact) complete = false;
      const r = advance(set, node, choice.answer, facts);
      // A broken reference: the structural rules report it.
      if (!r.ok) continue;
      const to = intern(r.value);
      if (to === undefined) continue;
      // Two answers that lead to the same state with the same advice are one edge for every purpose but naming the answer.
      const key = `${to}|${r.value.edge.label}|${choice.key}`;
      if (seen.has(key)) continue;
      seen.add(key);
      out[i]!.push({
        from: i,
        to,
        label: r.value.edge.label,
        answer: choice.answer,
        advice: shared(r.value.collected),
        path: r.value.path,
        implied: shared(r.value.implied),
        taken: shared(r.value.taken),
        facts: r.value.facts,
      });
    }
  }
  const topo = order(states.length, out);
  return {
    set,
    states,
    out,
    start: {
      state: startState,
      advice: first.value.collected,
      path: first.value.path,
      implied: first.value.implied,
      taken: first.value.taken,
      facts: first.value.facts,
    },
    ...(topo ? { topo } : {}),
    complete,
    limit: max,
  };
}

/**
 * Per node, the facts that a test at that node or at any node after it can
 * read (guards of branches, implied answers, advice; not an outcome's text lines).
 * One pass backwards over the nodes' topological order; with a cycle every
 * fact is kept everywhere. `reads` says which facts a node itself reads (by
 * default every routing and advice test at it; the progress count passes only routing tests).
 */
export function liveFacts(
  set: TreeSet,
  reads: (node: TreeNode) => readonly string[] = readsAt,
): Map<string, Set<string>> {
  const graph = buildGraph(set);
  const live = new Map<string, Set<string>>();
  if (!graph.topo) {
    const all = new Set(set.facts.keys());
    for (const id of set.nodes.keys()) live.set(id, all);
    return live;
  }
  for (let i = graph.topo.length - 1; i >= 0; i--) {
    const id = graph.topo[i]!;
    const here = new Set(reads(set.nodes.get(id)!.node));
    for (const e of graph.out.get(id) ?? []) for (const f of live.get(e.target) ?? []) here.add(f);
    live.set(id, here);
  }
  return live;
}

/** What a node reads to route and to advise: every test but an outcome's text lines (see buildFactGraph). */
function readsAt(node: TreeNode): string[] {
  const out: string[] = [];
  const guard = (g: { when?: FactTest | EndTest; unless?: FactTest | EndTest }) => {
    if (g.when !== undefined) out.push(...factsIn(g.when));
    if (g.unless !== undefined) out.push(...factsIn(g.unless));
  };
  const advice = (list: readonly AdviceItem[] | undefined) => list?.forEach(guard);
  switch (node.kind) {
    case "question":
      node.answers.forEach((a) => advice(a.advice));
      advice(node.unknown?.advice);
      node.implied?.forEach(guard);
      break;
    case "checklist":
      node.routes.forEach((r) => advice(r.advice));
      advice(node.otherwise.advice);
      advice(node.unknown?.advice);
      break;
    case "info":
      advice(node.advice);
      break;
    case "branch":
      node.cases.forEach(guard);
      break;
    case "outcome":
      advice(node.advice);
      break;
    case "link":
      break;
  }
  return out;
}

/**
 * A state's key within its node: the facts `keep` names (all when it is undefined). Up to 52 declared facts it
 * is a number (fact i is 2^i), else the declared facts as bits (one word per 31 facts), joined; a fact the set
 * does not declare (a broken tree) is added by name, sorted. No sort and no set per call.
 */
function stateKeys(set: TreeSet): (facts: Facts, keep: ReadonlySet<string> | undefined) => number | string {
  const bit = new Map([...set.facts.keys()].map((f, i) => [f, i]));
  const numeric = bit.size <= 52;
  const words = new Array<number>(Math.ceil(bit.size / 31)).fill(0);
  return (facts, keep) => {
    words.fill(0);
    let other: string[] | undefined;
    for (const f of facts) {
      if (keep && !keep.has(f)) continue;
      const i = bit.get(f);
      if (i === undefined) (other ??= []).push(f);
      else words[(i / 31) | 0]! |= 1 << (i % 31);
    }
    if (numeric && !other) return (words[0] ?? 0) + (words[1] ?? 0) * 2 ** 31;
    const key = words.join(",");
    return other ? `${key}\u0000${other.sort().join("\u0000")}` : key;
  };
}

interface Choice {
  readonly answer: AnswerValue;
  /** Distinguishes choices that take the same edge but tick different watched items. */
  readonly key: string;
  readonly exact: boolean;
}

/** The answers worth trying at a node: every answer; for a checklist one tick set per distinct result. */
export function answerChoices(node: AskingNode, watch: readonly string[] = []): Choice[] {
  if (node.kind !== "checklist") return choicesOf(node, watch);
  // A checklist's choices depend on the node and the watched items only: made once, not once per state.
  const memo = choiceMemo.get(node) ?? new Map<string, Choice[]>();
  choiceMemo.set(node, memo);
  const key = watch.join("\n");
  let list = memo.get(key);
  if (!list) memo.set(key, (list = choicesOf(node, watch)));
  return list;
}

const choiceMemo = new WeakMap<ChecklistNode, Map<string, Choice[]>>();

function choicesOf(node: AskingNode, watch: readonly string[]): Choice[] {
  if (node.kind === "info") return [{ answer: CONTINUE, key: CONTINUE, exact: true }];
  const unknown: Choice[] = node.unknown ? [{ answer: UNKNOWN_ID, key: UNKNOWN_ID, exact: true }] : [];
  if (node.kind === "question")
    return [...node.answers.map((a) => ({ answer: a.id, key: a.id, exact: true })), ...unknown];
  // "Weet ik niet" can be ticked together with items: the unknown route with the facts those items set.
  const withUnknown: Choice[] = node.unknown
    ? uniqueBy(
        tickChoices(node, watch).map((c) => ({
          ...c,
          answer: [...(c.answer as string[]), UNKNOWN_ID],
          key: `unknown+${factKey(node, c.answer as string[])}:${watch.filter((w) => (c.answer as string[]).includes(w)).join(",")}`,
        })),
        // Only where the ticks change something (facts set, or an item an invariant names): else it is the plain unknown.
      ).filter((c) => c.key !== "unknown+:")
    : [];
  return [...tickChoices(node, watch), ...unknown, ...withUnknown];
}

function tickChoices(node: ChecklistNode, watch: readonly string[]): Choice[] {
  const memo = tickMemo.get(node) ?? new Map<string, Choice[]>();
  tickMemo.set(node, memo);
  const memoKey = watch.join("\n");
  const known = memo.get(memoKey);
  if (known) return known;
  // Items that set facts matter as much as the items routes read: watch them too.
  const watched = [...new Set([...node.items.filter((i) => i.sets && i.sets.length > 0).map((i) => i.id), ...watch])];
  const c = checklistChoices(node, watched);
  const list: Choice[] = [];
  const seen = new Set<string>();
  c.byEdge.forEach((choices, edge) => {
    for (const ch of choices) {
      const ticked =
        ch.ticked ??
        approximate(
          node,
          edge,
          watched.filter((_, i) => ch.pattern & (1 << i)),
        );
      // Tick sets with the same route, the same facts and the same items an invariant names are one choice.
      const key = `${edge}:${[...checklistResult(node, new Set(ticked)).facts].sort().join(",")}:${watch.filter((w) => ticked.includes(w)).join(",")}`;
      if (seen.has(key)) continue;
      seen.add(key);
      list.push({ answer: ticked, key, exact: c.exact });
    }
  });
  memo.set(memoKey, list);
  return list;
}

const tickMemo = new WeakMap<ChecklistNode, Map<string, Choice[]>>();

function factKey(node: ChecklistNode, ticked: readonly string[]): string {
  return [...checklistResult(node, new Set(ticked)).facts].sort().join(",");
}

function uniqueBy(list: Choice[]): Choice[] {
  const seen = new Set<string>();
  return list.filter((c) => (seen.has(c.key) ? false : (seen.add(c.key), true)));
}

/** For a checklist too large to enumerate: the pattern's items plus what the route's own condition needs. */
function approximate(node: ChecklistNode, edge: number, pattern: readonly string[]): string[] {
  const route = node.routes[edge];
  if (!route) return [...pattern];
  const pool = route.of ?? node.items.map((i) => i.id);
  return [...new Set([...pattern, ...(route.anyOf ? [route.anyOf[0]!] : []), ...pool.slice(0, route.atLeast ?? 0)])];
}

/** Kahn's algorithm over the states; undefined when there is a cycle. */
function order(n: number, out: readonly (readonly FactEdge[])[]): number[] | undefined {
  const indegree = new Array<number>(n).fill(0);
  for (const list of out) for (const e of list) indegree[e.to]!++;
  const queue: number[] = [];
  for (let i = 0; i < n; i++) if (indegree[i] === 0) queue.push(i);
  for (let q = 0; q < queue.length; q++) for (const e of out[queue[q]!]!) if (--indegree[e.to]! === 0) queue.push(e.to);
  return queue.length === n ? queue : undefined;
}

/** The fact graph of a tree set, built once and shared by every rule that needs it. */
export function factGraphOf(set: TreeSet, watch?: ReadonlyMap<string, readonly string[]>): FactGraph {
  const key = watch
    ? [...watch]
        .map(([k, v]) => `${k}:${v.join(",")}`)
        .sort()
        .join(";")
    : "";
  const memo = graphs.get(set) ?? new Map<string, FactGraph>();
  graphs.set(set, memo);
  const known = memo.get(key);
  if (known) return known;
  const g = buildFactGraph(set, watch ? { watch } : {});
  memo.set(key, g);
  return g;
}

const graphs = new WeakMap<TreeSet, Map<string, FactGraph>>();
