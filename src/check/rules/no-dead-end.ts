import { defineRule } from "../rule.js";

/** Every path ends at an outcome: no node leaves the user without a next step. */
export const noDeadEnd = defineRule({
  id: "no-dead-end",
  severity: "error",
  description: {
    nl: "Elke route eindigt bij een uitkomst met een contact.",
    en: "Every route ends at an outcome with a contact.",
  },
  messages: {
    "no-next": {
      nl: "Doodlopend: knoop '{node}' heeft geen geldig vervolg. Geef elk antwoord een 'next' die bestaat.",
      en: "Dead end: node '{node}' has no valid next step. Give every answer a 'next' that exists.",
    },
    "no-outcome": {
      nl: "Doodlopend: vanaf knoop '{node}' is geen enkele uitkomst te bereiken.",
      en: "Dead end: no outcome can be reached from node '{node}'.",
    },
  },
  check(ctx) {
    const { set, out, into } = ctx.graph;
    // Backwards from the outcomes: which nodes can still reach one.
    const alive = new Set<string>();
    const queue = [...set.nodes.values()].filter((e) => e.node.kind === "outcome").map((e) => e.node.id);
    queue.forEach((id) => alive.add(id));
    while (queue.length > 0) {
      for (const e of into.get(queue.pop()!) ?? []) {
        if (alive.has(e.from)) continue;
        alive.add(e.from);
        queue.push(e.from);
      }
    }
    for (const [id, { tree, node }] of set.nodes) {
      if (node.kind === "outcome") continue;
      const edges = out.get(id) ?? [];
      if (edges.length === 0) {
        ctx.report({ messageId: "no-next", data: { node: id }, place: { tree: tree.id, path: ["nodes", id] } });
      } else if (!alive.has(id)) {
        ctx.report({ messageId: "no-outcome", data: { node: id }, place: { tree: tree.id, path: ["nodes", id] } });
      }
    }
  },
});
