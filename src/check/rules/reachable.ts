import { shadowedRoutes } from "../../analysis/graph.js";
import type { Rule } from "../rule.js";

/** Every node can be reached: from its tree's entry or through a link. Trees no consult reaches are flagged too. */
export const reachable: Rule = {
  id: "reachable",
  severity: "error",
  description: { nl: "Elke knoop is bereikbaar vanaf een startpunt.", en: "Every node can be reached from an entry." },
  check(ctx) {
    const { set, out } = ctx.graph;
    const seen = (roots: string[]) => {
      const visited = new Set<string>(roots.filter((r) => set.nodes.has(r)));
      const queue = [...visited];
      while (queue.length > 0) {
        for (const e of out.get(queue.pop()!) ?? []) {
          if (visited.has(e.target)) continue;
          visited.add(e.target);
          queue.push(e.target);
        }
      }
      return visited;
    };
    const fromEntries = seen([...set.trees.values()].map((t) => t.entry));
    for (const [id, { tree }] of set.nodes) {
      if (!fromEntries.has(id)) {
        ctx.report({
          place: { tree: tree.id, path: ["nodes", id] },
          message: {
            nl: `Knoop '${id}' is onbereikbaar: geen antwoord of verwijzing leidt ernaartoe. Verwijs ernaar of verwijder hem.`,
            en: `Node '${id}' is unreachable: no answer or link leads to it. Point to it or remove it.`,
          },
        });
      }
    }
    for (const [id, { tree, node }] of set.nodes) {
      if (node.kind !== "checklist") continue;
      for (const label of shadowedRoutes(node)) {
        const i = Number(label.slice("route-".length)) - 1;
        ctx.report({
          severity: "warning",
          place: { tree: tree.id, path: ["nodes", id, "routes", i] },
          message: {
            nl: `Route ${i + 1} van checklist '${id}' wordt nooit genomen: bij elke combinatie van vinkjes die eraan voldoet, geldt een eerdere route al. Zet hem eerder of verwijder hem.`,
            en: `Route ${i + 1} of checklist '${id}' is never taken: every combination of ticks that satisfies it satisfies an earlier route first. Move it up or remove it.`,
          },
        });
      }
    }
    const fromMain = seen([set.main.entry]);
    for (const tree of set.trees.values()) {
      // Linked into at an inner node only: what hangs under its entry is never reached by a consult.
      if (tree !== set.main && !fromMain.has(tree.entry) && [...Object.keys(tree.nodes)].some((n) => fromMain.has(n))) {
        const lost = [...seen([tree.entry])].filter((n) => !fromMain.has(n) && set.nodes.get(n)?.tree === tree);
        ctx.report({
          severity: "warning",
          messageId: "entry-unreachable",
          place: { tree: tree.id, path: ["entry"] },
          message: {
            nl: `Boom '${tree.id}' wordt alleen via een link naar een knoop binnenin bereikt; het begin '${tree.entry}' bereikt geen consult. Daardoor zijn ${lost.length} knoop/knopen nooit in gebruik: ${lost.slice(0, 5).join(", ")}${lost.length > 5 ? ", …" : ""}. Link naar het begin, verplaats 'entry', of verwijder ze.`,
            en: `Tree '${tree.id}' is only reached through a link to an inner node; its entry '${tree.entry}' is reached by no consult. So ${lost.length} node(s) are never used: ${lost.slice(0, 5).join(", ")}${lost.length > 5 ? ", …" : ""}. Link to the entry, move 'entry', or remove them.`,
          },
        });
      }
      if (!fromMain.has(tree.entry) && ![...Object.keys(tree.nodes)].some((n) => fromMain.has(n))) {
        ctx.report({
          severity: "warning",
          place: { tree: tree.id, path: ["id"] },
          message: {
            nl: `Boom '${tree.id}' wordt vanuit de hoofdboom '${set.main.id}' nooit bereikt. Voeg een link toe, of bedoelt u dit?`,
            en: `Tree '${tree.id}' is never reached from the main tree '${set.main.id}'. Add a link, or is this intended?`,
          },
        });
      }
    }
  },
};
