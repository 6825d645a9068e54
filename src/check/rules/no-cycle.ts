import { defineRule } from "../rule.js";

/** A consult always finishes: the graph has no cycle. */
export const noCycle = defineRule({
  id: "no-cycle",
  severity: "error",
  description: {
    nl: "Een consult eindigt altijd: de routes bevatten geen kring.",
    en: "A consult always finishes: the routes contain no cycle.",
  },
  messages: {
    cycle: {
      nl: "Kring in de routes: {chain}. Een consult kan hier eindeloos rondgaan; laat één van deze antwoorden naar een latere vraag of een uitkomst wijzen.",
      en: "Cycle in the routes: {chain}. A consult could go round forever; point one of these answers to a later question or an outcome.",
    },
  },
  check(ctx) {
    const cycle = ctx.graph.cycle;
    if (!cycle) return;
    const first = cycle[0]!;
    const tree = ctx.graph.set.nodes.get(first)!.tree.id;
    ctx.report({ messageId: "cycle", data: { chain: cycle.join(" -> ") }, place: { tree, path: ["nodes", first] } });
  },
});
