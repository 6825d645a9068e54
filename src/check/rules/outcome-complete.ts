import type { Rule } from "../rule.js";

/** Every outcome names an urgency and at least one contact. */
export const outcomeComplete: Rule = {
  id: "outcome-complete",
  severity: "error",
  description: { nl: "Elke uitkomst heeft een urgentie en minstens één contact.", en: "Every outcome has an urgency and at least one contact." },
  check(ctx) {
    for (const [id, { tree, node }] of ctx.graph.set.nodes) {
      if (node.kind !== "outcome") continue;
      if (node.advice.length === 0) {
        ctx.report({
          place: { tree: tree.id, path: ["nodes", id, "advice"] },
          message: { nl: `Uitkomst '${id}' noemt geen contact. Elke route eindigt bij iemand die de professional kan bellen: voeg een advies met contact toe.`, en: `Outcome '${id}' names no contact. Every route ends with someone the professional can call: add advice with a contact.` },
        });
      }
    }
  },
};
