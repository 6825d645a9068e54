import { buildFactGraph, type FactEdge } from "./fact-graph.js";
import type { Graph } from "./graph.js";
import type { TreeNode } from "../model/tree.js";

/** One step of a route: the node left and the edge label taken (answer id, `unknown`, `route-N`, `otherwise`, `continue`, `link`). */
export interface RouteStep {
  readonly node: string;
  readonly answer: string;
  /** On a checklist: the fewest ticks that give this result. */
  readonly ticked?: readonly string[];
  /** The question was not asked: earlier answers imply this answer. */
  readonly implied?: true;
}

/**
 * Facts about every route from the main entry, computed by dynamic
 * programming over the fact graph's topological order: linear in states plus
 * edges, never by listing paths (a rejoining chain of 60 questions has 2^60).
 *
 * A path is one sequence of answers: two answers that lead to the same node
 * are two paths; a checklist contributes one path per distinct result (route
 * and facts set), not one per combination of ticked items. Routes that facts
 * rule out (a branch case never taken, an implied answer) are not counted.
 * Steps are answers at questions, checklists and info steps (`continue`).
 */
export interface PathFacts {
  readonly graph: Graph;
  /** The main tree's entry: every count starts here. */
  readonly start: string;
  /** Number of paths from the start to each node (0 when unreachable). */
  readonly paths: ReadonlyMap<string, bigint>;
  /** Fewest questions answered before arriving at each reachable node (question and checklist nodes count; info and link do not). */
  readonly minQuestions: ReadonlyMap<string, number>;
  /** Most questions answered before arriving at each reachable node. */
  readonly maxQuestions: ReadonlyMap<string, number>;
  /** Outcome node ids in topological order. */
  readonly outcomes: readonly string[];
  /** Sum of the paths over every outcome: the number of complete routes. */
  readonly totalPaths: bigint;
  /**
   * The fact graph the counts come from: its states (node and the facts a later step reads), its state limit,
   * and whether it stayed below it (false: the counts are too low).
   */
  readonly factGraph: { readonly states: number; readonly limit: number; readonly complete: boolean };
  /** The most questions on any complete route, and that route (empty when no outcome is reachable). */
  readonly longest: { readonly questions: number; readonly outcome?: string; readonly route: readonly RouteStep[] };
  /** Fewest steps (edges) to a node, by breadth-first search; undefined when unreachable. */
  shortestRoute(node: string): RouteStep[] | undefined;
  /** The route with the fewest questions to a node; undefined when unreachable. */
  fewestQuestionsRoute(node: string): RouteStep[] | undefined;
}

export type PathFactsResult =
  { readonly ok: true; readonly facts: PathFacts } | { readonly ok: false; readonly cycle: readonly string[] };

/** Question and checklist nodes make the user answer; info and link nodes do not. */
export function isQuestion(node: TreeNode): boolean {
  return node.kind === "question" || node.kind === "checklist";
}

export function pathFacts(graph: Graph, start: string = graph.set.main.entry): PathFactsResult {
  // A cycle in the node graph is reported by the no-cycle rule; counting needs an order.
  if (!graph.topo) return { ok: false, cycle: graph.cycle ?? [] };
  // Count over what a consult can really do: the fact graph, made by the engine's own stepping, so a
  // branch or an implied answer that facts rule out adds no route. A checklist contributes one path per
  // distinct result (route taken and facts set), not one per combination of ticks.
  const fg = buildFactGraph(graph.set, { start });
  const nodeOf = (s: number) => fg.states[s]!.node.id;
  const weight = (s: number) => (isQuestion(fg.states[s]!.node) ? 1 : 0);
  const n = fg.states.length;
  const paths = new Array<bigint>(n).fill(0n);
  const minQ = new Array<number | undefined>(n).fill(undefined);
  const maxQ = new Array<number | undefined>(n).fill(undefined);
  const minVia: (FactEdge | undefined)[] = new Array(n).fill(undefined);
  const maxVia: (FactEdge | undefined)[] = new Array(n).fill(undefined);
  const topo = fg.topo ?? [];
  if (fg.start.state >= 0) {
    paths[fg.start.state] = 1n;
    minQ[fg.start.state] = 0;
    maxQ[fg.start.state] = 0;
  }
  for (const s of topo) {
    if (paths[s] === 0n) continue;
    const lo = minQ[s]! + weight(s);
    const hi = maxQ[s]! + weight(s);
    for (const e of fg.out[s]!) {
      paths[e.to] = paths[e.to]! + paths[s]!;
      if (minQ[e.to] === undefined || lo < minQ[e.to]!) {
        minQ[e.to] = lo;
        minVia[e.to] = e;
      }
      if (maxQ[e.to] === undefined || hi > maxQ[e.to]!) {
        maxQ[e.to] = hi;
        maxVia[e.to] = e;
      }
    }
  }

  // Breadth-first search from the start: fewest steps, ties broken by the order the nodes list their answers.
  const bfsVia: (FactEdge | undefined)[] = new Array(n).fill(undefined);
  if (fg.start.state >= 0) {
    const seen = new Set([fg.start.state]);
    const queue = [fg.start.state];
    for (let i = 0; i < queue.length; i++) {
      for (const e of fg.out[queue[i]!]!) {
        if (seen.has(e.to)) continue;
        seen.add(e.to);
        bfsVia[e.to] = e;
        queue.push(e.to);
      }
    }
  }

  // Per node: the sums and extremes over its states (a node is reached with different facts).
  const byNode = new Map<string, number[]>();
  for (const st of fg.states) {
    const list = byNode.get(st.node.id);
    if (list) list.push(st.index);
    else byNode.set(st.node.id, [st.index]);
  }
  const pathsByNode = new Map<string, bigint>(graph.ids.map((id) => [id, 0n]));
  const minByNode = new Map<string, number>();
  const maxByNode = new Map<string, number>();
  // Nodes passed without stopping (links, branches, implied questions) count the paths of the steps that pass them.
  const passedThrough = (ids: readonly string[], count: bigint) => {
    for (const id of ids.slice(0, -1)) pathsByNode.set(id, (pathsByNode.get(id) ?? 0n) + count);
  };
  if (fg.start.state >= 0) passedThrough(fg.start.path, 1n);
  for (const s of topo) for (const e of fg.out[s]!) passedThrough(e.path, paths[s]!);
  for (const [id, list] of byNode) {
    pathsByNode.set(id, (pathsByNode.get(id) ?? 0n) + list.reduce((a, s) => a + paths[s]!, 0n));
    for (const s of list) {
      if (minQ[s] !== undefined && (!minByNode.has(id) || minQ[s]! < minByNode.get(id)!)) minByNode.set(id, minQ[s]!);
      if (maxQ[s] !== undefined && (!maxByNode.has(id) || maxQ[s]! > maxByNode.get(id)!)) maxByNode.set(id, maxQ[s]!);
    }
  }
  /** The nodes a step passed without stopping, as steps too: a link, the case a branch took, an implied answer. */
  const silent = (path: readonly string[], taken: FactEdge["taken"], implied: FactEdge["implied"]): RouteStep[] =>
    path.slice(0, -1).map((id) => {
      const node = graph.set.nodes.get(id)!.node;
      if (node.kind === "branch") return { node: id, answer: taken.find((t) => t.node === id)?.label ?? "otherwise" };
      if (node.kind === "question")
        return { node: id, answer: String(implied.find((a) => a.node === id)?.answer ?? ""), implied: true as const };
      return { node: id, answer: "link" };
    });
  const walkBack = (via: readonly (FactEdge | undefined)[], to: number): RouteStep[] => {
    const steps: RouteStep[] = [];
    for (let at = to; at !== fg.start.state;) {
      const e = via[at]!;
      steps.push(...silent(e.path, e.taken, e.implied).reverse(), {
        node: nodeOf(e.from),
        answer: e.label,
        ...(Array.isArray(e.answer) ? { ticked: e.answer as string[] } : {}),
      });
      at = e.from;
    }
    steps.push(...silent(fg.start.path, fg.start.taken, fg.start.implied).reverse());
    return steps.reverse();
  };
  /** The state of a node that `pick` prefers (fewest steps, fewest or most questions). */
  const best = (
    id: string,
    score: (s: number) => number | undefined,
    better: (a: number, b: number) => boolean,
  ): number | undefined => {
    let found: number | undefined;
    for (const s of byNode.get(id) ?? []) {
      const v = score(s);
      if (v === undefined) continue;
      if (found === undefined || better(v, score(found)!)) found = s;
    }
    return found;
  };
  const depth = new Array<number | undefined>(n).fill(undefined);
  if (fg.start.state >= 0) {
    depth[fg.start.state] = 0;
    for (const s of topo)
      if (depth[s] !== undefined) for (const e of fg.out[s]!) if (bfsVia[e.to] === e) depth[e.to] = depth[s]! + 1;
  }

  const outcomes = graph.topo.filter((id) => graph.set.nodes.get(id)!.node.kind === "outcome");
  let totalPaths = 0n;
  // The first outcome (in topological order) with the most questions; its route is walked back once, at the end
  // (walking back at every improvement cost a route per outcome: quadratic on deep sets).
  let longestAt: { id: string; state: number } | undefined;
  for (const id of outcomes) {
    totalPaths += pathsByNode.get(id)!;
    const s = best(
      id,
      (x) => maxQ[x],
      (a, b) => a > b,
    );
    if (s !== undefined && (longestAt === undefined || maxQ[s]! > maxQ[longestAt.state]!)) longestAt = { id, state: s };
  }
  const longest: PathFacts["longest"] = longestAt
    ? { questions: maxQ[longestAt.state]!, outcome: longestAt.id, route: walkBack(maxVia, longestAt.state) }
    : { questions: 0, route: [] };

  return {
    ok: true,
    facts: {
      graph,
      start,
      paths: pathsByNode,
      minQuestions: minByNode,
      maxQuestions: maxByNode,
      outcomes,
      totalPaths,
      factGraph: { states: fg.states.length, limit: fg.limit, complete: fg.complete },
      longest,
      shortestRoute: (id) => {
        // Walked back on each call, not kept: `routes` asks once per outcome (the table for --json, else the
        // text), and keeping every outcome's route held outcomes x route length steps (928 MB peak at 10,000
        // generated nodes, whose shortest routes are thousands of steps long).
        const s = best(
          id,
          (x) => depth[x],
          (a, b) => a < b,
        );
        return s === undefined ? undefined : walkBack(bfsVia, s);
      },
      fewestQuestionsRoute: (id) => {
        const s = best(
          id,
          (x) => minQ[x],
          (a, b) => a < b,
        );
        return s === undefined ? undefined : walkBack(minVia, s);
      },
    },
  };
}
