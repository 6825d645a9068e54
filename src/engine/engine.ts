import { MESSAGES, mt } from "../i18n/messages.js";
import { visible, type Text } from "../model/text.js";
import type {
  AdviceItem,
  AskingNode,
  ChecklistNode,
  GuardedText,
  ImpliedCase,
  OutcomeNode,
  QuestionNode,
  TreeNode,
} from "../model/tree.js";
import { UNKNOWN_ID } from "../model/tree.js";
import type { TreeSet } from "../model/tree-set.js";
import { URGENCY_TEXT, urgencyRank, type Urgency } from "../model/urgency.js";
import { guardHolds, holdsAtEnd, NO_FACTS, withFacts, type Facts } from "./facts.js";
import type { AnswerValue, ConsultState, HistoryEntry } from "./state.js";
import { checklistEdgeIndex, CONTINUE, edgesOf, tickedFacts, type Edge } from "./transitions.js";

// The engine: pure functions over (tree set, state). No I/O, no clock, no
// randomness. It is the only code that steps through trees: the consult,
// replay, scenarios, the invariant prover, routes, stats and diff all call
// `enter` and `advance`, so what validate proves is what a consult does.

export interface EngineError {
  readonly code: "unknown-node" | "not-asking" | "invalid-answer" | "broken-reference" | "loop";
  readonly message: Text;
}

export type Result<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: EngineError };

export interface CollectedAdvice {
  readonly item: AdviceItem;
  /** The node where this advice was given. */
  readonly from: string;
}

/** One answer on the path: given by the user, or implied by facts said earlier. */
export interface PathAnswer {
  readonly node: string;
  readonly answer: AnswerValue;
  /** Present when the question was not asked: why its answer was taken as given. */
  readonly implied?: Text;
}

/** Where a walk stopped: a node that waits for the user, or an outcome. */
export interface Settled {
  readonly node: AskingNode | OutcomeNode;
  readonly facts: Facts;
  /** Advice given on the way (an edge's advice, implied answers' advice, the outcome's own). */
  readonly collected: readonly CollectedAdvice[];
  /** Every node passed, in order, including the one stopped at. */
  readonly path: readonly string[];
  /** Answers taken as given on the way (implied questions). */
  readonly implied: readonly PathAnswer[];
  /** The case each branch passed took (`case-N` or `otherwise`). */
  readonly taken: readonly { readonly node: string; readonly label: string }[];
}

export interface Advanced extends Settled {
  /** The edge the answer took out of the node. */
  readonly edge: Edge;
}

export interface Position {
  /** The node waiting for an answer, or the outcome when the consult is done. */
  readonly node: AskingNode | OutcomeNode;
  readonly done: boolean;
  /** Every node passed, in order, including links, branches, implied questions and the current node. */
  readonly path: readonly string[];
  readonly collected: readonly CollectedAdvice[];
  /** The facts that hold now. */
  readonly facts: Facts;
  /** Every answer on the path in order, given or implied. */
  readonly answers: readonly PathAnswer[];
}

export function start(set: TreeSet, startNode: string = set.main.entry): ConsultState {
  return { start: startNode, history: [], remembered: {} };
}

/** Resolves a link target to a node id. */
export function linkTarget(set: TreeSet, treeId: string, nodeId?: string): string | undefined {
  const tree = set.trees.get(treeId);
  if (!tree) return undefined;
  const id = nodeId ?? tree.entry;
  return set.nodes.get(id)?.tree === tree ? id : undefined;
}

/**
 * Arrives at a node with the facts so far and walks on until a node that
 * waits for the user or an outcome: links are followed, branches take their
 * first case that holds, a question whose `implied` case holds is answered
 * with that case's answer. Facts set by every node reached are added.
 */
export function enter(set: TreeSet, nodeId: string, facts: Facts = NO_FACTS): Result<Settled> {
  const path: string[] = [];
  const collected: CollectedAdvice[] = [];
  const implied: PathAnswer[] = [];
  const taken: { node: string; label: string }[] = [];
  let id = nodeId;
  let known = facts;
  // A chain of silent steps longer than the number of nodes must loop; stop instead of hanging.
  for (let hops = 0; hops <= set.nodes.size; hops++) {
    const entry = set.nodes.get(id);
    if (!entry) return fail("broken-reference", mt("engNoNode", { id }));
    const node: TreeNode = entry.node;
    path.push(id);
    known = withFacts(known, node.sets);
    switch (node.kind) {
      case "link": {
        const target = linkTarget(set, node.tree, node.node);
        if (target === undefined) {
          return fail("broken-reference", mt("engBrokenLink", { id: node.id }));
        }
        id = target;
        continue;
      }
      case "branch": {
        const i = node.cases.findIndex((c) => guardHolds(c, known));
        taken.push({ node: node.id, label: i >= 0 ? `case-${i + 1}` : "otherwise" });
        id = i >= 0 ? node.cases[i]!.next : node.otherwise;
        continue;
      }
      case "question": {
        const byFacts = impliedCase(node, known);
        if (!byFacts) return settled(node);
        const edge = chooseEdge(set, node, byFacts.answer);
        if (!edge.ok) return edge;
        known = withFacts(known, edge.value.sets);
        give(edge.value.advice, node.id);
        implied.push({ node: node.id, answer: byFacts.answer, implied: byFacts.because });
        id = edge.value.target;
        continue;
      }
      case "outcome":
        give(node.advice, node.id);
        return settled(node);
      default:
        return settled(node);
    }
  }
  return fail("loop", mt("engLoop", { id: nodeId }));

  function give(items: readonly AdviceItem[], from: string) {
    for (const item of items) if (guardHolds(item, known)) collected.push({ item, from });
  }
  function settled(node: AskingNode | OutcomeNode): Result<Settled> {
    return { ok: true, value: { node, facts: known, collected, path, implied, taken } };
  }
}

/** The implied case of a question that holds with these facts, if any. */
export function impliedCase(node: QuestionNode, facts: Facts): ImpliedCase | undefined {
  return node.implied?.find((c) => guardHolds(c, facts));
}

/**
 * Answers a node that waits for the user: takes the answer's edge, adds the
 * facts it sets (a checklist's ticked items add theirs), gives the edge's
 * advice whose guards hold, and walks on with `enter`.
 */
export function advance(set: TreeSet, node: AskingNode, answer: AnswerValue, facts: Facts): Result<Advanced> {
  const edge = chooseEdge(set, node, answer);
  if (!edge.ok) return edge;
  let known = withFacts(facts, edge.value.sets);
  // Ticked items set their facts, also when "weet ik niet" was ticked with them: both are kept.
  if (node.kind === "checklist" && Array.isArray(answer)) known = withFacts(known, tickedFacts(node, new Set(answer)));
  const given: CollectedAdvice[] = [];
  for (const item of edge.value.advice) if (guardHolds(item, known)) given.push({ item, from: node.id });
  const next = enter(set, edge.value.target, known);
  if (!next.ok) return next;
  return { ok: true, value: { ...next.value, collected: [...given, ...next.value.collected], edge: edge.value } };
}

/** Replays the history and returns where the consult stands. */
export function position(set: TreeSet, state: ConsultState): Result<Position> {
  const first = enter(set, state.start);
  if (!first.ok) return first;
  let pos = fromSettled(first.value, [], [], [], []);
  for (const entry of state.history) {
    const next = stepFrom(set, pos, entry);
    if (!next.ok) return next;
    pos = next.value;
  }
  return { ok: true, value: pos };
}

function fromSettled(
  s: Settled,
  path: readonly string[],
  collected: readonly CollectedAdvice[],
  answers: readonly PathAnswer[],
  given: readonly PathAnswer[],
): Position {
  return {
    node: s.node,
    done: s.node.kind === "outcome",
    path: [...path, ...s.path],
    collected: [...collected, ...s.collected],
    facts: s.facts,
    answers: [...answers, ...given, ...s.implied],
  };
}

function stepFrom(set: TreeSet, pos: Position, entry: HistoryEntry): Result<Position> {
  const node = pos.node;
  if (node.kind === "outcome" || node.id !== entry.node) {
    return fail("invalid-answer", mt("engSavedAnswerMisfits", { saved: entry.node, at: node.id }));
  }
  const next = advance(set, node, entry.answer, pos.facts);
  if (!next.ok) return next;
  const given: PathAnswer[] = node.kind === "info" ? [] : [{ node: node.id, answer: entry.answer }];
  return { ok: true, value: fromSettled(next.value, pos.path, pos.collected, pos.answers, given) };
}

export interface Stepped {
  readonly state: ConsultState;
  readonly position: Position;
}

/**
 * Answers the current question and returns the new state with its position.
 * Pass the current position when you have it, so the history is not replayed.
 */
export function step(set: TreeSet, state: ConsultState, answer: AnswerValue, current?: Position): Result<Stepped> {
  let pos: Position;
  if (current) pos = current;
  else {
    const p = position(set, state);
    if (!p.ok) return p;
    pos = p.value;
  }
  if (pos.node.kind === "outcome") {
    return fail("not-asking", MESSAGES.engFinished);
  }
  const normalised: AnswerValue = Array.isArray(answer) ? [...new Set(answer as readonly string[])] : answer;
  const entry: HistoryEntry = { node: pos.node.id, answer: normalised };
  const next = stepFrom(set, pos, entry);
  if (!next.ok) return next;
  return { ok: true, value: { state: { ...state, history: [...state.history, entry] }, position: next.value } };
}

/**
 * Goes back one question; the answer given there is remembered as the default.
 * `left`: what was on screen at the question being left but not yet given
 * (a checklist's ticks), remembered for when the user comes back to it.
 */
export function back(
  state: ConsultState,
  left?: { readonly node: string; readonly answer: AnswerValue },
): ConsultState {
  const last = state.history.at(-1);
  if (!last) return state;
  const kept = left ? remember(state, left) : state;
  return {
    ...kept,
    history: state.history.slice(0, -1),
    remembered: { ...kept.remembered, [last.node]: last.answer },
  };
}

/**
 * Remembers what was on screen at a question and not given (a checklist's ticks when the consult stops
 * there): not an answer, the default when the question is asked again (after --resume, or on the way back).
 */
export function remember(
  state: ConsultState,
  left: { readonly node: string; readonly answer: AnswerValue },
): ConsultState {
  return { ...state, remembered: { ...state.remembered, [left.node]: left.answer } };
}

export function currentQuestion(set: TreeSet, state: ConsultState): AskingNode | undefined {
  const pos = position(set, state);
  return pos.ok && !pos.value.done ? (pos.value.node as AskingNode) : undefined;
}

export interface MergedAdvice {
  readonly contact: string;
  readonly urgency: Urgency;
  /** Every distinct reason given on the way, in the order given. */
  readonly why: readonly Text[];
  readonly from: readonly string[];
}

/**
 * What reading on past an info step gives: its advice with `when`/`unless`
 * applied to the facts so far (the same `advance` a consult takes). For a
 * screen that shows an info step's acute lines before the user reads on.
 */
export function infoAdvice(set: TreeSet, node: TreeNode, facts: Facts): AdviceItem[] {
  if (node.kind !== "info") return [];
  const next = advance(set, node, CONTINUE, facts);
  return next.ok ? next.value.collected.filter((c) => c.from === node.id).map((c) => c.item) : [];
}

/**
 * The advice so far: each contact once, at the most urgent level any step
 * gave it, most urgent first; contacts of equal urgency keep the order in
 * which the consult first named them.
 */
export function mergeAdvice(collected: readonly CollectedAdvice[]): MergedAdvice[] {
  const byContact = new Map<
    string,
    { contact: string; urgency: Urgency; why: Text[]; from: string[]; order: number }
  >();
  collected.forEach(({ item, from }, order) => {
    const seen = byContact.get(item.contact);
    if (!seen) {
      byContact.set(item.contact, {
        contact: item.contact,
        urgency: item.urgency,
        why: [item.why],
        from: [from],
        order,
      });
      return;
    }
    if (urgencyRank(item.urgency) < urgencyRank(seen.urgency)) seen.urgency = item.urgency;
    if (!seen.why.some((w) => w.nl === item.why.nl && w.en === item.why.en)) seen.why.push(item.why);
    if (!seen.from.includes(from)) seen.from.push(from);
  });
  return [...byContact.values()]
    .sort((a, b) => urgencyRank(a.urgency) - urgencyRank(b.urgency) || a.order - b.order)
    .map(({ contact, urgency, why, from }) => ({ contact, urgency, why, from }));
}

export function advice(set: TreeSet, state: ConsultState): Result<MergedAdvice[]> {
  const pos = position(set, state);
  return pos.ok ? { ok: true, value: mergeAdvice(pos.value.collected) } : pos;
}

/** What a finished consult concludes: built from the advice actually given, not fixed per outcome. */
export interface Conclusion {
  readonly outcome: OutcomeNode;
  readonly advice: readonly MergedAdvice[];
  /** The most urgent level of the whole advice (or the outcome's own level, if that is more urgent). */
  readonly urgency: Urgency;
  /** Each advised contact's own action line (most urgent first), then the outcome's actions whose tests hold. */
  readonly actions: readonly Text[];
  /** The outcome's record lines whose tests hold. */
  readonly record: readonly Text[];
}

export function conclude(set: TreeSet, pos: Position): Conclusion | undefined {
  if (pos.node.kind !== "outcome") return undefined;
  const outcome = pos.node;
  const merged = mergeAdvice(pos.collected);
  const advised = new Set(merged.map((a) => a.contact));
  const urgency = merged.reduce<Urgency>(
    (u, a) => (urgencyRank(a.urgency) < urgencyRank(u) ? a.urgency : u),
    outcome.urgency,
  );
  const lines = (list: readonly GuardedText[] | undefined): Text[] =>
    (list ?? []).flatMap((g) => {
      if (!("text" in g)) return [g];
      const ok =
        (g.when === undefined || holdsAtEnd(g.when, pos.facts, advised)) &&
        (g.unless === undefined || !holdsAtEnd(g.unless, pos.facts, advised));
      return ok ? [g.text] : [];
    });
  // Each advised contact's own line, headed by the urgency it was advised at ("[Spoed: vandaag] Bel ..."),
  // so the same contact reads "now" only when it was advised as acute.
  const contactActions = merged.flatMap((a) => {
    const line = set.contacts.get(a.contact)?.action;
    if (!line) return [];
    return [mt("engActionAt", { when: URGENCY_TEXT[a.urgency], line })];
  });
  return {
    outcome,
    advice: merged,
    urgency,
    actions: [...contactActions, ...lines(outcome.actions)],
    record: lines(outcome.record),
  };
}

/**
 * A node's edges in a set, made once: they depend only on the node and the set's links, and both are
 * immutable once loaded. (Analyses advance every state of a fact graph: 300,000 times on the bundled trees.)
 * The node graph (analysis/graph.ts) holds these same objects; nothing changes them.
 */
export function edgesIn(set: TreeSet, node: TreeNode): readonly Edge[] {
  let bySet = edgeMemo.get(set);
  if (!bySet) edgeMemo.set(set, (bySet = new WeakMap()));
  let edges = bySet.get(node);
  if (!edges) bySet.set(node, (edges = edgesOf(node, (t, n) => linkTarget(set, t, n))));
  return edges;
}

const edgeMemo = new WeakMap<TreeSet, WeakMap<TreeNode, readonly Edge[]>>();

function chooseEdge(set: TreeSet, node: AskingNode, answer: AnswerValue): Result<Edge> {
  // Answers can come from files and drafts: anything but a string or a list of strings is refused here.
  if (typeof answer !== "string" && !(Array.isArray(answer) && answer.every((a) => typeof a === "string"))) {
    return invalid(node, JSON.stringify(answer) ?? String(answer), offered(node));
  }
  const edges = edgesIn(set, node);
  if (node.kind === "info") {
    if (answer === CONTINUE) return { ok: true, value: edges[0]! };
    return invalid(node, answer, [CONTINUE]);
  }
  if (answer === UNKNOWN_ID) {
    const e = edges.find((x) => x.isUnknown);
    return e ? { ok: true, value: e } : invalid(node, answer, offered(node));
  }
  if (node.kind === "question") {
    const e = typeof answer === "string" ? edges.find((x) => x.label === answer && !x.isUnknown) : undefined;
    return e ? { ok: true, value: e } : invalid(node, answer, offered(node));
  }
  if (typeof answer === "string") return invalid(node, answer, offered(node));
  const known = new Set(node.items.map((i) => i.id));
  // "weet ik niet" may be ticked together with items: the route is the unknown one, and the ticks are kept.
  const withUnknown = node.unknown !== undefined && answer.includes(UNKNOWN_ID);
  const wrong = answer.filter((a) => !known.has(a) && !(withUnknown && a === UNKNOWN_ID));
  if (wrong.length > 0) return invalid(node, wrong.join(", "), offered(node));
  if (withUnknown) return { ok: true, value: edges.find((x) => x.isUnknown)! };
  return { ok: true, value: edges[checklistEdgeIndex(node, new Set(answer))]! };
}

/** What a set of ticks does at a checklist: the edge taken (index as in edgesOf) and the facts the items set. */
export function checklistResult(
  node: ChecklistNode,
  ticked: ReadonlySet<string>,
): { readonly edge: number; readonly facts: readonly string[] } {
  return { edge: checklistEdgeIndex(node, ticked), facts: tickedFacts(node, ticked) };
}

/** The answer ids a node accepts, for error messages and answer files. */
export function offered(node: AskingNode): string[] {
  if (node.kind === "info") return [CONTINUE];
  const ids = node.kind === "question" ? node.answers.map((a) => a.id) : node.items.map((i) => i.id);
  return node.unknown ? [...ids, UNKNOWN_ID] : ids;
}

function invalid(node: AskingNode, answer: AnswerValue, allowed: readonly string[]): Result<never> {
  // The answer comes from a file or a draft: echo it so that a terminal cannot act on it.
  const given = visible(Array.isArray(answer) ? answer.join(", ") : String(answer));
  return fail("invalid-answer", mt("engNotAnAnswer", { given, node: node.id, allowed: allowed.join(", ") }));
}

function fail(code: EngineError["code"], message: Text): Result<never> {
  return { ok: false, error: { code, message } };
}
