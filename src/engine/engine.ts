import type { Text } from "../model/text.js";
import type { AdviceItem, AskingNode, OutcomeNode, TreeNode } from "../model/tree.js";
import { UNKNOWN_ID } from "../model/tree.js";
import type { TreeSet } from "../model/tree-set.js";
import { urgencyRank, type Urgency } from "../model/urgency.js";
import type { AnswerValue, ConsultState, HistoryEntry } from "./state.js";
import { checklistEdgeIndex, CONTINUE, edgesOf, type Edge } from "./transitions.js";

// The engine: pure functions over (tree set, state). No I/O, no clock, no randomness.

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

export interface Position {
  /** The node waiting for an answer, or the outcome when the consult is done. */
  readonly node: AskingNode | OutcomeNode;
  readonly done: boolean;
  /** Every node passed, in order, including links and the current node. */
  readonly path: readonly string[];
  readonly collected: readonly CollectedAdvice[];
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

/** Replays the history and returns where the consult stands. */
export function position(set: TreeSet, state: ConsultState): Result<Position> {
  const path: string[] = [];
  const collected: CollectedAdvice[] = [];
  let at = settle(set, state.start, path);
  if (!at.ok) return at;
  for (const entry of state.history) {
    const node = at.value;
    if (node.kind === "outcome" || node.id !== entry.node) {
      return fail("invalid-answer", {
        nl: `Het opgeslagen antwoord voor '${entry.node}' past niet meer bij de bomen (de consult staat bij '${node.id}').`,
        en: `The saved answer for '${entry.node}' no longer fits the trees (the consult is at '${node.id}').`,
      });
    }
    const edge = chooseEdge(set, node, entry.answer);
    if (!edge.ok) return edge;
    for (const item of edge.value.advice) collected.push({ item, from: node.id });
    at = settle(set, edge.value.target, path);
    if (!at.ok) return at;
  }
  const node = at.value;
  if (node.kind === "outcome") for (const item of node.advice) collected.push({ item, from: node.id });
  return { ok: true, value: { node, done: node.kind === "outcome", path, collected } };
}

/** Answers the current question. */
export function step(set: TreeSet, state: ConsultState, answer: AnswerValue): Result<ConsultState> {
  const pos = position(set, state);
  if (!pos.ok) return pos;
  const node = pos.value.node;
  if (node.kind === "outcome") {
    return fail("not-asking", { nl: "Het consult is al klaar; er is geen vraag meer.", en: "The consult is finished; there is no question left." });
  }
  const edge = chooseEdge(set, node, answer);
  if (!edge.ok) return edge;
  const normalised: AnswerValue = typeof answer === "string" ? answer : [...new Set(answer)];
  const history: HistoryEntry[] = [...state.history, { node: node.id, answer: normalised }];
  return { ok: true, value: { ...state, history } };
}

/** Goes back one question; the answer given there is remembered as the default. */
export function back(state: ConsultState): ConsultState {
  const last = state.history.at(-1);
  if (!last) return state;
  return { ...state, history: state.history.slice(0, -1), remembered: { ...state.remembered, [last.node]: last.answer } };
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
 * The advice so far: each contact once, at the most urgent level any step
 * gave it, most urgent first; contacts of equal urgency keep the order in
 * which the consult first named them.
 */
export function mergeAdvice(collected: readonly CollectedAdvice[]): MergedAdvice[] {
  const byContact = new Map<string, { contact: string; urgency: Urgency; why: Text[]; from: string[]; order: number }>();
  collected.forEach(({ item, from }, order) => {
    const seen = byContact.get(item.contact);
    if (!seen) {
      byContact.set(item.contact, { contact: item.contact, urgency: item.urgency, why: [item.why], from: [from], order });
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

/** Follows links until a node that asks or ends; records every node passed. */
function settle(set: TreeSet, nodeId: string, path: string[]): Result<AskingNode | OutcomeNode> {
  let id = nodeId;
  // A link chain longer than the number of nodes must loop; stop instead of hanging.
  for (let hops = 0; hops <= set.nodes.size; hops++) {
    const entry = set.nodes.get(id);
    if (!entry) return fail("broken-reference", { nl: `Knoop '${id}' bestaat niet.`, en: `Node '${id}' does not exist.` });
    path.push(id);
    const node: TreeNode = entry.node;
    if (node.kind !== "link") return { ok: true, value: node };
    const target = linkTarget(set, node.tree, node.node);
    if (target === undefined) {
      return fail("broken-reference", { nl: `Verwijzing '${node.id}' wijst naar een boom of knoop die niet bestaat.`, en: `Link '${node.id}' points to a tree or node that does not exist.` });
    }
    id = target;
  }
  return fail("loop", { nl: `Verwijzingen vanaf '${nodeId}' vormen een kring.`, en: `Links from '${nodeId}' form a loop.` });
}

function chooseEdge(set: TreeSet, node: AskingNode, answer: AnswerValue): Result<Edge> {
  // Answers can come from files and drafts: anything but a string or a list of strings is refused here.
  if (typeof answer !== "string" && !(Array.isArray(answer) && answer.every((a) => typeof a === "string"))) {
    return invalid(node, JSON.stringify(answer) ?? String(answer), offered(node));
  }
  const edges = edgesOf(node, (t, n) => linkTarget(set, t, n));
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
  const wrong = answer.filter((a) => !known.has(a));
  if (wrong.length > 0) return invalid(node, wrong.join(", "), offered(node));
  return { ok: true, value: edges[checklistEdgeIndex(node, new Set(answer))]! };
}

/** The answer ids a node accepts, for error messages and answer files. */
export function offered(node: AskingNode): string[] {
  if (node.kind === "info") return [CONTINUE];
  const ids = node.kind === "question" ? node.answers.map((a) => a.id) : node.items.map((i) => i.id);
  return node.unknown ? [...ids, UNKNOWN_ID] : ids;
}

function invalid(node: AskingNode, answer: AnswerValue, allowed: readonly string[]): Result<never> {
  const given = Array.isArray(answer) ? answer.join(", ") : String(answer);
  return fail("invalid-answer", {
    nl: `'${given}' is geen antwoord op vraag '${node.id}'. Mogelijk: ${allowed.join(", ")}.`,
    en: `'${given}' is not an answer to question '${node.id}'. Possible: ${allowed.join(", ")}.`,
  });
}

function fail(code: EngineError["code"], message: Text): Result<never> {
  return { ok: false, error: { code, message } };
}
