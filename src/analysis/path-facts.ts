import type { Graph, GraphEdge } from "./graph.js";
import type { TreeNode } from "../model/tree.js";

/** One step of a route: the node left and the edge label taken (answer id, `unknown`, `route-N`, `otherwise`, `continue`, `link`). */
export interface RouteStep {
  readonly node: string;
  readonly answer: string;
}

/**
 * Facts about every route from the main entry, computed by dynamic
 * programming over the graph's topological order: linear in nodes plus
 * edges, never by listing paths (a rejoining chain of 60 questions has 2^60).
 *
 * A path is one sequence of edges: two answers that lead to the same node are
 * two paths; a checklist contributes one path per route (`route-N`,
 * `otherwise`, `unknown`), not one per combination of ticked items.
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
  /** The most questions on any complete route, and that route (empty when no outcome is reachable). */
  readonly longest: { readonly questions: number; readonly outcome?: string; readonly route: readonly RouteStep[] };
  /** Fewest steps (edges) to a node, by breadth-first search; undefined when unreachable. */
  shortestRoute(node: string): RouteStep[] | undefined;
  /** The route with the fewest questions to a node; undefined when unreachable. */
  fewestQuestionsRoute(node: string): RouteStep[] | undefined;
}

export type PathFactsResult = { readonly ok: true; readonly facts: PathFacts } | { readonly ok: false; readonly cycle: readonly string[] };

/** Question and checklist nodes make the user answer; info and link nodes do not. */
export function isQuestion(node: TreeNode): boolean {
  return node.kind === "question" || node.kind === "checklist";
}

export function pathFacts(graph: Graph, start: string = graph.set.main.entry): PathFactsResult {
  const topo = graph.topo;
  if (!topo) return { ok: false, cycle: graph.cycle ?? [] };
  const weight = (id: string) => (isQuestion(graph.set.nodes.get(id)!.node) ? 1 : 0);

  const paths = new Map<string, bigint>(graph.ids.map((id) => [id, 0n]));
  const minQ = new Map<string, number>();
  const maxQ = new Map<string, number>();
  const minVia = new Map<string, GraphEdge>();
  const maxVia = new Map<string, GraphEdge>();
  if (graph.set.nodes.has(start)) {
    paths.set(start, 1n);
    minQ.set(start, 0);
    maxQ.set(start, 0);
  }
  for (const id of topo) {
    const count = paths.get(id)!;
    if (count === 0n) continue;
    const lo = minQ.get(id)! + weight(id);
    const hi = maxQ.get(id)! + weight(id);
    for (const e of graph.out.get(id) ?? []) {
      paths.set(e.target, paths.get(e.target)! + count);
      if (!minQ.has(e.target) || lo < minQ.get(e.target)!) {
        minQ.set(e.target, lo);
        minVia.set(e.target, e);
      }
      if (!maxQ.has(e.target) || hi > maxQ.get(e.target)!) {
        maxQ.set(e.target, hi);
        maxVia.set(e.target, e);
      }
    }
  }

  // Breadth-first search from the start: fewest edges, ties broken by the order the nodes list their answers.
  const bfsVia = new Map<string, GraphEdge>();
  if (graph.set.nodes.has(start)) {
    const seen = new Set([start]);
    const queue = [start];
    for (let i = 0; i < queue.length; i++) {
      for (const e of graph.out.get(queue[i]!) ?? []) {
        if (seen.has(e.target)) continue;
        seen.add(e.target);
        bfsVia.set(e.target, e);
        queue.push(e.target);
      }
    }
  }

  const walkBack = (via: ReadonlyMap<string, GraphEdge>, node: string): RouteStep[] | undefined => {
    if (!minQ.has(node)) return undefined;
    const steps: RouteStep[] = [];
    for (let at = node; at !== start; ) {
      const e = via.get(at)!;
      steps.push({ node: e.from, answer: e.label });
      at = e.from;
    }
    return steps.reverse();
  };

  const outcomes = topo.filter((id) => graph.set.nodes.get(id)!.node.kind === "outcome");
  let totalPaths = 0n;
  let longest: PathFacts["longest"] = { questions: 0, route: [] };
  for (const id of outcomes) {
    totalPaths += paths.get(id)!;
    const q = maxQ.get(id);
    if (q !== undefined && (longest.outcome === undefined || q > longest.questions)) longest = { questions: q, outcome: id, route: walkBack(maxVia, id)! };
  }

  return {
    ok: true,
    facts: {
      graph,
      start,
      paths,
      minQuestions: minQ,
      maxQuestions: maxQ,
      outcomes,
      totalPaths,
      longest,
      shortestRoute: (node) => walkBack(bfsVia, node),
      fewestQuestionsRoute: (node) => walkBack(minVia, node),
    },
  };
}
