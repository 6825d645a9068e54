import { advance, enter, type Settled } from "../engine/engine.js";
import { factsIn, type Facts } from "../engine/facts.js";
import type { FactTest, TreeNode } from "../model/tree.js";
import type { TreeSet } from "../model/tree-set.js";
import { answerChoices, liveFacts } from "./fact-graph.js";
import { buildGraph } from "./graph.js";

/**
 * How many questions are still to come, counted from the graph instead of
 * written in the trees: the fewest and the most questions on any route from
 * a node, with the facts the consult holds there.
 *
 * Questions and checklists count, the one at `nodeId` included (so the last
 * question says 1). Info steps, links, branches and outcomes do not. A
 * question an implied answer settles is passed silently, and a branch goes
 * where the facts send it: the routes are walked with the engine's own
 * `enter` and `advance`, so the estimate follows what a consult would do.
 * A checklist contributes every distinct result its ticks can have
 * (`answerChoices`, as the fact graph uses), "weet ik niet" included.
 *
 * States are (node, facts that a later branch or implied answer can read);
 * results are remembered per tree set, so asking again at every question
 * costs little after the first. Undefined when the routes loop, an engine
 * step fails, or the search meets more than `maxStates` states no earlier
 * search met (it then says nothing rather than something false). What a
 * search that gave up had finished stays remembered, and states met before
 * cost nothing, so calling again goes on where it stopped: a caller can
 * spread a large search over several calls.
 *
 * `questionsToGoIgnoringFacts` is the quick bound for when the exact count
 * is not known yet: the same count on the plain graph, where every branch
 * case and every answer may be taken and a question with an implied answer
 * counts as 0 (fewest) or 1 (most). Every route a consult can take is a
 * route of that graph, so its range always contains the exact one; it is
 * only wider.
 */
export interface QuestionsToGo {
  readonly fewest: number;
  readonly most: number;
}

export const DEFAULT_MAX_PROGRESS_STATES = 100_000;

export function questionsToGo(
  set: TreeSet,
  nodeId: string,
  facts: Facts,
  maxStates: number = DEFAULT_MAX_PROGRESS_STATES,
): QuestionsToGo | undefined {
  const first = enter(set, nodeId, facts);
  if (!first.ok) return undefined;
  const cache = cacheFor(set);
  try {
    return count(set, cache, first.value, maxStates);
  } catch (e) {
    if (e instanceof GiveUp) return undefined;
    throw e;
  }
}

class GiveUp extends Error {}

interface Cache {
  readonly routing: ReadonlyMap<string, ReadonlySet<string>>;
  readonly done: Map<string, QuestionsToGo>;
  /** States met by an earlier search: meeting them again costs no budget, so each search gets further. */
  readonly seen: Set<string>;
}

const caches = new WeakMap<TreeSet, Cache>();

function cacheFor(set: TreeSet): Cache {
  let c = caches.get(set);
  if (!c) {
    c = { routing: routingFacts(set), done: new Map(), seen: new Set() };
    caches.set(set, c);
  }
  return c;
}

/** Depth-first with an explicit stack (deep trees cannot overflow it); each state counted once. */
function count(set: TreeSet, cache: Cache, from: Settled, maxStates: number): QuestionsToGo {
  const keyOf = (s: Pick<Settled, "node" | "facts">) => {
    const live = cache.routing.get(s.node.id);
    const kept = [...s.facts].filter((f) => live?.has(f)).sort();
    return `${s.node.id}\u0000${kept.join("\u0000")}`;
  };
  type State = Pick<Settled, "node" | "facts">;
  type Frame = {
    readonly key: string;
    readonly node: State["node"];
    readonly children: readonly { key: string; state: State }[];
    i: number;
  };
  let visited = 0;
  const frame = (key: string, state: State): Frame => {
    if (!cache.seen.has(key)) {
      cache.seen.add(key);
      if (++visited > maxStates) throw new GiveUp();
    }
    const children: { key: string; state: State }[] = [];
    if (state.node.kind !== "outcome") {
      const seen = new Set<string>();
      for (const choice of answerChoices(state.node)) {
        const r = advance(set, state.node, choice.answer, state.facts);
        if (!r.ok) throw new GiveUp();
        const key = keyOf(r.value);
        if (seen.has(key)) continue;
        seen.add(key);
        children.push({ key, state: r.value });
      }
    }
    return { key, node: state.node, children, i: 0 };
  };
  const rootKey = keyOf(from);
  if (cache.done.has(rootKey)) return cache.done.get(rootKey)!;
  const inProgress = new Set<string>([rootKey]);
  const stack: Frame[] = [frame(rootKey, from)];
  while (stack.length > 0) {
    const top = stack[stack.length - 1]!;
    if (top.i < top.children.length) {
      const child = top.children[top.i++]!;
      if (cache.done.has(child.key)) continue;
      // A state met again on its own route: the routes loop, and no count is honest.
      if (inProgress.has(child.key)) throw new GiveUp();
      inProgress.add(child.key);
      stack.push(frame(child.key, child.state));
      continue;
    }
    const own = top.node.kind === "question" || top.node.kind === "checklist" ? 1 : 0;
    let fewest = top.children.length === 0 ? 0 : Infinity;
    let most = 0;
    for (const c of top.children) {
      const n = cache.done.get(c.key)!;
      fewest = Math.min(fewest, n.fewest);
      most = Math.max(most, n.most);
    }
    cache.done.set(top.key, { fewest: own + fewest, most: own + most });
    inProgress.delete(top.key);
    stack.pop();
  }
  return cache.done.get(rootKey)!;
}

/**
 * Per node, the facts a branch case or an implied answer at or after it can
 * read: the only facts that change which questions are asked. (Facts that
 * only guard advice or outcome lines are left out, so states that differ
 * only in those share their count.) One pass backwards over the nodes'
 * topological order; with a cycle every fact is kept.
 */
function routingFacts(set: TreeSet): Map<string, Set<string>> {
  return liveFacts(set, routingReads);
}

function routingReads(node: TreeNode): string[] {
  const guard = (g: { when?: FactTest; unless?: FactTest }) => [
    ...(g.when !== undefined ? factsIn(g.when) : []),
    ...(g.unless !== undefined ? factsIn(g.unless) : []),
  ];
  if (node.kind === "branch") return node.cases.flatMap(guard);
  if (node.kind === "question") return (node.implied ?? []).flatMap(guard);
  return [];
}

/** The bound without facts (see above): one pass backwards over the graph's topological order, remembered per tree set. */
export function questionsToGoIgnoringFacts(set: TreeSet, nodeId: string): QuestionsToGo | undefined {
  let table = staticTables.get(set);
  if (!table) {
    table = staticTable(set);
    staticTables.set(set, table);
  }
  const entry = set.nodes.get(nodeId);
  const after = table.get(nodeId);
  if (!entry || !after) return undefined;
  // The node itself is being asked now, implied answer or not.
  const node = entry.node;
  const own = node.kind === "question" || node.kind === "checklist" ? 1 : 0;
  const here = node.kind === "question" && node.implied?.length ? { fewest: 0, most: 1 } : { fewest: own, most: own };
  return { fewest: after.fewest - here.fewest + own, most: after.most - here.most + own };
}

const staticTables = new WeakMap<TreeSet, Map<string, QuestionsToGo>>();

function staticTable(set: TreeSet): Map<string, QuestionsToGo> {
  const graph = buildGraph(set);
  const table = new Map<string, QuestionsToGo>();
  if (!graph.topo) return table;
  for (let i = graph.topo.length - 1; i >= 0; i--) {
    const id = graph.topo[i]!;
    const node = set.nodes.get(id)!.node;
    const weight =
      node.kind === "checklist"
        ? { fewest: 1, most: 1 }
        : node.kind === "question"
          ? { fewest: node.implied?.length ? 0 : 1, most: 1 }
          : { fewest: 0, most: 0 };
    const next = (graph.out.get(id) ?? []).map((e) => table.get(e.target)!);
    table.set(id, {
      fewest: weight.fewest + (next.length === 0 ? 0 : Math.min(...next.map((n) => n.fewest))),
      most: weight.most + (next.length === 0 ? 0 : Math.max(...next.map((n) => n.most))),
    });
  }
  return table;
}
