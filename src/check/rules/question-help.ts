import { defineRule } from "../rule.js";

/**
 * A worried professional who presses `?` must get an explanation, not "Bij
 * deze vraag is geen extra uitleg". Every question and checklist without a
 * `help` text is a warning at the node. The danger form's help is the tool's
 * own (src/model/danger-form.ts), so it always has one. The model and schema
 * demand `nl` and `en` for any text, and a blank one is an error of
 * `translations`: this rule only has to find help that is missing.
 *
 * A warning, not an error, and not one of CONSULT_RULES: a consult on trees
 * without help still runs (the `?` key then says there is no extra help).
 */
export const questionHelp = defineRule({
  id: "question-help",
  severity: "warning",
  description: {
    nl: "Elke vraag en elke lijst met signalen heeft uitleg (help).",
    en: "Every question and checklist has help.",
  },
  messages: {
    "question-without-help": {
      nl: `Vraag '{node}' heeft geen uitleg: wie op ? drukt, leest alleen "Bij deze vraag is geen extra uitleg". Schrijf 'help' (nl en en): wat de vraag bedoelt, en wat te kiezen bij twijfel.`,
      en: `Question '{node}' has no help: whoever presses ? only reads "There is no extra help for this question". Write 'help' (nl and en): what the question means, and what to choose when in doubt.`,
    },
    "checklist-without-help": {
      nl: `Lijst '{node}' heeft geen uitleg: wie op ? drukt, leest alleen "Bij deze vraag is geen extra uitleg". Schrijf 'help' (nl en en): wat telt als signaal, en wat te doen bij twijfel.`,
      en: `Checklist '{node}' has no help: whoever presses ? only reads "There is no extra help for this question". Write 'help' (nl and en): what counts as a signal, and what to do when in doubt.`,
    },
  },
  check(ctx) {
    for (const [id, { tree, node }] of ctx.graph.set.nodes) {
      if (node.kind !== "question" && node.kind !== "checklist") continue;
      if (node.help !== undefined) continue;
      ctx.report({
        messageId: node.kind === "checklist" ? "checklist-without-help" : "question-without-help",
        data: { node: id },
        place: { tree: tree.id, path: ["nodes", id] },
      });
    }
  },
});
