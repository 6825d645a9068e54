import { linkTarget, mergeAdvice } from "../engine/engine.js";
import type { AnswerValue } from "../engine/state.js";
import { checklistEdgeIndex, edgesOf, type Edge } from "../engine/transitions.js";
import type { Text } from "../model/text.js";
import type { AdviceItem, AskingNode, ChecklistNode, OutcomeNode, TreeNode } from "../model/tree.js";
import { UNKNOWN_ID } from "../model/tree.js";
import type { TreeSet } from "../model/tree-set.js";
import { urgencyRank, type Urgency } from "../model/urgency.js";

// What a change to the trees did to the routes. Pure: two tree sets in, plain
// data out. The answer combinations are found by walking both graphs in
// lockstep from the main entry, giving the same answer on both sides, and
// merging states that are the same (position on each side plus the advice
// collected so far), so the work grows with the number of distinct states,
// not with the number of paths. Counts of combinations are BigInt.

export interface AdviceSig {
  readonly contact: string;
  readonly urgency: Urgency;
}

export interface OutcomeBrief {
  readonly id: string;
  readonly tree: string;
  readonly title: Text;
  readonly urgency: Urgency;
  readonly contacts: readonly AdviceSig[];
}

export interface OutcomeChange {
  readonly id: string;
  readonly title: Text;
  readonly urgency?: { readonly from: Urgency; readonly to: Urgency };
  readonly contacts?: { readonly from: readonly AdviceSig[]; readonly to: readonly AdviceSig[] };
}

/** One answer in a combination. `side` says whether both versions asked it, or only one. */
export interface DiffAnswer {
  readonly node: string;
  readonly answer: AnswerValue;
  readonly side: "both" | "old" | "new";
}

export interface RouteEnd {
  readonly outcome: string;
  readonly urgency: Urgency;
  /** Merged advice (engine mergeAdvice): each contact once, most urgent first. */
  readonly advice: readonly AdviceSig[];
}

export interface ChangedCombination {
  /** One representative answer combination (the shortest found). */
  readonly answers: readonly DiffAnswer[];
  /** How many answer combinations end in this same pair of results. */
  readonly count: bigint;
  readonly old: RouteEnd;
  readonly new: RouteEnd;
}

/** What changed at the end of a route, whatever was advised before: the unit of the summary. */
export interface AdviceDelta {
  readonly removed: readonly AdviceSig[];
  readonly added: readonly AdviceSig[];
  readonly urgencyChanged: readonly { readonly contact: string; readonly from: Urgency; readonly to: Urgency }[];
  readonly outcome: { readonly from: string; readonly to: string };
  readonly outcomeUrgency: { readonly from: Urgency; readonly to: Urgency };
}

export interface ChangeGroup extends AdviceDelta {
  /** Changed results (merged states) with this delta. */
  readonly results: number;
  /** Answer combinations with this delta. */
  readonly paths: bigint;
}

export function adviceDelta(before: RouteEnd, after: RouteEnd): AdviceDelta {
  const find = (list: readonly AdviceSig[], c: string) => list.find((x) => x.contact === c);
  return {
    removed: before.advice.filter((a) => !find(after.advice, a.contact)),
    added: after.advice.filter((a) => !find(before.advice, a.contact)),
    urgencyChanged: after.advice.flatMap((a) => {
      const was = find(before.advice, a.contact);
      return was && was.urgency !== a.urgency ? [{ contact: a.contact, from: was.urgency, to: a.urgency }] : [];
    }),
    outcome: { from: before.outcome, to: after.outcome },
    outcomeUrgency: { from: before.urgency, to: after.urgency },
  };
}

export interface RouteDiff {
  readonly treesAdded: readonly string[];
  readonly treesRemoved: readonly string[];
  readonly versionsChanged: readonly { readonly tree: string; readonly from: string; readonly to: string }[];
  readonly outcomesAdded: readonly OutcomeBrief[];
  readonly outcomesRemoved: readonly OutcomeBrief[];
  readonly outcomesChanged: readonly OutcomeChange[];
  readonly questionsAdded: readonly string[];
  readonly questionsRemoved: readonly string[];
  /** Answers (or checklist items) added to or removed from a question both versions have. */
  readonly answersAdded: readonly { readonly node: string; readonly answer: string }[];
  readonly answersRemoved: readonly { readonly node: string; readonly answer: string }[];
  /** Changed combinations, at most `limit`, shortest first. */
  readonly combinations: readonly ChangedCombination[];
  /** Distinct changed results found (may exceed `combinations.length`). */
  readonly combinationsTotal: number;
  /** Answer combinations whose result changed, summed over all changed results. */
  readonly combinationPaths: bigint;
  /** The changed results grouped by what changed, most answer combinations first. Never capped. */
  readonly summary: readonly ChangeGroup[];
  /** False when the walk stopped at the state limit: the lists above may then be incomplete. */
  readonly complete: boolean;
}

export interface DiffLimits {
  /** Changed combinations listed; the rest are counted. */
  readonly combinations: number;
  /** States of the lockstep walk before it stops. */
  readonly states: number;
  /** Checklists with more items than this are explored by small tick sets only. */
  readonly checklistItems: number;
}

export const DEFAULT_LIMITS: DiffLimits = { combinations: 10_000, states: 200_000, checklistItems: 14 };

export function diffRoutes(oldSet: TreeSet, newSet: TreeSet, limits: DiffLimits = DEFAULT_LIMITS): RouteDiff {
  const structure = diffStructure(oldSet, newSet);
  const walk = lockstep(oldSet, newSet, limits);
  return { ...structure, ...walk };
}

// ---------------------------------------------------------------- structure

function outcomeBrief(set: TreeSet, o: OutcomeNode): OutcomeBrief {
  return { id: o.id, tree: set.nodes.get(o.id)!.tree.id, title: o.title, urgency: o.urgency, contacts: o.advice.map((a) => ({ contact: a.contact, urgency: a.urgency })) };
}

function outcomesOf(set: TreeSet): Map<string, OutcomeNode> {
  const m = new Map<string, OutcomeNode>();
  for (const { node } of set.nodes.values()) if (node.kind === "outcome") m.set(node.id, node);
  return m;
}

function answerIds(node: TreeNode): string[] {
  if (node.kind === "question") return [...node.answers.map((a) => a.id), ...(node.unknown ? [UNKNOWN_ID] : [])];
  if (node.kind === "checklist") return [...node.items.map((i) => i.id), ...(node.unknown ? [UNKNOWN_ID] : [])];
  return [];
}

const isAsking = (n: TreeNode) => n.kind === "question" || n.kind === "checklist";

function diffStructure(oldSet: TreeSet, newSet: TreeSet) {
  const treesAdded = [...newSet.trees.keys()].filter((id) => !oldSet.trees.has(id));
  const treesRemoved = [...oldSet.trees.keys()].filter((id) => !newSet.trees.has(id));
  const versionsChanged = [...newSet.trees.values()].flatMap((t) => {
    const before = oldSet.trees.get(t.id);
    return before && before.version !== t.version ? [{ tree: t.id, from: before.version, to: t.version }] : [];
  });
  const oldOut = outcomesOf(oldSet);
  const newOut = outcomesOf(newSet);
  const outcomesAdded = [...newOut.values()].filter((o) => !oldOut.has(o.id)).map((o) => outcomeBrief(newSet, o));
  const outcomesRemoved = [...oldOut.values()].filter((o) => !newOut.has(o.id)).map((o) => outcomeBrief(oldSet, o));
  const outcomesChanged: OutcomeChange[] = [];
  for (const o of newOut.values()) {
    const before = oldOut.get(o.id);
    if (!before) continue;
    const from = outcomeBrief(oldSet, before).contacts;
    const to = outcomeBrief(newSet, o).contacts;
    const urgencyChanged = before.urgency !== o.urgency;
    const contactsChanged = JSON.stringify(from) !== JSON.stringify(to);
    if (!urgencyChanged && !contactsChanged) continue;
    outcomesChanged.push({
      id: o.id,
      title: o.title,
      ...(urgencyChanged ? { urgency: { from: before.urgency, to: o.urgency } } : {}),
      ...(contactsChanged ? { contacts: { from, to } } : {}),
    });
  }
  const questionsAdded: string[] = [];
  const questionsRemoved: string[] = [];
  const answersAdded: { node: string; answer: string }[] = [];
  const answersRemoved: { node: string; answer: string }[] = [];
  for (const { node } of newSet.nodes.values()) {
    if (!isAsking(node)) continue;
    const before = oldSet.nodes.get(node.id)?.node;
    if (!before || !isAsking(before)) {
      questionsAdded.push(node.id);
      continue;
    }
    const was = answerIds(before);
    const is = answerIds(node);
    for (const a of is) if (!was.includes(a)) answersAdded.push({ node: node.id, answer: a });
    for (const a of was) if (!is.includes(a)) answersRemoved.push({ node: node.id, answer: a });
  }
  for (const { node } of oldSet.nodes.values()) {
    const after = newSet.nodes.get(node.id)?.node;
    if (isAsking(node) && (!after || !isAsking(after))) questionsRemoved.push(node.id);
  }
  return { treesAdded, treesRemoved, versionsChanged, outcomesAdded, outcomesRemoved, outcomesChanged, questionsAdded, questionsRemoved, answersAdded, answersRemoved };
}

// ---------------------------------------------------------------- lockstep walk

/** One side's position: a question, checklist or outcome, and the advice so far (first-named order, most urgent level per contact). */
interface Side {
  readonly node: string;
  readonly advice: readonly AdviceSig[];
}

interface State {
  readonly old: Side;
  readonly new: Side;
  /** Answers one side gave alone, for the other side to reuse if it reaches the same question later. */
  readonly pendingOld: Readonly<Record<string, AnswerValue>>;
  readonly pendingNew: Readonly<Record<string, AnswerValue>>;
}

interface Transition {
  readonly to: number;
  /** Absent when a side replayed an answer the other side gave earlier. */
  readonly answer?: DiffAnswer;
}

function addAdvice(sig: readonly AdviceSig[], items: readonly AdviceItem[]): AdviceSig[] {
  const out = [...sig];
  for (const item of items) {
    const i = out.findIndex((s) => s.contact === item.contact);
    if (i === -1) out.push({ contact: item.contact, urgency: item.urgency });
    else if (urgencyRank(item.urgency) < urgencyRank(out[i]!.urgency)) out[i] = { contact: item.contact, urgency: item.urgency };
  }
  return out;
}

/** Follows links and info steps (collecting their advice) to the next question or outcome; an outcome adds its own advice. */
function settle(set: TreeSet, id: string, advice: readonly AdviceSig[]): Side {
  let at = id;
  let sig = [...advice];
  for (let hops = 0; hops <= set.nodes.size; hops++) {
    const node = set.nodes.get(at)!.node;
    if (node.kind === "link") at = linkTarget(set, node.tree, node.node)!;
    else if (node.kind === "info") {
      sig = addAdvice(sig, node.advice ?? []);
      at = node.next;
    } else {
      if (node.kind === "outcome") sig = addAdvice(sig, node.advice);
      return { node: at, advice: sig };
    }
  }
  throw new Error(`links from '${id}' loop`); // unreachable: both sets passed the no-cycle rule
}

function edgeFor(set: TreeSet, node: AskingNode, answer: AnswerValue): Edge | undefined {
  const edges = edgesOf(node, (t, n) => linkTarget(set, t, n));
  if (answer === UNKNOWN_ID) return edges.find((e) => e.isUnknown);
  if (node.kind === "question") return typeof answer === "string" ? edges.find((e) => e.label === answer && !e.isUnknown) : undefined;
  if (node.kind === "checklist" && typeof answer !== "string") return edges[checklistEdgeIndex(node, new Set(answer))];
  return undefined;
}

/** Tick sets in order of size (empty first), over the given items; past `max` items only sets of up to 3. */
function* tickSets(items: readonly string[], max: number): Generator<string[]> {
  const n = items.length;
  const top = n <= max ? n : Math.min(n, 3);
  function* choose(k: number, from: number, acc: string[]): Generator<string[]> {
    if (acc.length === k) {
      yield [...acc];
      return;
    }
    for (let i = from; i < n; i++) yield* choose(k, i + 1, [...acc, items[i]!]);
  }
  for (let k = 0; k <= top; k++) yield* choose(k, 0, []);
}

/** The distinct answers to a checklist (or a pair of checklists): one smallest tick set per distinct route taken. */
function checklistChoices(nodes: readonly ChecklistNode[], max: number): string[][] {
  const items = [...new Set(nodes.flatMap((n) => n.items.map((i) => i.id)))];
  const seen = new Set<string>();
  const out: string[][] = [];
  const consider = (ticked: string[]) => {
    const key = nodes.map((n) => checklistEdgeIndex(n, new Set(ticked))).join(",");
    if (seen.has(key)) return;
    seen.add(key);
    out.push(ticked);
  };
  for (const ticked of tickSets(items, max)) consider(ticked);
  if (items.length > max) {
    // Large checklists: also try a tick set built from each route's own condition.
    for (const n of nodes)
      for (const r of n.routes) {
        const pool = r.of ?? n.items.map((i) => i.id);
        consider([...new Set([...(r.anyOf ? [r.anyOf[0]!] : []), ...pool.slice(0, r.atLeast ?? 0)])]);
      }
  }
  return out;
}

function choicesFor(nodes: readonly AskingNode[], max: number): AnswerValue[] {
  const first = nodes[0]!;
  const allUnknown = nodes.every((n) => n.kind !== "info" && n.unknown !== undefined);
  let known: AnswerValue[] = [];
  if (first.kind === "question") known = first.answers.map((a) => a.id).filter((id) => nodes.every((n) => n.kind === "question" && n.answers.some((a) => a.id === id)));
  else if (first.kind === "checklist" && nodes.every((n) => n.kind === "checklist")) known = checklistChoices(nodes as ChecklistNode[], max);
  return allUnknown ? [...known, UNKNOWN_ID] : known;
}

const sameSet = (a: readonly AdviceSig[], b: readonly AdviceSig[]) => {
  const key = (s: readonly AdviceSig[]) => s.map((x) => `${x.contact}:${x.urgency}`).sort().join("|");
  return key(a) === key(b);
};

function routeEnd(set: TreeSet, side: Side): RouteEnd {
  const o = set.nodes.get(side.node)!.node as OutcomeNode;
  const merged = mergeAdvice(side.advice.map((s) => ({ item: { contact: s.contact, urgency: s.urgency, why: { nl: "", en: "" } }, from: side.node })));
  return { outcome: o.id, urgency: o.urgency, advice: merged.map((m) => ({ contact: m.contact, urgency: m.urgency })) };
}

function lockstep(oldSet: TreeSet, newSet: TreeSet, limits: DiffLimits) {
  const states: State[] = [];
  const index = new Map<string, number>();
  const out: Transition[][] = [];
  const parent: ({ from: number; answer?: DiffAnswer } | undefined)[] = [];
  const sorted = (r: Readonly<Record<string, AnswerValue>>) => Object.entries(r).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  const keyOf = (s: State) => JSON.stringify([s.old.node, s.new.node, s.old.advice, s.new.advice, sorted(s.pendingOld), sorted(s.pendingNew)]);
  // A checklist too large to try every tick set is walked with a sample of them: the result may then miss
  // combinations, so it is not called complete.
  const tooLarge = [...oldSet.nodes.values(), ...newSet.nodes.values()].some((e) => e.node.kind === "checklist" && e.node.items.length > limits.checklistItems);
  let complete = !tooLarge;

  const intern = (s: State, from?: number, answer?: DiffAnswer): number | undefined => {
    const oldDone = oldSet.nodes.get(s.old.node)!.node.kind === "outcome";
    const newDone = newSet.nodes.get(s.new.node)!.node.kind === "outcome";
    const norm: State = oldDone && newDone ? { ...s, pendingOld: {}, pendingNew: {} } : s;
    const key = keyOf(norm);
    const known = index.get(key);
    if (known !== undefined) return known;
    if (states.length >= limits.states) {
      complete = false;
      return undefined;
    }
    index.set(key, states.length);
    states.push(norm);
    out.push([]);
    parent.push(from === undefined ? undefined : answer ? { from, answer } : { from });
    return states.length - 1;
  };

  intern({ old: settle(oldSet, oldSet.main.entry, []), new: settle(newSet, newSet.main.entry, []), pendingOld: {}, pendingNew: {} });

  for (let i = 0; i < states.length; i++) {
    const s = states[i]!;
    const oldNode = oldSet.nodes.get(s.old.node)!.node;
    const newNode = newSet.nodes.get(s.new.node)!.node;
    if (oldNode.kind === "outcome" && newNode.kind === "outcome") continue;
    const link = (next: State, answer?: DiffAnswer) => {
      const to = intern(next, i, answer);
      if (to !== undefined) out[i]!.push(answer ? { to, answer } : { to });
    };
    const advance = (set: TreeSet, side: Side, node: AskingNode, answer: AnswerValue): Side | undefined => {
      const e = edgeFor(set, node, answer);
      return e ? settle(set, e.target, addAdvice(side.advice, e.advice)) : undefined;
    };
    const without = (r: Readonly<Record<string, AnswerValue>>, k: string) => Object.fromEntries(Object.entries(r).filter(([x]) => x !== k));

    // 1. A side reaching a question the other side already answered alone gives the same answer, if it can.
    if (oldNode.kind !== "outcome" && s.pendingOld[oldNode.id] !== undefined) {
      const next = advance(oldSet, s.old, oldNode as AskingNode, s.pendingOld[oldNode.id]!);
      if (next) {
        link({ ...s, old: next, pendingOld: without(s.pendingOld, oldNode.id) });
        continue;
      }
    }
    if (newNode.kind !== "outcome" && s.pendingNew[newNode.id] !== undefined) {
      const next = advance(newSet, s.new, newNode as AskingNode, s.pendingNew[newNode.id]!);
      if (next) {
        link({ ...s, new: next, pendingNew: without(s.pendingNew, newNode.id) });
        continue;
      }
    }
    // 2. The same question on both sides: the same answer on both sides.
    if (oldNode.kind !== "outcome" && newNode.kind !== "outcome" && oldNode.id === newNode.id && oldNode.kind === newNode.kind) {
      for (const answer of choicesFor([oldNode as AskingNode, newNode as AskingNode], limits.checklistItems)) {
        const o = advance(oldSet, s.old, oldNode as AskingNode, answer);
        const n = advance(newSet, s.new, newNode as AskingNode, answer);
        if (o && n) link({ ...s, old: o, new: n }, { node: oldNode.id, answer, side: "both" });
      }
      continue;
    }
    // 3. Different positions: one side answers alone; the other may replay that answer later.
    const moveNew = oldNode.kind === "outcome" || (newNode.kind !== "outcome" && !oldSet.nodes.has(newNode.id));
    const [set, other, side, node, which] = moveNew ? [newSet, oldSet, s.new, newNode as AskingNode, "new" as const] : [oldSet, newSet, s.old, oldNode as AskingNode, "old" as const];
    const otherHas = other.nodes.get(node.id)?.node.kind === node.kind;
    for (const answer of choicesFor([node], limits.checklistItems)) {
      const next = advance(set, side, node, answer)!;
      const remember = otherHas ? { [node.id]: answer } : {};
      const moved: State = which === "new" ? { ...s, new: next, pendingOld: { ...s.pendingOld, ...remember } } : { ...s, old: next, pendingNew: { ...s.pendingNew, ...remember } };
      link(moved, { node: node.id, answer, side: which });
    }
  }

  // Count answer combinations per state: the walk's states form a DAG (every transition moves a side forward).
  const indegree = new Array<number>(states.length).fill(0);
  for (const list of out) for (const t of list) indegree[t.to]!++;
  const count = new Array<bigint>(states.length).fill(0n);
  count[0] = 1n;
  const queue = [0];
  for (let q = 0; q < queue.length; q++) {
    const i = queue[q]!;
    for (const t of out[i]!) {
      count[t.to] = count[t.to]! + count[i]!;
      if (--indegree[t.to]! === 0) queue.push(t.to);
    }
  }

  const combinations: ChangedCombination[] = [];
  const groups = new Map<string, AdviceDelta & { results: number; paths: bigint }>();
  let combinationsTotal = 0;
  let combinationPaths = 0n;
  for (let i = 0; i < states.length; i++) {
    const s = states[i]!;
    if (oldSet.nodes.get(s.old.node)!.node.kind !== "outcome" || newSet.nodes.get(s.new.node)!.node.kind !== "outcome") continue;
    const before = routeEnd(oldSet, s.old);
    const after = routeEnd(newSet, s.new);
    if (sameSet(before.advice, after.advice) && before.urgency === after.urgency) continue;
    combinationsTotal++;
    combinationPaths += count[i]!;
    const delta = adviceDelta(before, after);
    // Group by what changed: an outcome or urgency that stayed the same must not split a group.
    const groupKey = JSON.stringify({
      removed: delta.removed,
      added: delta.added,
      urgencyChanged: delta.urgencyChanged,
      outcome: delta.outcome.from === delta.outcome.to ? null : delta.outcome,
      outcomeUrgency: delta.outcomeUrgency.from === delta.outcomeUrgency.to ? null : delta.outcomeUrgency,
    });
    const group = groups.get(groupKey) ?? { ...delta, results: 0, paths: 0n };
    group.results++;
    group.paths += count[i]!;
    groups.set(groupKey, group);
    if (combinations.length >= limits.combinations) continue;
    const answers: DiffAnswer[] = [];
    for (let at = parent[i]; at; at = parent[at.from]) if (at.answer) answers.push(at.answer);
    combinations.push({ answers: answers.reverse(), count: count[i]!, old: before, new: after });
  }
  const summary = [...groups.values()].sort((a, b) => (b.paths > a.paths ? 1 : b.paths < a.paths ? -1 : 0));
  return { combinations, combinationsTotal, combinationPaths, summary, complete };
}
