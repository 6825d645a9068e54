import type { AdviceItem, ChecklistNode, FactTest, TreeNode, UnknownAnswer } from "../model/tree.js";
import { UNKNOWN_ID } from "../model/tree.js";
import { routeLabel } from "../model/route-label.js";

/**
 * One way out of a node. The engine follows exactly one edge per answer; the
 * static analysis looks at all of them. Both read edges from here, so what
 * the checks prove is what a consult does.
 */
export interface Edge {
  /** The node this edge leaves. */
  readonly from: string;
  /** Answer id, `unknown`, `continue`, `route-N`, `otherwise`, `case-N` (branch) or `link`. */
  readonly label: string;
  /** Target node id (for a link: resolved by the caller via its tree). */
  readonly target: string;
  readonly advice: readonly AdviceItem[];
  /** Path into the tree file of the reference, for diagnostics. */
  readonly refPath: readonly (string | number)[];
  readonly isUnknown?: boolean;
  /** Facts this edge sets when taken (a checklist's ticked items add their own). */
  readonly sets?: readonly string[];
  /** On a branch: the test that must hold for this case (the first case that holds is taken). */
  readonly guard?: { readonly when: FactTest; readonly unless?: FactTest };
}

export const CONTINUE = "continue";

/** Every edge out of a node, in the order the node lists them. Links resolve through `linkTarget`. */
export function edgesOf(node: TreeNode, linkTarget: (treeId: string, nodeId?: string) => string | undefined): Edge[] {
  const base = ["nodes", node.id];
  switch (node.kind) {
    case "question": {
      const out: Edge[] = node.answers.map((a, i) => ({
        from: node.id,
        label: a.id,
        target: a.next,
        advice: a.advice ?? [],
        refPath: [...base, "answers", i, "next"],
        ...sets(a.sets),
      }));
      if (node.unknown) out.push(unknownEdge(node.unknown, node.id, base));
      return out;
    }
    case "checklist": {
      const out: Edge[] = node.routes.map((r, i) => ({
        from: node.id,
        label: routeLabel(i),
        target: r.next,
        advice: r.advice ?? [],
        refPath: [...base, "routes", i, "next"],
        ...sets(r.sets),
      }));
      out.push({
        from: node.id,
        label: "otherwise",
        target: node.otherwise.next,
        advice: node.otherwise.advice ?? [],
        refPath: [...base, "otherwise", "next"],
        ...sets(node.otherwise.sets),
      });
      if (node.unknown) out.push(unknownEdge(node.unknown, node.id, base));
      return out;
    }
    case "info":
      return [
        { from: node.id, label: CONTINUE, target: node.next, advice: node.advice ?? [], refPath: [...base, "next"] },
      ];
    case "link": {
      const target = linkTarget(node.tree, node.node);
      return target === undefined
        ? []
        : [{ from: node.id, label: "link", target, advice: [], refPath: [...base, node.node ? "node" : "tree"] }];
    }
    case "branch": {
      const out: Edge[] = node.cases.map((c, i) => ({
        from: node.id,
        label: `case-${i + 1}`,
        target: c.next,
        advice: [],
        refPath: [...base, "cases", i, "next"],
        guard: c.unless === undefined ? { when: c.when } : { when: c.when, unless: c.unless },
      }));
      out.push({
        from: node.id,
        label: "otherwise",
        target: node.otherwise,
        advice: [],
        refPath: [...base, "otherwise"],
      });
      return out;
    }
    case "outcome":
      return [];
  }
}

/** The "weet ik niet" edge of a question or a checklist. */
function unknownEdge(unknown: UnknownAnswer, from: string, base: readonly (string | number)[]): Edge {
  return {
    from,
    label: UNKNOWN_ID,
    target: unknown.next,
    advice: unknown.advice ?? [],
    refPath: [...base, "unknown", "next"],
    isUnknown: true,
    ...sets(unknown.sets),
  };
}

const sets = (list: readonly string[] | undefined) => (list && list.length > 0 ? { sets: list } : {});

/** The facts a set of ticked items sets, each once, in item order. */
export function tickedFacts(node: ChecklistNode, ticked: ReadonlySet<string>): string[] {
  return [...new Set(node.items.flatMap((i) => (ticked.has(i.id) ? (i.sets ?? []) : [])))];
}

/** Which checklist edge a set of ticked items takes: the first route that holds, else `otherwise`. */
export function checklistEdgeIndex(node: ChecklistNode, ticked: ReadonlySet<string>): number {
  const index = node.routes.findIndex((r) => {
    if (r.anyOf && !r.anyOf.some((id) => ticked.has(id))) return false;
    if (r.atLeast !== undefined) {
      const pool = r.of ?? node.items.map((i) => i.id);
      if (pool.filter((id) => ticked.has(id)).length < r.atLeast) return false;
    }
    return true;
  });
  return index === -1 ? node.routes.length : index;
}
