import type { FactEdge, FactGraph } from "../../analysis/fact-graph.js";
import { checkedFactGraph } from "../../analysis/invariants.js";
import type { CollectedAdvice } from "../../engine/engine.js";
import { URGENCIES, urgencyRank } from "../../model/urgency.js";
import type { Text } from "../../model/text.js";
import type { TreeSet } from "../../model/tree-set.js";
import type { TreeNode } from "../../model/tree.js";
import { withFactsLine } from "../texts.js";
import { fillText } from "../../i18n/messages.js";
import { defineRule, type Report } from "../rule.js";

/**
 * "Weet ik niet" is never less cautious than the answers it stands for, at every question, with
 * every set of facts a consult can bring there. Two conditions, per contact:
 *
 * - **guaranteed**: the advice every path after "weet ik niet" gives (the contact, at its least
 *   urgent level over those paths) is at least what every path after each answer it stands for
 *   gives. A clarifying follow-up question is fine: its answers all give what the answer would.
 * - **reachable**: "weet ik niet" can still reach every contact an answer can reach, at least as
 *   urgently (not knowing whether a child is in danger must not route past the help that "yes"
 *   could bring, nor swap the Centre for Sexual Violence for a meldcode step of the same urgency).
 *
 * A contact that every path to the question already gave, at least as urgently, counts as given.
 * Computed on the fact graph (made by the engine's own stepping), once for all states: what each
 * state can still lead to and what it guarantees (backwards over the topological order), and what
 * every path to a state has already advised (forwards).
 *
 * `standsFor` on the unknown narrows the answers it stands for (answer ids; on a checklist the
 * routes `route-N` / `otherwise`). An `unknown` with a written `justification` (a real sentence in
 * both languages: at least MIN_JUSTIFICATION_WORDS words) is not reported: that is the maintainers'
 * documented decision, and `validate` lists every such exemption.
 */
export const cautiousUnknown = defineRule({
  id: "cautious-unknown",
  severity: "error",
  needsAcyclic: true,
  description: {
    nl: "'Weet ik niet' garandeert en bereikt elk contact dat een antwoord waarvoor het staat garandeert of bereikt, minstens zo urgent, tenzij schriftelijk onderbouwd.",
    en: "'Don't know' guarantees and reaches every contact that an answer it stands for guarantees or reaches, at least as urgently, unless justified in writing.",
  },
  messages: {
    "justification-too-short": {
      nl: "De onderbouwing bij 'weet ik niet' van '{node}' is geen echte zin (minstens {words} woorden in het Nederlands én het Engels). Leg uit waarom 'weet ik niet' hier minder voorzichtig mag zijn; zonder onderbouwing geldt de regel.",
      en: "The justification on 'don't know' at '{node}' is not a real sentence (at least {words} words in Dutch and in English). Explain why 'don't know' may be less cautious here; without a justification the rule applies.",
    },
    // {after}: what follows after "weet ik niet" (a phrase below); {fix}: how to mend it.
    "guarantees-less": {
      nl: "Na 'weet ik niet' bij '{node}' {after}; na antwoord '{answer}' volgt het op elke route, als '{level}'. {fix}",
      en: "After 'don't know' at '{node}' {after}; after answer '{answer}' it follows on every route, as '{level}'. {fix}",
    },
    "reaches-less": {
      nl: "Na 'weet ik niet' bij '{node}' {after}; na antwoord '{answer}' wel, als '{level}'. {fix}",
      en: "After 'don't know' at '{node}' {after}; after answer '{answer}' it is, as '{level}'. {fix}",
    },
  },
  check(ctx) {
    const set = ctx.graph.set;
    for (const [id, { tree, node }] of set.nodes) {
      const j = justificationOf(node);
      if (!j || isRealSentence(j)) continue;
      ctx.report({
        messageId: "justification-too-short",
        data: { node: id, words: MIN_JUSTIFICATION_WORDS },
        place: { tree: tree.id, path: ["nodes", id, "unknown", "justification"] },
      });
    }
    for (const f of findings(set, true)) ctx.report(f.report);
  },
});

/** Pieces of the messages: what follows after "weet ik niet", how to mend it, the detail lines. */
const PHRASES = {
  notOnEveryRoute: {
    nl: "volgt '{contact}' ({name}) niet op elke route",
    en: "'{contact}' ({name}) does not follow on every route",
  },
  onlyAs: {
    nl: "volgt '{contact}' op elke route alleen als '{level}'",
    en: "'{contact}' follows on every route only as '{level}'",
  },
  noLonger: {
    nl: "komt '{contact}' ({name}) niet meer in het advies",
    en: "'{contact}' ({name}) is no longer in the advice",
  },
  atMost: { nl: "komt '{contact}' hoogstens als '{level}'", en: "'{contact}' is reached at most as '{level}'" },
  fix: {
    nl: "Laat 'weet ik niet' minstens zo voorzichtig adviseren (bijvoorbeeld naar hetzelfde vervolg als '{answer}'), beperk met 'standsFor' voor welke antwoorden het staat, of leg in 'justification' uit waarom dat hier niet hoeft.",
    en: "Make 'don't know' advise at least as cautiously (for example the same next step as '{answer}'), narrow with 'standsFor' which answers it stands for, or explain in 'justification' why that is not needed here.",
  },
  exampleRoute: {
    nl: "Bijvoorbeeld deze route na 'weet ik niet': {route}",
    en: "For example this route after 'don't know': {route}",
  },
} satisfies Record<string, Text>;

/** The `justification` written on a question's or a checklist's "weet ik niet", if any. */
function justificationOf(node: TreeNode): Text | undefined {
  return node.kind === "question" || node.kind === "checklist" ? node.unknown?.justification : undefined;
}

/** A justification counts when each language has at least this many words (of two letters or more). */
export const MIN_JUSTIFICATION_WORDS = 5;

const INVISIBLE = /[\u200b-\u200d\u2060\ufeff\u2800\u00ad\u180e]/gu;

/** A real sentence in both languages: enough words of letters, not one character or a placeholder. */
export function isRealSentence(t: Text): boolean {
  const words = (s: string) => (s.replace(INVISIBLE, "").match(/\p{L}{2,}/gu) ?? []).length;
  return words(t.nl) >= MIN_JUSTIFICATION_WORDS && words(t.en) >= MIN_JUSTIFICATION_WORDS;
}

/** An `unknown` the maintainers exempted in writing, and whether the rule would report it without that. */
export interface Exemption {
  readonly tree: string;
  readonly node: string;
  readonly justification: Text;
  readonly needed: boolean;
}

/** Every justified "weet ik niet" in the set (in node order), for `validate` to list. */
export function exemptions(set: TreeSet): Exemption[] {
  const flagged = new Set(findings(set, false).map((f) => f.node));
  const out: Exemption[] = [];
  for (const [id, { tree, node }] of set.nodes) {
    const j = justificationOf(node);
    if (!j || !isRealSentence(j)) continue;
    out.push({ tree: tree.id, node: id, justification: j, needed: flagged.has(id) });
  }
  return out;
}

/**
 * One report per question whose "weet ik niet" gives less; justified ones skipped when `exempt`. Each
 * question's finding depends on that question alone, so the exempt list is the full list without the
 * justified questions: the full list is computed once per set (validate asks for both, the rule and
 * `exemptions`, and computing it is most of this rule's time).
 */
function findings(
  set: TreeSet,
  exempt: boolean,
): { node: string; report: Report<keyof typeof cautiousUnknown.messages> }[] {
  let all = findingsMemo.get(set);
  if (!all) findingsMemo.set(set, (all = allFindings(set)));
  if (!exempt) return all;
  return all.filter((f) => {
    const j = justificationOf(set.nodes.get(f.node)!.node);
    return !(j && isRealSentence(j));
  });
}

const findingsMemo = new WeakMap<TreeSet, { node: string; report: Report<keyof typeof cautiousUnknown.messages> }[]>();

function allFindings(set: TreeSet): { node: string; report: Report<keyof typeof cautiousUnknown.messages> }[] {
  const fg = checkedFactGraph(set);
  if (!fg.topo || fg.start.state < 0) return [];
  const { reach, must, guaranteed, contacts } = reachAndMust(fg);
  const own = (e: FactEdge): Map<string, number> => {
    const out = new Map<string, number>();
    for (const { item } of e.advice) {
      const r = urgencyRank(item.urgency);
      if (r < (out.get(item.contact) ?? Infinity)) out.set(item.contact, r);
    }
    return out;
  };
  /** Per contact, the rank taking an edge leads to: `table` after its target, with the edge's own advice. */
  const via = (e: FactEdge, table: Ranks[]): Map<string, number> => {
    const out = own(e);
    const there = table[e.to]!;
    contacts.forEach((c, i) => there[i]! < (out.get(c) ?? Infinity) && out.set(c, there[i]!));
    return out;
  };
  const out: { node: string; report: Report<keyof typeof cautiousUnknown.messages> }[] = [];
  const reported = new Set<string>();
  for (const s of fg.states) {
    const node = s.node;
    if ((node.kind !== "question" && node.kind !== "checklist") || !node.unknown || reported.has(node.id)) continue;
    const edges = fg.out[s.index]!;
    // Every way "weet ik niet" can be given here (on a checklist also ticked together with items).
    const unknownEdges = edges.filter((e) => e.label === "unknown");
    if (unknownEdges.length === 0) continue;
    const standsFor = node.unknown.standsFor;
    const mustHere = must[s.index]!;
    const already = (c: string) => mustHere[contacts.indexOf(c)] ?? Infinity;
    const problem = (():
      | {
          kind: "guaranteed" | "reachable";
          contact: string;
          answer: string;
          rank: number;
          u: number | undefined;
          facts: string[];
          witness: string[];
        }
      | undefined => {
      // An answer is its label: on a checklist, every tick set that takes the route (they differ in the facts
      // their items set). What an answer guarantees is the weakest over its tick sets; what it reaches, the union.
      const labels = [...new Set(edges.map((e) => e.label))].filter(
        (l) => l !== "unknown" && (!standsFor || standsFor.includes(l)),
      );
      const combine = (list: readonly FactEdge[], table: Ranks[], weakest: boolean): Map<string, number> => {
        const maps = list.map((e) => via(e, table));
        const out = new Map<string, number>();
        for (const c of new Set(maps.flatMap((m) => [...m.keys()]))) {
          const ranks = maps.map((m) => m.get(c) ?? Infinity);
          const r = weakest ? Math.max(...ranks) : Math.min(...ranks);
          if (r < Infinity) out.set(c, r);
        }
        return out;
      };
      for (const [kind, table] of [
        ["reachable", reach],
        ["guaranteed", guaranteed],
      ] as const) {
        const weakest = kind === "guaranteed";
        // "Weet ik niet" alone (the answer `unknown`, not a list with ticks) is the answer that must be cautious;
        // ticked together with items it only adds. Chosen by what the edge is, not by its place in the list.
        const viaUnknown = combine(
          weakest ? unknownEdges : unknownEdges.filter((e) => !Array.isArray(e.answer)),
          table,
          weakest,
        );
        for (const label of labels) {
          for (const [contact, rank] of combine(
            edges.filter((e) => e.label === label),
            table,
            weakest,
          )) {
            const u = viaUnknown.get(contact);
            if ((u !== undefined && u <= rank) || already(contact) <= rank) continue;
            const w = weakest ? unknownEdges.find((ue) => (via(ue, table).get(contact) ?? Infinity) > rank) : undefined;
            return {
              kind,
              contact,
              answer: label,
              rank,
              u,
              facts: [...s.facts].sort(),
              witness: w ? witness(fg, guaranteed, w, contact, rank) : [],
            };
          }
        }
      }
      return undefined;
    })();
    if (!problem) continue;
    reported.add(node.id);
    const { kind, contact, answer, rank, u, facts, witness: route } = problem;
    const tree = set.nodes.get(node.id)!.tree;
    const name = set.contacts.get(contact)?.name ?? contact;
    const after =
      kind === "guaranteed"
        ? u === undefined
          ? fillText(PHRASES.notOnEveryRoute, { contact, name })
          : fillText(PHRASES.onlyAs, { contact, level: level(u) })
        : u === undefined
          ? fillText(PHRASES.noLonger, { contact, name })
          : fillText(PHRASES.atMost, { contact, level: level(u) });
    const report: Report<keyof typeof cautiousUnknown.messages> = {
      messageId: kind === "guaranteed" ? "guarantees-less" : "reaches-less",
      // contact and unknownLevel ("-": not given) are for tools and tests; the message words them in {after}.
      data: {
        node: node.id,
        contact,
        answer,
        level: level(rank),
        unknownLevel: u === undefined ? "-" : level(u),
        after,
        fix: fillText(PHRASES.fix, { answer }),
      },
      place: { tree: tree.id, path: ["nodes", node.id, "unknown", "next"] },
      ...(facts.length > 0 || route.length > 0
        ? {
            detail: [
              ...(facts.length > 0 ? [withFactsLine(facts)] : []),
              ...(route.length > 0 ? [fillText(PHRASES.exampleRoute, { route: route.join(" › ") })] : []),
            ],
          }
        : {}),
    };
    out.push({ node: node.id, report });
  }
  return out;
}

/** A route after edge `e` on which `contact` is given less urgently than `rank` (or not at all): node: answer, to the outcome. */
function witness(fg: FactGraph, guaranteed: Ranks[], e: FactEdge, contact: string, rank: number): string[] {
  const i = [...fg.set.contacts.keys()].indexOf(contact);
  const worse = (x: FactEdge) =>
    Math.min(
      guaranteed[x.to]![i]!,
      ...x.advice.filter((a) => a.item.contact === contact).map((a) => urgencyRank(a.item.urgency)),
    ) > rank;
  const route: string[] = [];
  let s = e.to;
  for (let hops = 0; hops < fg.states.length; hops++) {
    const node = fg.states[s]!.node;
    if (node.kind === "outcome") {
      route.push(`-> ${node.id}`);
      break;
    }
    const next = fg.out[s]!.find(worse);
    if (!next) break;
    route.push(
      `${node.id}: ${Array.isArray(next.answer) ? `[${(next.answer as string[]).join(", ")}]` : String(next.answer)}`,
    );
    s = next.to;
  }
  return route;
}

/** Per contact (by index), the rank: a small fixed array per state instead of a map, so the passes make little garbage. */
type Ranks = Float64Array;

/**
 * reach[s]: per contact, the most urgent level some path from s still gives.
 * must[s]: per contact, the least urgent level every path to s has already given (Infinity: not on every path).
 * guaranteed[s]: per contact, the least urgent level every path from s on still gives (Infinity: not on every path).
 */
export function reachAndMust(fg: FactGraph): {
  reach: Ranks[];
  must: Ranks[];
  guaranteed: Ranks[];
  contacts: readonly string[];
} {
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
  // Most edges give no advice: they share one row of Infinity.
  const none = new Float64Array(n).fill(Infinity);
  const own = (e: FactEdge) => {
    if (e.advice.length === 0) return none;
    let r = edgeAdvice.get(e);
    if (!r) edgeAdvice.set(e, (r = adviceRanks(e.advice)));
    return r;
  };
  const topo = fg.topo!;
  const reach = rows(fg.states.length, n, Infinity);
  for (let t = topo.length - 1; t >= 0; t--) {
    const s = topo[t]!;
    const here = reach[s]!;
    for (const e of fg.out[s]!) {
      const there = reach[e.to]!;
      const mine = own(e);
      for (let i = 0; i < n; i++) here[i] = Math.min(here[i]!, there[i]!, mine[i]!);
    }
  }
  // What every path from a state gives: at an outcome nothing more; elsewhere the weakest of its edges.
  const guaranteed = rows(fg.states.length, n, Infinity);
  for (let t = topo.length - 1; t >= 0; t--) {
    const s = topo[t]!;
    const edges = fg.out[s]!;
    if (edges.length === 0) continue;
    const here = guaranteed[s]!;
    here.fill(-Infinity);
    for (const e of edges) {
      const there = guaranteed[e.to]!;
      const mine = own(e);
      for (let i = 0; i < n; i++) here[i] = Math.max(here[i]!, Math.min(there[i]!, mine[i]!));
    }
  }
  // must: Infinity until a path reaches the state (an unreached state keeps Infinity: "not on every path").
  const must = rows(fg.states.length, n, Infinity);
  const reached = new Uint8Array(fg.states.length);
  must[fg.start.state]!.set(adviceRanks(fg.start.advice));
  reached[fg.start.state] = 1;
  for (const s of topo) {
    if (!reached[s]) continue;
    const here = must[s]!;
    for (const e of fg.out[s]!) {
      const mine = own(e);
      const there = must[e.to]!;
      if (!reached[e.to]) {
        reached[e.to] = 1;
        for (let i = 0; i < n; i++) there[i] = Math.min(here[i]!, mine[i]!);
      } else for (let i = 0; i < n; i++) there[i] = Math.max(there[i]!, Math.min(here[i]!, mine[i]!));
    }
  }
  return { reach, must, guaranteed, contacts };
}

/** `count` rows of `n` ranks, each a view into one shared buffer (one allocation, not one per state). */
function rows(count: number, n: number, fill: number): Ranks[] {
  const buffer = new Float64Array(count * n).fill(fill);
  return Array.from({ length: count }, (_, s) => buffer.subarray(s * n, (s + 1) * n));
}

/** An urgency level's id ("spoed"), the same in both languages. */
function level(rank: number): string {
  return URGENCIES[rank]!;
}
