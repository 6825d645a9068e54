import { defineRule } from "../rule.js";

/** Every outcome names an urgency and at least one contact. */
export const outcomeComplete = defineRule({
  id: "outcome-complete",
  severity: "error",
  description: {
    nl: "Elke uitkomst heeft een urgentie en minstens één contact.",
    en: "Every outcome has an urgency and at least one contact.",
  },
  messages: {
    "no-contact": {
      nl: "Uitkomst '{node}' noemt geen contact. Elke route eindigt bij iemand die de professional kan bellen: voeg een advies met contact toe.",
      en: "Outcome '{node}' names no contact. Every route ends with someone the professional can call: add advice with a contact.",
    },
  },
  check(ctx) {
    for (const [id, { tree, node }] of ctx.graph.set.nodes) {
      if (node.kind !== "outcome") continue;
      if (node.advice.length === 0) {
        ctx.report({
          messageId: "no-contact",
          data: { node: id },
          place: { tree: tree.id, path: ["nodes", id, "advice"] },
        });
      }
    }
  },
});
