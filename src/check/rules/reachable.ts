import { shadowedRoutes } from "../../analysis/graph.js";
import { routeIndex } from "../../model/route-label.js";
import { defineRule } from "../rule.js";

/** Every node can be reached: from its tree's entry or through a link. Trees no consult reaches are flagged too. */
export const reachable = defineRule({
  id: "reachable",
  severity: "error",
  description: { nl: "Elke knoop is bereikbaar vanaf een startpunt.", en: "Every node can be reached from an entry." },
  messages: {
    unreachable: {
      nl: "Knoop '{node}' is onbereikbaar: geen antwoord of verwijzing leidt ernaartoe. Verwijs ernaar of verwijder hem.",
      en: "Node '{node}' is unreachable: no answer or link leads to it. Point to it or remove it.",
    },
    "route-shadowed": {
      nl: "Route {route} van checklist '{node}' wordt nooit genomen: bij elke combinatie van vinkjes die eraan voldoet, geldt een eerdere route al. Zet hem eerder of verwijder hem.",
      en: "Route {route} of checklist '{node}' is never taken: every combination of ticks that satisfies it satisfies an earlier route first. Move it up or remove it.",
    },
    "entry-unreachable": {
      nl: "Boom '{tree}' wordt alleen via een link naar een knoop binnenin bereikt; het begin '{entry}' bereikt geen consult. Daardoor {count:is|zijn} {count} {count:knoop|knopen} nooit in gebruik: {nodes}. Link naar het begin, verplaats 'entry', of verwijder ze.",
      en: "Tree '{tree}' is only reached through a link to an inner node; its entry '{entry}' is reached by no consult. So {count} {count:node is|nodes are} never used: {nodes}. Link to the entry, move 'entry', or remove them.",
    },
    "tree-unreached": {
      nl: "Boom '{tree}' wordt vanuit de hoofdboom '{main}' nooit bereikt. Voeg een link toe, of bedoelt u dit?",
      en: "Tree '{tree}' is never reached from the main tree '{main}'. Add a link, or is this intended?",
    },
  },
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
        ctx.report({ messageId: "unreachable", data: { node: id }, place: { tree: tree.id, path: ["nodes", id] } });
      }
    }
    for (const [id, { tree, node }] of set.nodes) {
      if (node.kind !== "checklist") continue;
      for (const label of shadowedRoutes(node)) {
        const i = routeIndex(label)!;
        ctx.report({
          severity: "warning",
          messageId: "route-shadowed",
          data: { route: i + 1, node: id },
          place: { tree: tree.id, path: ["nodes", id, "routes", i] },
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
          data: {
            tree: tree.id,
            entry: tree.entry,
            count: lost.length,
            nodes: `${lost.slice(0, 5).join(", ")}${lost.length > 5 ? ", …" : ""}`,
          },
          place: { tree: tree.id, path: ["entry"] },
        });
      }
      if (!fromMain.has(tree.entry) && ![...Object.keys(tree.nodes)].some((n) => fromMain.has(n))) {
        ctx.report({
          severity: "warning",
          messageId: "tree-unreached",
          data: { tree: tree.id, main: set.main.id },
          place: { tree: tree.id, path: ["id"] },
        });
      }
    }
  },
});
