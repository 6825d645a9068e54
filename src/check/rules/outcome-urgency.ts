import { checkedFactGraph } from "../../analysis/invariants.js";
import { urgencyRank, URGENCIES } from "../../model/urgency.js";
import { defineRule } from "../rule.js";
import { ALARM_CONTACT } from "./urgency-first.js";

/**
 * An outcome's own urgency says what its advice says:
 *
 * - `urgency-above-advice`: an `acuut` outcome gives no advice at `acuut` (its contacts are all
 *   `regulier`, say: nothing to do now). Below `acuut` an outcome may be more urgent than its
 *   contacts, because its own actions ("bel vandaag") can carry that urgency;
 * - `urgency-below-advice`: the outcome is less urgent than advice it always gives (an `advies`
 *   outcome that always advises a contact as `spoed` undersells itself in the routes and the docs);
 * - `closes-after-112`: a consult that advised 112 at `acuut` never ends in an outcome marked
 *   `closes` (no report), proved on every path of the fact graph.
 *
 * A path that advised 112 and ends at an outcome that is not itself `acuut` is allowed: the
 * consult's headline level is the most urgent level of the whole advice (the engine's `conclude`),
 * so it still says `acuut`, and the outcome's own level describes its own steps.
 */
export const outcomeUrgency = defineRule({
  id: "outcome-urgency",
  severity: "error",
  needsAcyclic: true,
  description: {
    nl: "De urgentie van een uitkomst past bij haar advies; na 112 sluit geen route af zonder melding.",
    en: "An outcome's urgency fits its advice; after 112 no route closes without a report.",
  },
  messages: {
    "urgency-above-advice": {
      nl: "Uitkomst '{node}' heeft urgentie '{urgency}', maar haar advies is hoogstens '{most}'. Geef het contact dat zo dringend is in het advies, of verlaag de urgentie.",
      en: "Outcome '{node}' has urgency '{urgency}', but its advice is at most '{most}'. Give the contact that is that urgent in the advice, or lower the urgency.",
    },
    "urgency-below-advice": {
      nl: "Uitkomst '{node}' heeft urgentie '{urgency}', maar geeft altijd advies als '{always}'. Maak de urgentie van de uitkomst gelijk aan haar meest dringende advies.",
      en: "Outcome '{node}' has urgency '{urgency}', but always gives advice as '{always}'. Make the outcome's urgency its most urgent advice.",
    },
    "closes-after-112": {
      nl: "Uitkomst '{node}' sluit af zonder melding ('closes: true'), maar een consult kan er komen nadat 112 met urgentie 'acuut' is geadviseerd. Leid zo'n route naar een uitkomst die niet afsluit.",
      en: "Outcome '{node}' closes without a report ('closes: true'), but a consult can end there after 112 was advised as 'acuut'. Lead such a route to an outcome that does not close.",
    },
  },
  check(ctx) {
    const set = ctx.graph.set;
    for (const [id, { tree, node }] of set.nodes) {
      if (node.kind !== "outcome" || node.advice.length === 0) continue;
      const own = urgencyRank(node.urgency);
      const most = Math.min(...node.advice.map((a) => urgencyRank(a.urgency)));
      const always = node.advice
        .filter((a) => a.when === undefined && a.unless === undefined)
        .map((a) => urgencyRank(a.urgency));
      if (own === 0 && own < most) {
        ctx.report({
          messageId: "urgency-above-advice",
          data: { node: id, urgency: node.urgency, most: String(URGENCIES[most]) },
          place: { tree: tree.id, path: ["nodes", id, "urgency"] },
        });
      } else if (always.length > 0 && Math.min(...always) < own) {
        ctx.report({
          messageId: "urgency-below-advice",
          data: { node: id, urgency: node.urgency, always: String(URGENCIES[Math.min(...always)]) },
          place: { tree: tree.id, path: ["nodes", id, "urgency"] },
        });
      }
    }
    // Forwards over the fact graph: can some path to a state have advised 112 as acuut?
    const fg = checkedFactGraph(set);
    if (!fg.topo || fg.start.state < 0) return;
    const gave = (advice: readonly { item: { contact: string; urgency: string } }[]) =>
      advice.some(({ item }) => item.contact === ALARM_CONTACT && item.urgency === "acuut");
    const after112 = new Array<boolean>(fg.states.length).fill(false);
    after112[fg.start.state] = gave(fg.start.advice);
    for (const s of fg.topo) for (const e of fg.out[s]!) if (after112[s] || gave(e.advice)) after112[e.to] = true;
    const reported = new Set<string>();
    for (const s of fg.states) {
      const n = s.node;
      if (n.kind !== "outcome" || !n.closes || !after112[s.index] || reported.has(n.id)) continue;
      reported.add(n.id);
      ctx.report({
        messageId: "closes-after-112",
        data: { node: n.id },
        place: { tree: set.nodes.get(n.id)!.tree.id, path: ["nodes", n.id, "closes"] },
      });
    }
  },
});
