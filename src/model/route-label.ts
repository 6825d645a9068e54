/**
 * A checklist's routes are edges labelled `route-1`, `route-2`, ... (src/engine/transitions.ts makes
 * them with routeLabel): the number is the route's place in the node's `routes`, counted from 1. Whoever
 * needs the route an edge label names reads it with routeIndex, never by slicing the label.
 */

/** The edge label of the route at `index` (counted from 0) in a checklist's `routes`. */
export function routeLabel(index: number): string {
  return `route-${index + 1}`;
}

/** The place (counted from 0) in a checklist's `routes` that a `route-N` label names; undefined for any other label. */
export function routeIndex(label: string): number | undefined {
  const m = /^route-([1-9]\d*)$/.exec(label);
  return m ? Number(m[1]) - 1 : undefined;
}
