import type { FactEdge, FactGraph } from "../../analysis/fact-graph.js";
import { checkedFactGraph } from "../../analysis/invariants.js";
import type { CollectedAdvice } from "../../engine/engine.js";
import { URGENCIES, urgencyRank } from "../../model/urgency.js";
import type { Text } from "../../model/text.js";
import type { Rule } from "../rule.js";

/**
 * "Weet ik niet" is never less cautious than the answers it stands for: at
 * every question, with every set of facts a consult can bring there, "weet
 * ik niet" reaches every contact that any of those answers can reach, at
 * least as urgently. Not knowing whether a child is in danger must not route
 * past the help that "yes" would bring, nor swap the Centre for Sexual
 * Violence for a meldcode step of the same urgency.
 *
 * Computed on the fact graph (made by the engine's own stepping), once for
 * all states: what each edge can still lead to (backwards over the
 * topological order), and what every path to a state has already advised
 * (forwards). A contact that every path to the question already advised at
 * least as urgently does not need to be reached again.
 *
 * `standsFor` on the unknown narrows the answers it stands for (answer ids;
 * on a checklist the routes `route-N` / `otherwise`). An `unknown` with a
 * written `justification` (both languages) is not reported: that is the
 * maintainers' documented decision.
 */
export const cautiousUnknown: Rule = {
  id: "cautious-unknown",
  severity: "error",
  needsAcyclic: true,
  description: {
    nl: "'Weet ik niet' bereikt elk contact dat een antwoord waarvoor het staat bereikt, minstens zo urgent, tenzij schriftelijk onderbouwd.",
    en: "'Don't know' reaches every contact that an answer it stands for reaches, at least as urgently, unless justified in writing.",
  },
  check(ctx) {
    const set = ctx.graph.set;
    const fg = checkedFactGraph(set);
    if (!fg.topo || fg.start.state < 0) return;
    const { reach, must, contacts } = reachAndMust(fg);
    /** What taking an edge can still lead to: its own advice, then everything reachable from its target. */
    const via = (e: FactEdge): Map<string, number> => {
      const out = new Map<string, number>();
      const there = reach[e.to]!;
      contacts.forEach((c, i) => there[i]! < Infinity && out.set(c, there[i]!));
      for (const { item } of e.advice) {
        const r = urgencyRank(item.urgency);
        if (r < (out.get(item.contact) ?? Infinity)) out.set(item.contact, r);
      }
      return out;
    };
    const reported = new Set<string>();
    for (const s of fg.states) {
      const node = s.node;
      if ((node.kind !== "question" && node.kind !== "checklist") || !node.unknown || reported.has(node.id)) continue;
      const j = node.unknown.justification;
      if (j && j.nl.trim() !== "" && j.en.trim() !== "") continue;
      const edges = fg.out[s.index]!;
      const unknownEdge = edges.find((e) => e.label === "unknown");
      if (!unknownEdge) continue;
      const viaUnknown = via(unknownEdge);
      const standsFor = node.unknown.standsFor;
      const mustHere = must[s.index]!;
      const already = new Map(contacts.flatMap((c, i) => (mustHere[i]! < Infinity ? [[c, mustHere[i]!] as const] : [])));
      for (const e of edges) {
        if (e.label === "unknown" || (standsFor && !standsFor.includes(e.label))) continue;
        for (const [contact, rank] of via(e)) {
          const u = viaUnknown.get(contact);
          if ((u !== undefined && u <= rank) || (already.get(contact) ?? Infinity) <= rank) continue;
          reported.add(node.id);
          const tree = set.nodes.get(node.id)!.tree;
          const name = set.contacts.get(contact)?.name ?? { nl: contact, en: contact };
          const facts = [...s.facts].sort();
          ctx.report({
            place: { tree: tree.id, path: ["nodes", node.id, "unknown", "next"] },
            message: {
              nl: `Na 'weet ik niet' bij '${node.id}' ${u === undefined ? `komt '${contact}' (${name.nl}) niet meer in het advies` : `komt '${contact}' hoogstens als '${level(u).nl}'`}; na antwoord '${e.label}' wel, als '${level(rank).nl}'. Laat 'weet ik niet' minstens zo voorzichtig adviseren (bijvoorbeeld naar hetzelfde vervolg als '${e.label}'), beperk met 'standsFor' voor welke antwoorden het staat, of leg in 'justification' uit waarom dat hier niet hoeft.`,
              en: `After 'don't know' at '${node.id}' ${u === undefined ? `'${contact}' (${name.en}) is no longer in the advice` : `'${contact}' is reached at most as '${level(u).en}'`}; after answer '${e.label}' it is, as '${level(rank).en}'. Make 'don't know' advise at least as cautiously (for example the same next step as '${e.label}'), narrow with 'standsFor' which answers it stands for, or explain in 'justification' why that is not needed here.`,
            },
            ...(facts.length > 0 ? { detail: [{ nl: `Met de feiten: ${facts.join(", ")}`, en: `With the facts: ${facts.join(", ")}` }] } : {}),
          });
          break;
        }
        if (reported.has(node.id)) break;
      }
    }
  },
};

/** Per contact (by index), the rank: a small fixed array per state instead of a map, so the passes make little garbage. */
type Ranks = Float64Array;

/**
 * reach[s]: per contact, the most urgent level some path from s still gives.
 * must[s]: per contact, the least urgent level every path to s has already given (Infinity: not on every path).
 */
export function reachAndMust(fg: FactGraph): { reach: Ranks[]; must: Ranks[]; contacts: readonly string[] } {
  const contacts = [...fg.set.contacts.keys()];
  const index = new Map(contacts.map((c, i) => [c, i]));
  const n = contacts.length;
  const edgeAdvice = new Map<FactEdge, Ranks>();
  const adviceRanks = (advice: readonly CollectedAdvice[]): Ranks => {
    const r = new Float64Array(n).fill(Infinity);
    for (const { item } of advice) {
      const i = index.get(item.contact);
      if (i === undefined) continue;
      r[i] = Math.min(r[i]!, urgencyRank(item.urgency));
    }
    return r;
  };
  const own = (e: FactEdge) => {
    let r = edgeAdvice.get(e);
    if (!r) edgeAdvice.set(e, (r = adviceRanks(e.advice)));
    return r;
  };
  const topo = fg.topo!;
  const reach: Ranks[] = fg.states.map(() => new Float64Array(n).fill(Infinity));
  for (let t = topo.length - 1; t >= 0; t--) {
    const s = topo[t]!;
    const here = reach[s]!;
    for (const e of fg.out[s]!) {
      const there = reach[e.to]!;
      const mine = own(e);
      for (let i = 0; i < n; i++) here[i] = Math.min(here[i]!, there[i]!, mine[i]!);
    }
  }
  const must: (Ranks | undefined)[] = fg.states.map(() => undefined);
  must[fg.start.state] = adviceRanks(fg.start.advice);
  for (const s of topo) {
    const here = must[s];
    if (!here) continue;
    for (const e of fg.out[s]!) {
      const mine = own(e);
      const there = must[e.to];
      if (!there) {
        const p = new Float64Array(n);
        for (let i = 0; i < n; i++) p[i] = Math.min(here[i]!, mine[i]!);
        must[e.to] = p;
      } else for (let i = 0; i < n; i++) there[i] = Math.max(there[i]!, Math.min(here[i]!, mine[i]!));
    }
  }
  return { reach, must: must.map((m) => m ?? new Float64Array(n).fill(Infinity)), contacts };
}

function level(rank: number): Text {
  return { nl: URGENCIES[rank]!, en: URGENCIES[rank]! };
}
