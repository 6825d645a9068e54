import {
  advance,
  checklistResult,
  enter,
  mergeAdvice,
  type CollectedAdvice,
  type Result,
  type Settled,
} from "../engine/engine.js";
import type { Facts } from "../engine/facts.js";
import type { AnswerValue } from "../engine/state.js";
import { CONTINUE } from "../engine/transitions.js";
import type { Text } from "../model/text.js";
import type { AskingNode, ChecklistNode, OutcomeNode, TreeNode } from "../model/tree.js";
import { createHash } from "node:crypto";
import { answerChoices, liveFacts } from "./fact-graph.js";
import { buildGraph } from "./graph.js";
import { UNKNOWN_ID } from "../model/tree.js";
import type { TreeSet } from "../model/tree-set.js";
import { urgencyRank, type Urgency } from "../model/urgency.js";

// What a change to the trees did to the routes. Pure: two tree sets in, plain
// data out. The answer combinations are found by walking both versions in
// lockstep from the main entry with the engine's own `enter` and `advance`,
// giving the same answer on both sides, and merging states that are the same
// (position, facts and advice so far on each side), so the work grows with
// the number of distinct states, not with the number of paths. Counts of
// combinations are BigInt.
//
// Where both sides stand at the same node with the same facts, and everything
// reachable from there is the same in both versions, only the advice so far can
// differ (an early node names one more contact, say). The continuation is then
// the same on both sides: the walk stops there and combines the two prefixes
// with the distinct futures of that (node, facts) on one side (outcome, final
// facts, advice collected on the way, and how many answer combinations lead
// there), computed once per (node, facts) and memoised. Without this, the
// lockstep states would carry every distinct advice-so-far through the rest of
// the trees: minutes on the bundled trees for one added contact at `bel-112`.

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
  /** Present when the contacts both sides advise come in another order (e.g. 112 no longer first): only the contacts whose place changed, in the old and the new order. */
  readonly order?: { readonly from: readonly string[]; readonly to: readonly string[] };
  /**
   * Only where results were compared on some contacts (RouteDiff.comparedOn): the contact on top (the action
   * on top of the advice screen) changed, or may have. `from`/`to`: a contact id, or "" for a contact outside
   * the ones compared on (the same one on both sides). `fromSure`/`toSure`: false when on that side a tie at the
   * same level leaves it to the order of the later answers: that contact or another one is on top.
   */
  readonly top?: { readonly from: string; readonly to: string; readonly fromSure: boolean; readonly toSure: boolean };
}

export interface ChangeGroup extends AdviceDelta {
  /** Changed results (merged states) with this delta. */
  readonly results: number;
  /** Answer combinations with this delta. */
  readonly paths: bigint;
}

/** The end of a route on a side that has no such answer (it was added or removed in the other version). */
export const NO_SUCH_ANSWER: RouteEnd = { outcome: "-", urgency: "advies", advice: [] };

export function adviceDelta(before: RouteEnd, after: RouteEnd): AdviceDelta {
  const find = (list: readonly AdviceSig[], c: string) => list.find((x) => x.contact === c);
  const common = (list: readonly AdviceSig[], other: readonly AdviceSig[]) =>
    list.filter((a) => find(other, a.contact)).map((a) => a.contact);
  const shared = common(before.advice, after.advice);
  const sharedAfter = common(after.advice, before.advice);
  // Only the contacts whose place among the shared ones changed ("team A and team B swapped"), not the whole list.
  const moved = new Set(shared.filter((c, i) => sharedAfter[i] !== c));
  const from = shared.filter((c) => moved.has(c));
  const to = sharedAfter.filter((c) => moved.has(c));
  return {
    ...(moved.size > 0 ? { order: { from, to } } : {}),
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
  /** Contacts in the directory: added, removed, or with changed details (name, phone, hours, ...). */
  readonly contactsAdded: readonly string[];
  readonly contactsRemoved: readonly string[];
  readonly contactsChanged: readonly ContactChange[];
  /** Texts a professional reads at a question both versions have: the question, each answer or item label. */
  readonly textsChanged: readonly TextChange[];
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
  /**
   * Present when an early change had too many distinct results to list: past that point the results were
   * compared on these contacts only (the ones the advice so far named on either side; every other contact
   * ends the same on both sides there). The summary's counts are exact per contact; the order is compared
   * among these contacts, and so is the contact on top (AdviceDelta.top); an order change lower in the list
   * against another contact is not seen. Those results are not listed one by one. `exhausted`: even so the
   * budget ran out.
   */
  readonly comparedOn?: {
    readonly contacts: readonly string[];
    readonly exhausted: boolean;
    /** Results compared on these contacts only (not listed one by one). */
    readonly results: number;
    /** The walk before the stop was cut short too (its state limit, or a checklist too large to try every tick set). */
    readonly walkIncomplete: boolean;
  };
}

export interface ContactChange {
  readonly contact: string;
  /** The fields that differ, with their values on each side (texts as {nl, en}; absent as null). */
  readonly fields: readonly { readonly field: string; readonly from: unknown; readonly to: unknown }[];
}

export interface TextChange {
  readonly node: string;
  /** "text" for the question itself; "answer" or "item" with `id` for one choice; "unknown" for its "weet ik niet" label. */
  readonly part: "text" | "answer" | "item" | "unknown";
  readonly id?: string;
  readonly from: Text;
  readonly to: Text;
}

export interface DiffLimits {
  /** Changed combinations listed; the rest are counted. */
  readonly combinations: number;
  /** States of the lockstep walk before it stops. */
  readonly states: number;
  /** Checklists with more items than this are explored by small tick sets only. */
  readonly checklistItems: number;
  /** Distinct futures found before the results are compared on the changed contacts only (default: `states`). */
  readonly futures?: number;
}

export const DEFAULT_LIMITS: DiffLimits = { combinations: 10_000, states: 200_000, checklistItems: 14 };

export function diffRoutes(oldSet: TreeSet, newSet: TreeSet, limits: DiffLimits = DEFAULT_LIMITS): RouteDiff {
  const structure = diffStructure(oldSet, newSet);
  const walk = lockstep(oldSet, newSet, limits);
  return { ...structure, ...walk };
}

// ---------------------------------------------------------------- structure

function outcomeBrief(set: TreeSet, o: OutcomeNode): OutcomeBrief {
  return {
    id: o.id,
    tree: set.nodes.get(o.id)!.tree.id,
    title: o.title,
    urgency: o.urgency,
    contacts: o.advice.map((a) => ({ contact: a.contact, urgency: a.urgency })),
  };
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
  return {
    treesAdded,
    treesRemoved,
    versionsChanged,
    outcomesAdded,
    outcomesRemoved,
    outcomesChanged,
    questionsAdded,
    questionsRemoved,
    answersAdded,
    answersRemoved,
    ...diffContacts(oldSet, newSet),
    textsChanged: diffTexts(oldSet, newSet),
  };
}

/** Every field of every contact, compared as data: a changed phone number of 112 is a change, whatever the routes do. */
function diffContacts(oldSet: TreeSet, newSet: TreeSet) {
  const contactsAdded = [...newSet.contacts.keys()].filter((id) => !oldSet.contacts.has(id));
  const contactsRemoved = [...oldSet.contacts.keys()].filter((id) => !newSet.contacts.has(id));
  const contactsChanged: ContactChange[] = [];
  for (const [id, after] of newSet.contacts) {
    const before = oldSet.contacts.get(id);
    if (!before) continue;
    const a = before as unknown as Readonly<Record<string, unknown>>;
    const b = after as unknown as Readonly<Record<string, unknown>>;
    const fields = [...new Set([...Object.keys(a), ...Object.keys(b)])]
      .filter((f) => JSON.stringify(a[f] ?? null) !== JSON.stringify(b[f] ?? null))
      .map((field) => ({ field, from: a[field] ?? null, to: b[field] ?? null }));
    if (fields.length > 0) contactsChanged.push({ contact: id, fields });
  }
  return { contactsAdded, contactsRemoved, contactsChanged };
}

const sameText = (a: Text | undefined, b: Text | undefined) => a?.nl === b?.nl && a?.en === b?.en;

/** Label changes at questions and checklists both versions have: a swapped "ja"/"nee" label is a change even when the ids stay. */
function diffTexts(oldSet: TreeSet, newSet: TreeSet): TextChange[] {
  const out: TextChange[] = [];
  for (const { node } of newSet.nodes.values()) {
    const before = oldSet.nodes.get(node.id)?.node;
    if (!before || before.kind !== node.kind) continue;
    if (node.kind === "question" && before.kind === "question") {
      if (!sameText(before.text, node.text))
        out.push({ node: node.id, part: "text", from: before.text, to: node.text });
      for (const a of node.answers) {
        const was = before.answers.find((x) => x.id === a.id);
        if (was && !sameText(was.label, a.label))
          out.push({ node: node.id, part: "answer", id: a.id, from: was.label, to: a.label });
      }
      if (node.unknown?.label && before.unknown?.label && !sameText(before.unknown.label, node.unknown.label))
        out.push({ node: node.id, part: "unknown", from: before.unknown.label, to: node.unknown.label });
    } else if (node.kind === "checklist" && before.kind === "checklist") {
      if (!sameText(before.text, node.text))
        out.push({ node: node.id, part: "text", from: before.text, to: node.text });
      for (const i of node.items) {
        const was = before.items.find((x) => x.id === i.id);
        if (was && !sameText(was.label, i.label))
          out.push({ node: node.id, part: "item", id: i.id, from: was.label, to: i.label });
      }
      if (node.unknown?.label && before.unknown?.label && !sameText(before.unknown.label, node.unknown.label))
        out.push({ node: node.id, part: "unknown", from: before.unknown.label, to: node.unknown.label });
    }
  }
  return out;
}

// ---------------------------------------------------------------- lockstep walk

/**
 * A hash per node of everything a consult can meet from it on: the node's own
 * content (answers, facts it sets and tests, advice) and, through its edges,
 * the hashes of what follows. Two versions with the same hash at a node route
 * every answer from there the same way. Empty when the graph has a cycle.
 */
function reachableHashes(set: TreeSet): Map<string, string> {
  const graph = buildGraph(set);
  const hashes = new Map<string, string>();
  if (!graph.topo) return hashes;
  for (const id of [...graph.topo].reverse()) {
    const h = createHash("sha256").update(JSON.stringify(set.nodes.get(id)!.node));
    for (const e of graph.out.get(id) ?? []) h.update(`|${e.label}>${hashes.get(e.target) ?? "?"}`);
    hashes.set(id, h.digest("hex"));
  }
  return hashes;
}

/**
 * One side's position: a question, checklist, info step or outcome, the facts
 * so far and the advice so far (first-named order, most urgent level per
 * contact). `node` is empty when this side cannot follow: the answer the
 * other side gave does not exist in this version.
 */
interface Side {
  readonly node: string;
  readonly facts: Facts;
  readonly advice: readonly AdviceSig[];
}

const ABSENT: Side = { node: "", facts: new Set(), advice: [] };

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

function addAdvice(sig: readonly AdviceSig[], items: readonly CollectedAdvice[]): AdviceSig[] {
  const out = [...sig];
  for (const { item } of items) {
    const i = out.findIndex((s) => s.contact === item.contact);
    if (i === -1) out.push({ contact: item.contact, urgency: item.urgency });
    else if (urgencyRank(item.urgency) < urgencyRank(out[i]!.urgency))
      out[i] = { contact: item.contact, urgency: item.urgency };
  }
  return out;
}

/**
 * The engine's answer to "where does this lead": the same `enter` and
 * `advance` a consult uses. Info steps ask nothing, so a side passes them
 * (with "verder") and collects their advice, as a consult that reads on does.
 */
function sideFrom(set: TreeSet, prev: readonly AdviceSig[], r: Result<Settled>): Side | undefined {
  let at = r;
  let advice = prev;
  for (let hops = 0; hops <= set.nodes.size; hops++) {
    if (!at.ok) return undefined;
    advice = addAdvice(advice, at.value.collected);
    const node = at.value.node;
    if (node.kind !== "info") return { node: node.id, facts: at.value.facts, advice };
    at = advance(set, node, CONTINUE, at.value.facts);
  }
  return undefined;
}

function advanceSide(set: TreeSet, side: Side, answer: AnswerValue): Side | undefined {
  const node = set.nodes.get(side.node)?.node;
  if (!node || node.kind === "outcome" || node.kind === "link" || node.kind === "branch") return undefined;
  return sideFrom(set, side.advice, advance(set, node, answer, side.facts));
}

const isDone = (set: TreeSet, side: Side) =>
  side === ABSENT || side.node === "" || set.nodes.get(side.node)!.node.kind === "outcome";

/**
 * The answers worth trying at a checklist both versions have: one smallest
 * tick set per distinct pair of results (route taken and facts the ticks set,
 * on each side), found by trying tick sets in order of size.
 */
function pairTickSets(old: ChecklistNode, now: ChecklistNode, max: number): readonly (readonly string[])[] {
  // The tick sets depend only on the two checklists (not on the facts so far): found once per pair, as trying
  // every tick set of a 14-item checklist again at every state was most of the walk's time.
  const byNew = tickSetMemo.get(old) ?? new WeakMap<ChecklistNode, Map<number, string[][]>>();
  tickSetMemo.set(old, byNew);
  const byMax = byNew.get(now) ?? new Map<number, string[][]>();
  byNew.set(now, byMax);
  const known = byMax.get(max) ?? findTickSets([old, now], max);
  byMax.set(max, known);
  return known;
}

const tickSetMemo = new WeakMap<ChecklistNode, WeakMap<ChecklistNode, Map<number, string[][]>>>();

function findTickSets(nodes: readonly ChecklistNode[], max: number): string[][] {
  const items = [...new Set(nodes.flatMap((n) => n.items.map((i) => i.id)))];
  const seen = new Set<string>();
  const out: string[][] = [];
  const consider = (ticked: string[]) => {
    const t = new Set(ticked);
    const key = nodes
      .map((n) => {
        const own = new Set([...t].filter((id) => n.items.some((i) => i.id === id)));
        const r = checklistResult(n, own);
        return `${r.edge}:${[...r.facts].sort().join(",")}`;
      })
      .join("|");
    if (seen.has(key)) return;
    seen.add(key);
    out.push(ticked);
  };
  for (const ticked of tickSets(items, max)) consider(ticked);
  if (items.length > max) {
    // Large checklists: also try what each side's own engine-level choices are.
    for (const n of nodes) for (const c of answerChoices(n)) if (Array.isArray(c.answer)) consider([...c.answer]);
  }
  return out;
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

/** Answer ids of a question or checklist edge set: the answers (with `unknown`) a side accepts. */
function questionAnswers(node: AskingNode): string[] {
  if (node.kind === "question") return [...node.answers.map((a) => a.id), ...(node.unknown ? [UNKNOWN_ID] : [])];
  if (node.kind === "checklist") return node.unknown ? [UNKNOWN_ID] : [];
  return [CONTINUE];
}

const sameSet = (a: readonly AdviceSig[], b: readonly AdviceSig[]) => {
  const key = (s: readonly AdviceSig[]) =>
    s
      .map((x) => `${x.contact}:${x.urgency}`)
      .sort()
      .join("|");
  return key(a) === key(b);
};

function routeEnd(set: TreeSet, side: Side): RouteEnd | undefined {
  if (side.node === "") return undefined;
  const o = set.nodes.get(side.node)!.node as OutcomeNode;
  const merged = mergeAdvice(
    side.advice.map((s) => ({
      item: { contact: s.contact, urgency: s.urgency, why: { nl: "", en: "" } },
      from: side.node,
    })),
  );
  return { outcome: o.id, urgency: o.urgency, advice: merged.map((m) => ({ contact: m.contact, urgency: m.urgency })) };
}

/** Combines advice so far with advice collected later (as `addAdvice` does item by item: the same result). */
function addSigs(prefix: readonly AdviceSig[], later: readonly AdviceSig[]): readonly AdviceSig[] {
  if (later.length === 0) return prefix;
  if (prefix.length === 0) return later;
  const out = [...prefix];
  for (const a of later) {
    const i = out.findIndex((s) => s.contact === a.contact);
    if (i === -1) out.push(a);
    else if (urgencyRank(a.urgency) < urgencyRank(out[i]!.urgency)) out[i] = a;
  }
  return out;
}

/** A representative answer path of a future, shared between futures (a linked list). */
interface PathLink {
  readonly answer: DiffAnswer;
  readonly rest: PathLink | undefined;
}

/** One distinct way a walk from (node, facts) can end, on one side. */
interface Future {
  readonly outcome: string;
  readonly facts: Facts;
  readonly factsKey: string;
  /** The advice collected from (node, facts) to the end, first-named order, most urgent level per contact. */
  readonly advice: readonly AdviceSig[];
  /** Projected (keep): the most urgent level (rank) of any contact not kept on the way; Infinity for none. */
  readonly other: number;
  count: bigint;
  path: PathLink | undefined;
  length: number;
}

/**
 * Where results are compared on some contacts (K), whether the contact on top changed. `before`/`after` hold
 * K's advice only (in mergeAdvice's order: most urgent first, then first named), `other` the most urgent level
 * of every other contact after the stop (the same on both sides: only K differs before it). On a side the top is
 * K's first contact when it is more urgent than `other`, another contact when `other` is more urgent (the same
 * one on both sides: the others are advised alike), and at the same level K's first when the advice so far named
 * it (it was named before any other contact), else undecided here ("?c": the later answers' order decides).
 */
function topChange(
  oldSoFar: readonly AdviceSig[],
  before: RouteEnd,
  newSoFar: readonly AdviceSig[],
  after: RouteEnd,
  other: number,
): AdviceDelta["top"] {
  const topOf = (soFar: readonly AdviceSig[], end: RouteEnd): string => {
    const k = end.advice[0];
    if (!k) return other < Infinity ? "" : "-";
    const r = urgencyRank(k.urgency);
    if (r < other) return k.contact;
    if (other < r) return "";
    return soFar.some((a) => a.contact === k.contact) ? k.contact : `?${k.contact}`;
  };
  const from = topOf(oldSoFar, before);
  const to = topOf(newSoFar, after);
  if (from === to) return undefined;
  const plain = (t: string) => (t.startsWith("?") ? t.slice(1) : t === "-" ? "" : t);
  return { from: plain(from), to: plain(to), fromSure: !from.startsWith("?"), toSure: !to.startsWith("?") };
}

const factsKeyOf = (f: Facts) => [...f].sort().join(",");
const sigKey = (a: readonly AdviceSig[]) => a.map((x) => `${x.contact}:${x.urgency}`).join(",");

/**
 * The futures of one tree set, memoised per (node, facts): every distinct
 * (outcome, final facts, advice collected) a walk from there can reach, with
 * the number of answer combinations and a shortest one. The answers tried are
 * those the lockstep walk tries at a node both sides have, so the counts agree.
 * Stops (and says so) past `budget` futures in all, or twice as many combined.
 *
 * With `keep` (and `live`, the set's liveFacts), futures are told apart by their outcome and by the advice on
 * the contacts in `keep` only (first-named order and most urgent level), not
 * by final facts or other contacts: where the two sides differ only in the
 * advice so far, and that advice names only contacts in `keep`, every other
 * contact ends with the same advice on both sides, so these futures give the
 * same removed, added and changed contacts per outcome with exact counts.
 * (Restricting to `keep` commutes with addSigs and keeps mergeAdvice's order.)
 */
function futureFinder(
  set: TreeSet,
  answersAt: (node: AskingNode) => AnswerValue[],
  budget: number,
  projection?: { readonly keep: ReadonlySet<string>; readonly live: ReadonlyMap<string, ReadonlySet<string>> },
) {
  const keep = projection?.keep;
  const memo = new Map<string, readonly Future[]>();
  let total = 0;
  // Futures combined (the work), bounded too: a continuation with very many distinct futures is given up, and said so.
  let work = 0;
  let exhausted = false;
  // Projected, a fact no later test reads is dropped (as in the fact graph): it changes no future there.
  const live = projection?.live;
  const find = (node: string, all: Facts): readonly Future[] => {
    const alive = live?.get(node);
    const facts = alive ? new Set([...all].filter((f) => alive.has(f))) : all;
    const key = `${node}\0${factsKeyOf(facts)}`;
    const known = memo.get(key);
    if (known) return known;
    const n = set.nodes.get(node)!.node;
    let list: Future[];
    if (n.kind === "outcome") {
      // Projected (keep): the final facts do not change what changed, so they do not tell futures apart.
      const factsKey = keep ? "" : factsKeyOf(facts);
      list = [{ outcome: n.id, facts, factsKey, advice: [], other: Infinity, count: 1n, path: undefined, length: 0 }];
    } else {
      const byKey = new Map<string, Future>();
      for (const answer of answersAt(n as AskingNode)) {
        if (exhausted) break;
        const next = advanceSide(set, { node, facts, advice: [] }, answer);
        if (!next) continue;
        const step: DiffAnswer = { node, answer, side: "both" };
        for (const f of find(next.node, next.facts)) {
          if (++work > budget * 2) {
            exhausted = true;
            break;
          }
          const advice = addSigs(keep ? next.advice.filter((a) => keep.has(a.contact)) : next.advice, f.advice);
          let other = f.other;
          if (keep)
            for (const a of next.advice) if (!keep.has(a.contact)) other = Math.min(other, urgencyRank(a.urgency));
          const k = `${f.outcome}\0${f.factsKey}\0${sigKey(advice)}\0${other}`;
          const seen = byKey.get(k);
          if (seen) {
            seen.count += f.count;
            if (f.length + 1 < seen.length) {
              seen.path = { answer: step, rest: f.path };
              seen.length = f.length + 1;
            }
            continue;
          }
          if (++total > budget) {
            exhausted = true;
            break;
          }
          byKey.set(k, {
            outcome: f.outcome,
            facts: f.facts,
            factsKey: f.factsKey,
            advice,
            other,
            count: f.count,
            path: { answer: step, rest: f.path },
            length: f.length + 1,
          });
        }
      }
      list = [...byKey.values()];
    }
    memo.set(key, list);
    return list;
  };
  return { find, exhausted: () => exhausted };
}

function lockstep(oldSet: TreeSet, newSet: TreeSet, limits: DiffLimits) {
  const states: State[] = [];
  const index = new Map<string, number>();
  const out: Transition[][] = [];
  const parent: ({ from: number; answer?: DiffAnswer } | undefined)[] = [];
  const sorted = (r: Readonly<Record<string, AnswerValue>>) =>
    Object.entries(r).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  const sideKey = (x: Side) => [x.node, [...x.facts].sort(), x.advice];
  const keyOf = (s: State) =>
    JSON.stringify([sideKey(s.old), sideKey(s.new), sorted(s.pendingOld), sorted(s.pendingNew)]);
  // A checklist too large to try every tick set is walked with a sample of them: the result may then miss
  // combinations, so it is not called complete.
  const tooLarge = [...oldSet.nodes.values(), ...newSet.nodes.values()].some(
    (e) => e.node.kind === "checklist" && e.node.items.length > limits.checklistItems,
  );
  let complete = !tooLarge;

  const intern = (s: State, from?: number, answer?: DiffAnswer): number | undefined => {
    const norm: State = isDone(oldSet, s.old) && isDone(newSet, s.new) ? { ...s, pendingOld: {}, pendingNew: {} } : s;
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

  // Where both sides stand at the same node, with the same facts and advice so far, and everything
  // reachable from that node is the same in both versions, every continuation ends the same: nothing
  // to walk. This keeps the walk to the changed part of the trees.
  const oldHash = reachableHashes(oldSet);
  const newHash = reachableHashes(newSet);
  const settledSame = (s: State) => {
    if (
      s.old.node === "" ||
      s.old.node !== s.new.node ||
      Object.keys(s.pendingOld).length + Object.keys(s.pendingNew).length > 0
    )
      return false;
    const h = oldHash.get(s.old.node);
    if (h === undefined || h !== newHash.get(s.new.node)) return false;
    return (
      JSON.stringify([...s.old.facts].sort()) === JSON.stringify([...s.new.facts].sort()) &&
      JSON.stringify(s.old.advice) === JSON.stringify(s.new.advice)
    );
  };

  // Where both sides stand at the same node with the same facts and everything reachable is the same, but
  // the advice so far differs: the continuation is the same on both sides; its futures are combined with
  // each side's advice so far after the walk (see the top of this file).
  const sameAhead = (s: State) =>
    s.old.node !== "" &&
    s.old.node === s.new.node &&
    Object.keys(s.pendingOld).length + Object.keys(s.pendingNew).length === 0 &&
    oldHash.get(s.old.node) !== undefined &&
    oldHash.get(s.old.node) === newHash.get(s.new.node) &&
    factsKeyOf(s.old.facts) === factsKeyOf(s.new.facts);
  const bothAnswers = (n: AskingNode): AnswerValue[] => [
    ...(n.kind === "checklist" ? pairTickSets(n, n, limits.checklistItems) : []),
    ...questionAnswers(n),
  ];
  const futures = futureFinder(newSet, bothAnswers, limits.futures ?? limits.states);
  const ahead: number[] = [];

  const oldStart = sideFrom(oldSet, [], enter(oldSet, oldSet.main.entry));
  const newStart = sideFrom(newSet, [], enter(newSet, newSet.main.entry));
  if (!oldStart || !newStart)
    return { combinations: [], combinationsTotal: 0, combinationPaths: 0n, summary: [], complete: false };
  intern({ old: oldStart, new: newStart, pendingOld: {}, pendingNew: {} });

  for (let i = 0; i < states.length; i++) {
    const s = states[i]!;
    const oldDone = isDone(oldSet, s.old);
    const newDone = isDone(newSet, s.new);
    if (oldDone && newDone) continue;
    if (settledSame(s)) continue;
    if (sameAhead(s)) {
      ahead.push(i);
      continue;
    }
    const oldNode = oldDone ? undefined : (oldSet.nodes.get(s.old.node)!.node as AskingNode);
    const newNode = newDone ? undefined : (newSet.nodes.get(s.new.node)!.node as AskingNode);
    const link = (next: State, answer?: DiffAnswer) => {
      const to = intern(next, i, answer);
      if (to !== undefined) out[i]!.push(answer ? { to, answer } : { to });
    };
    const without = (r: Readonly<Record<string, AnswerValue>>, k: string) =>
      Object.fromEntries(Object.entries(r).filter(([x]) => x !== k));

    // 1. A side reaching a question the other side already answered alone gives the same answer, if it can.
    if (oldNode && Object.hasOwn(s.pendingOld, oldNode.id)) {
      const next = advanceSide(oldSet, s.old, s.pendingOld[oldNode.id]!);
      if (next) {
        link({ ...s, old: next, pendingOld: without(s.pendingOld, oldNode.id) });
        continue;
      }
    }
    if (newNode && Object.hasOwn(s.pendingNew, newNode.id)) {
      const next = advanceSide(newSet, s.new, s.pendingNew[newNode.id]!);
      if (next) {
        link({ ...s, new: next, pendingNew: without(s.pendingNew, newNode.id) });
        continue;
      }
    }
    // 2. The same question on both sides: the same answer on both sides. An answer only one version
    //    has is walked too: the other side cannot follow it (it ends as "no such answer").
    if (oldNode && newNode && oldNode.id === newNode.id && oldNode.kind === newNode.kind) {
      const answers: AnswerValue[] = [...new Set([...questionAnswers(oldNode), ...questionAnswers(newNode)])];
      if (oldNode.kind === "checklist" && newNode.kind === "checklist")
        answers.unshift(...pairTickSets(oldNode, newNode, limits.checklistItems));
      for (const answer of answers) {
        const o = advanceSide(oldSet, s.old, answer);
        const n = advanceSide(newSet, s.new, answer);
        if (o && n) link({ ...s, old: o, new: n }, { node: oldNode.id, answer, side: "both" });
        else if (n)
          link(
            { ...s, old: ABSENT, new: n, pendingOld: {}, pendingNew: {} },
            { node: newNode.id, answer, side: "new" },
          );
        else if (o)
          link(
            { ...s, old: o, new: ABSENT, pendingOld: {}, pendingNew: {} },
            { node: oldNode.id, answer, side: "old" },
          );
      }
      continue;
    }
    // 3. Different positions: one side answers alone; the other may replay that answer later.
    const moveNew = !oldNode || (newNode !== undefined && !oldSet.nodes.has(newNode.id));
    const [set, other, side, node, which] = moveNew
      ? [newSet, oldSet, s.new, newNode!, "new" as const]
      : [oldSet, newSet, s.old, oldNode!, "old" as const];
    const otherSide = which === "new" ? s.old : s.new;
    const otherHas = otherSide !== ABSENT && other.nodes.get(node.id)?.node.kind === node.kind;
    for (const choice of answerChoices(node)) {
      const next = advanceSide(set, side, choice.answer);
      if (!next) continue;
      const remember = otherHas ? { [node.id]: choice.answer } : {};
      const moved: State =
        which === "new"
          ? { ...s, new: next, pendingOld: { ...s.pendingOld, ...remember } }
          : { ...s, old: next, pendingNew: { ...s.pendingNew, ...remember } };
      link(moved, { node: node.id, answer: choice.answer, side: which });
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

  // The ends: finished states of the walk, and each stop where the same continuation lies ahead combined
  // with that continuation's futures. Ends that are the same state on both sides are one result.
  interface End {
    readonly before: RouteEnd;
    readonly after: RouteEnd;
    count: bigint;
    state: number;
    future: Future | undefined;
    length: number;
    /** Compared on some contacts only (see comparedOn): its advice lists name only those. */
    readonly projected: boolean;
    /** Compared on some contacts only: the contact on top changed, or may have (AdviceDelta.top). */
    readonly top?: AdviceDelta["top"];
  }
  const depth = new Array<number>(states.length).fill(0);
  for (let i = 1; i < states.length; i++) {
    const p = parent[i];
    if (p) depth[i] = depth[p.from]! + (p.answer ? 1 : 0);
  }
  const ends = new Map<string, End>();
  const isChanged = (before: RouteEnd, after: RouteEnd) => {
    // A changed outcome counts even when its advice and urgency stayed the same: what the professional reads changed.
    // So does another order of the same contacts: the first one is the action on top of the advice screen.
    const sameOrder = before.advice.map((a) => a.contact).join("\0") === after.advice.map((a) => a.contact).join("\0");
    return !(
      sameSet(before.advice, after.advice) &&
      sameOrder &&
      before.urgency === after.urgency &&
      before.outcome === after.outcome
    );
  };
  const aheadAt = new Set(ahead);
  // Too many distinct futures to list (an early change: every later mix of advice is a result of its own):
  // compare them on the contacts the two sides' advice so far names, which is exact for what changed per
  // contact (see futureFinder), and say so.
  for (const i of ahead) futures.find(states[i]!.new.node, states[i]!.new.facts);
  const projected = futures.exhausted();
  const comparedOn = new Set<string>();
  const projectedFinders = new Map<string, ReturnType<typeof futureFinder>>();
  let live: ReadonlyMap<string, ReadonlySet<string>> | undefined;
  const futuresAt = (s: State) => {
    if (!projected) return futures;
    const keep = [...new Set([...s.old.advice, ...s.new.advice].map((a) => a.contact))].sort();
    keep.forEach((c) => comparedOn.add(c));
    const key = keep.join("\0");
    let finder = projectedFinders.get(key);
    live ??= liveFacts(newSet);
    if (!finder)
      projectedFinders.set(
        key,
        (finder = futureFinder(newSet, bothAnswers, limits.states, { keep: new Set(keep), live })),
      );
    return finder;
  };
  for (let i = 0; i < states.length; i++) {
    const s = states[i]!;
    if (aheadAt.has(i)) {
      for (const f of futuresAt(s).find(s.new.node, s.new.facts)) {
        const old: Side = { node: f.outcome, facts: f.facts, advice: addSigs(s.old.advice, f.advice) };
        const nu: Side = { node: f.outcome, facts: f.facts, advice: addSigs(s.new.advice, f.advice) };
        const before = routeEnd(oldSet, old)!;
        const after = routeEnd(newSet, nu)!;
        // Compared on some contacts, the contact on top is decided with the most urgent level of the others.
        const top = projected ? topChange(s.old.advice, before, s.new.advice, after, f.other) : undefined;
        // The same end state on both sides is the same result wherever it was found, changed or not.
        if (!isChanged(before, after) && !top) continue;
        const key = projected
          ? JSON.stringify(["projected", f.outcome, old.advice, nu.advice, top ?? null])
          : keyOf({ old, new: nu, pendingOld: {}, pendingNew: {} });
        const paths = count[i]! * f.count;
        const length = depth[i]! + f.length;
        const seen = ends.get(key);
        if (!seen) ends.set(key, { before, after, count: paths, state: i, future: f, length, projected, top });
        else {
          seen.count += paths;
          if (length < seen.length) Object.assign(seen, { state: i, future: f, length });
        }
      }
      continue;
    }
    if (!isDone(oldSet, s.old) || !isDone(newSet, s.new)) continue;
    const before = routeEnd(oldSet, s.old) ?? NO_SUCH_ANSWER;
    const after = routeEnd(newSet, s.new) ?? NO_SUCH_ANSWER;
    if (!isChanged(before, after)) continue;
    const key = keyOf(s);
    const seen = ends.get(key);
    if (!seen)
      ends.set(key, {
        before,
        after,
        count: count[i]!,
        state: i,
        future: undefined,
        length: depth[i]!,
        projected: false,
      });
    else {
      seen.count += count[i]!;
      if (depth[i]! < seen.length) Object.assign(seen, { state: i, future: undefined, length: depth[i]! });
    }
  }
  // Projected, the summary is exact per contact, but results that differ in other contacts are one, and an order
  // change lower in the list against another contact is not seen (the totals are then at least these; the contact
  // on top is compared, see topChange): not called complete.
  const walkIncomplete = !complete;
  if (projected) complete = false;

  const combinations: ChangedCombination[] = [];
  const groups = new Map<string, AdviceDelta & { results: number; paths: bigint }>();
  let combinationsTotal = 0;
  let combinationPaths = 0n;
  for (const { before, after, count: paths, top } of ends.values()) {
    combinationsTotal++;
    combinationPaths += paths;
    const delta = { ...adviceDelta(before, after), ...(top ? { top } : {}) };
    // Group by what changed: an outcome or urgency that stayed the same must not split a group.
    const groupKey = JSON.stringify({
      removed: delta.removed,
      added: delta.added,
      urgencyChanged: delta.urgencyChanged,
      outcome: delta.outcome.from === delta.outcome.to ? null : delta.outcome,
      outcomeUrgency: delta.outcomeUrgency.from === delta.outcomeUrgency.to ? null : delta.outcomeUrgency,
      order: delta.order ?? null,
      top: delta.top ?? null,
    });
    const group = groups.get(groupKey) ?? { ...delta, results: 0, paths: 0n };
    group.results++;
    group.paths += paths;
    groups.set(groupKey, group);
  }
  // Shortest first (a stable sort: the walk's order among equals), at most the limit; only those get their answers spelt out.
  // A projected end is not listed: its advice lists would name only the contacts compared on.
  const listed = [...ends.values()]
    .filter((e) => !e.projected)
    .sort((a, b) => a.length - b.length)
    .slice(0, limits.combinations);
  for (const e of listed) {
    const answers: DiffAnswer[] = [];
    for (let at = parent[e.state]; at; at = parent[at.from]) if (at.answer) answers.push(at.answer);
    answers.reverse();
    for (let link = e.future?.path; link; link = link.rest) answers.push(link.answer);
    combinations.push({ answers, count: e.count, old: e.before, new: e.after });
  }
  const summary = [...groups.values()].sort((a, b) => (b.paths > a.paths ? 1 : b.paths < a.paths ? -1 : 0));
  const exhausted = [...projectedFinders.values()].some((f) => f.exhausted());
  return {
    combinations,
    combinationsTotal,
    combinationPaths,
    summary,
    complete,
    ...(projected
      ? {
          comparedOn: {
            contacts: [...comparedOn].sort(),
            exhausted,
            results: [...ends.values()].filter((e) => e.projected).length,
            walkIncomplete,
          },
        }
      : {}),
  };
}
