import type { Edge } from "../engine/transitions.js";
import { edgesIn } from "../engine/engine.js";
import { routeLabel } from "../model/route-label.js";
import type { TreeSet } from "../model/tree-set.js";
import type { ChecklistNode } from "../model/tree.js";
import { checklistChoices } from "./checklist-choices.js";

/** An edge of the node graph: the engine's own (it names the node it leaves). */
export type GraphEdge = Edge;

/**
 * The tree set as one directed graph over node ids, built once and shared by
 * every rule, the outcome table and the exports. Edges whose target does not
 * exist are left out here (the references rule reports them).
 */
export interface Graph {
  readonly set: TreeSet;
  readonly ids: readonly string[];
  readonly out: ReadonlyMap<string, readonly GraphEdge[]>;
  readonly into: ReadonlyMap<string, readonly GraphEdge[]>;
  /** Nodes in topological order (every edge goes forward), or undefined when there is a cycle. */
  readonly topo?: readonly string[];
  /** One cycle as its chain of node ids (first id repeated at the end), when there is one. */
  readonly cycle?: readonly string[];
}

export function buildGraph(set: TreeSet): Graph {
  // Built once per set: the rules, the fact graph's live facts and the views all ask for it.
  const known = graphs.get(set);
  if (known) return known;
  const graph = build(set);
  graphs.set(set, graph);
  return graph;
}

const graphs = new WeakMap<TreeSet, Graph>();

function build(set: TreeSet): Graph {
  const ids = [...set.nodes.keys()];
  const out = new Map<string, GraphEdge[]>();
  const into = new Map<string, GraphEdge[]>(ids.map((id) => [id, []]));
  for (const [id, { node }] of set.nodes) {
    const shadowed = node.kind === "checklist" ? shadowedRoutes(node) : [];
    const edges: GraphEdge[] = [];
    for (const e of edgesIn(set, node)) {
      // A checklist route that an earlier route always catches is never taken: it is no edge (the reachable rule warns).
      if (!set.nodes.has(e.target) || shadowed.includes(e.label)) continue;
      // The engine's edge object itself (the one it steps with), no copy: 100,000 nodes make some 300,000 edges.
      edges.push(e);
      into.get(e.target)!.push(e);
    }
    out.set(id, edges);
  }
  const { topo, cycle } = order(ids, out);
  return topo ? { set, ids, out, into, topo } : { set, ids, out, into, ...(cycle ? { cycle } : {}) };
}

/** Labels (`route-N`) of checklist routes no set of ticks can take, because an earlier route holds first. */
export function shadowedRoutes(node: ChecklistNode): string[] {
  const c = checklistChoices(node, []);
  if (!c.exact) return [];
  return node.routes.flatMap((_, i) => ((c.byEdge[i] ?? []).length === 0 ? [routeLabel(i)] : []));
}

/** Iterative depth-first search: a topological order, or one cycle. No recursion, so deep trees cannot overflow the stack. */
function order(
  ids: readonly string[],
  out: ReadonlyMap<string, readonly GraphEdge[]>,
): { topo?: string[]; cycle?: string[] } {
  const state = new Map<string, 1 | 2>(); // 1 = on the stack, 2 = done
  const post: string[] = [];
  for (const root of ids) {
    if (state.has(root)) continue;
    const stack: { id: string; i: number }[] = [{ id: root, i: 0 }];
    state.set(root, 1);
    while (stack.length > 0) {
      const top = stack[stack.length - 1]!;
      const edges = out.get(top.id) ?? [];
      if (top.i < edges.length) {
        const next = edges[top.i++]!.target;
        const s = state.get(next);
        if (s === 1) {
          const from = stack.findIndex((f) => f.id === next);
          return { cycle: [...stack.slice(from).map((f) => f.id), next] };
        }
        if (s === undefined) {
          state.set(next, 1);
          stack.push({ id: next, i: 0 });
        }
      } else {
        state.set(top.id, 2);
        post.push(top.id);
        stack.pop();
      }
    }
  }
  return { topo: post.reverse() };
}
