import { mostUrgentFrom, NO_ADVICE, viaEdge } from "../../analysis/urgency-reach.js";
import { URGENCIES } from "../../model/urgency.js";
import type { Text } from "../../model/text.js";
import type { Rule } from "../rule.js";

/**
 * "Weet ik niet" is never less cautious than the most cautious known answer
 * of the same question: not knowing whether a child is in danger must not
 * route past the help that "yes" would bring.
 *
 * Compared: the most urgent advice reachable via the unknown edge (its own
 * advice and everything after it) against the most urgent reachable via any
 * known edge (answers; for a checklist its routes and `otherwise`). Computed
 * once for all nodes by dynamic programming over the topological order.
 *
 * Exception: an `unknown` with a written `justification` (both languages
 * filled in) is not reported at all. The issue asks for an explicit, written
 * sign-off, and the justification is that: a warning on top would make
 * `--strict` fail on a decision the maintainers already documented.
 */
export const cautiousUnknown: Rule = {
  id: "cautious-unknown",
  severity: "error",
  needsAcyclic: true,
  description: {
    nl: "'Weet ik niet' leidt nooit tot minder urgent advies dan het voorzichtigste bekende antwoord, tenzij schriftelijk onderbouwd.",
    en: "'Don't know' never leads to less urgent advice than the most cautious known answer, unless justified in writing.",
  },
  check(ctx) {
    const best = mostUrgentFrom(ctx.graph);
    if (!best) return;
    for (const [id, { tree, node }] of ctx.graph.set.nodes) {
      if ((node.kind !== "question" && node.kind !== "checklist") || !node.unknown) continue;
      const j = node.unknown.justification;
      if (j && j.nl.trim() !== "" && j.en.trim() !== "") continue;
      const edges = ctx.graph.out.get(id) ?? [];
      const unknownEdge = edges.find((e) => e.isUnknown);
      if (!unknownEdge) continue; // target missing: the references rule reports it
      const unknownRank = viaEdge(unknownEdge, best);
      let known: { label: string; rank: number } | undefined;
      for (const e of edges) {
        if (e.isUnknown) continue;
        const rank = viaEdge(e, best);
        if (!known || rank < known.rank) known = { label: e.label, rank };
      }
      if (!known || unknownRank <= known.rank) continue;
      const u = name(unknownRank);
      const k = name(known.rank);
      ctx.report({
        place: { tree: tree.id, path: ["nodes", id, "unknown", "next"] },
        message: {
          nl: `Na 'weet ik niet' bij '${id}' is het urgentste advies '${u.nl}', na antwoord '${known.label}' is dat '${k.nl}'. Laat 'weet ik niet' minstens zo voorzichtig adviseren (bijvoorbeeld naar hetzelfde vervolg als '${known.label}'), of leg in 'justification' uit waarom dat hier niet hoeft.`,
          en: `After 'don't know' at '${id}' the most urgent advice is '${u.en}', after answer '${known.label}' it is '${k.en}'. Make 'don't know' advise at least as cautiously (for example the same next step as '${known.label}'), or explain in 'justification' why that is not needed here.`,
        },
      });
    }
  },
};

function name(rank: number): Text {
  return rank === NO_ADVICE ? { nl: "geen advies", en: "no advice" } : { nl: URGENCIES[rank]!, en: URGENCIES[rank]! };
}
