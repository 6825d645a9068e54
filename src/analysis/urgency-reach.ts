import type { AdviceItem } from "../model/tree.js";
import { urgencyRank } from "../model/urgency.js";
import type { Graph, GraphEdge } from "./graph.js";

/** Rank of "no advice at all": less urgent than every real urgency. */
export const NO_ADVICE = Number.POSITIVE_INFINITY;

export function mostUrgentRank(advice: readonly AdviceItem[]): number {
  let best = NO_ADVICE;
  for (const a of advice) best = Math.min(best, urgencyRank(a.urgency));
  return best;
}

/**
 * The most urgent advice (lowest urgency rank) that can still be given from
 * each node on: its own outcome advice, the advice on any edge out of it, and
 * everything reachable after that. One pass over the reverse topological
 * order, so linear in nodes plus edges; undefined when the graph has a cycle.
 */
export function mostUrgentFrom(graph: Graph): ReadonlyMap<string, number> | undefined {
  if (!graph.topo) return undefined;
  const best = new Map<string, number>();
  for (let i = graph.topo.length - 1; i >= 0; i--) {
    const id = graph.topo[i]!;
    const node = graph.set.nodes.get(id)!.node;
    let rank = node.kind === "outcome" ? mostUrgentRank(node.advice) : NO_ADVICE;
    for (const e of graph.out.get(id) ?? []) rank = Math.min(rank, viaEdge(e, best));
    best.set(id, rank);
  }
  return best;
}

/** The most urgent advice reachable by taking this edge: its own advice, then its target's. */
export function viaEdge(e: GraphEdge, best: ReadonlyMap<string, number>): number {
  return Math.min(mostUrgentRank(e.advice), best.get(e.target) ?? NO_ADVICE);
}
