import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { buildGraph } from "../../src/analysis/graph.js";
import { proveOnSet } from "../../src/analysis/invariants.js";
import type { Report, Rule } from "../../src/check/rule.js";
import { cautiousUnknown } from "../../src/check/rules/cautious-unknown.js";
import { ALARM_CONTACT, urgencyFirst } from "../../src/check/rules/urgency-first.js";
import {
  conclude,
  mergeAdvice,
  position,
  start,
  step,
  type CollectedAdvice,
  type Position,
} from "../../src/engine/engine.js";
import type { AnswerValue, ConsultState } from "../../src/engine/state.js";
import { loadFromTexts } from "../../src/load/load.js";
import type { AskingNode, Invariant, PathCondition } from "../../src/model/tree.js";
import type { TreeSet } from "../../src/model/tree-set.js";
import { urgencyRank } from "../../src/model/urgency.js";
import { FIXTURES } from "../helpers.js";
import { rng } from "../random.js";
import { CONFIG } from "./check-helpers.js";

// Soundness against brute force (issue 13): small random tree sets, seeded and deterministic, checked by
// the rules (which never list paths) and by an exhaustive walk of every consult path through the engine's
// own start/step/position/conclude. The rule and the walk must agree, in both directions.

const CONTACTS = {
  file: "contacts.yaml",
  text: readFileSync(join(FIXTURES, "trees/invalid/cautious-unknown/contacts.yaml"), "utf8"),
};
const URG = ["acuut", "spoed", "regulier", "advies"] as const;
const WHO = [ALARM_CONTACT, "team-a", "team-b"] as const;
const FACTS = ["f1", "f2"] as const;

type R = ReturnType<typeof rng>;

const text = (s: string) => ({ nl: `${s} (nl)`, en: `${s} (en)` });

function adviceList(r: R, max: number) {
  const n = r.int(max + 1);
  return Array.from({ length: n }, () => ({
    contact: r.pick(WHO),
    urgency: r.pick(URG),
    why: text("reden"),
    ...(r.chance(0.25) ? { when: r.pick(FACTS) } : r.chance(0.15) ? { unless: r.pick(FACTS) } : {}),
  }));
}
const sets = (r: R) => (r.chance(0.3) ? { sets: [r.pick(FACTS)] } : {});

/** A random tree: the danger form, then asking nodes in order (edges go forward only), then outcomes. */
function randomTree(r: R): { text: string; invariants: Invariant[] } {
  const k = 2 + r.int(4);
  const outcomes = ["uit-a", "uit-b", "uit-c"];
  const ids = Array.from({ length: k }, (_, i) => `n${i}`);
  const after = (i: number) => r.pick([...ids.slice(i + 1), ...outcomes]);
  const nodes: Record<string, unknown> = {};
  const dangerNext = () => r.pick([ids[0]!, "bel", ...outcomes]);
  nodes.gevaar = {
    kind: "danger",
    ja: { next: dangerNext(), ...(r.chance(0.5) ? { advice: adviceList(r, 2) } : {}), ...sets(r) },
    nee: { next: ids[0], ...sets(r) },
    unknown: { next: dangerNext(), ...(r.chance(0.4) ? { advice: adviceList(r, 1) } : {}), ...sets(r) },
  };
  nodes.bel = { kind: "info", text: text("Bel"), advice: adviceList(r, 2), next: ids[0] };
  ids.forEach((id, i) => {
    const kind = r.pick(["question", "question", "checklist", "info", "branch"] as const);
    if (kind === "info") nodes[id] = { kind, text: text(id), advice: adviceList(r, 1), next: after(i) };
    else if (kind === "branch")
      nodes[id] = { kind, cases: [{ when: r.pick(FACTS), next: after(i) }], otherwise: after(i) };
    else if (kind === "question") {
      const answers = ["ja", "nee", ...(r.chance(0.3) ? ["soms"] : [])].map((a) => ({
        id: a,
        label: text(a),
        next: after(i),
        ...(r.chance(0.4) ? { advice: adviceList(r, 2) } : {}),
        ...(r.chance(0.15) ? { acute: true } : {}),
        ...sets(r),
      }));
      nodes[id] = {
        kind,
        text: text(id),
        answers,
        ...(r.chance(0.7)
          ? {
              unknown: {
                next: after(i),
                ...(r.chance(0.4) ? { advice: adviceList(r, 1) } : {}),
                ...(r.chance(0.2) ? { standsFor: [answers[0]!.id] } : {}),
                ...sets(r),
              },
            }
          : {}),
        ...(r.chance(0.15)
          ? {
              implied: [
                { when: r.pick(FACTS), answer: answers[r.int(answers.length)]!.id, because: text("al gezegd") },
              ],
            }
          : {}),
      };
    } else {
      const items = ["x", "y"].map((it) => ({
        id: it,
        label: text(it),
        ...(r.chance(0.15) ? { acute: true } : {}),
        ...sets(r),
      }));
      nodes[id] = {
        kind,
        text: text(id),
        items,
        routes: [
          { anyOf: [r.pick(["x", "y"])], next: after(i), ...(r.chance(0.5) ? { advice: adviceList(r, 2) } : {}) },
          ...(r.chance(0.5) ? [{ atLeast: 2, next: after(i), advice: adviceList(r, 1) }] : []),
        ],
        otherwise: { next: after(i), ...(r.chance(0.3) ? { advice: adviceList(r, 1) } : {}) },
        ...(r.chance(0.6)
          ? { unknown: { next: after(i), ...(r.chance(0.4) ? { advice: adviceList(r, 1) } : {}), ...sets(r) } }
          : {}),
      };
    }
  });
  outcomes.forEach((o, i) => {
    const advice = adviceList(r, 2);
    nodes[o] = {
      kind: "outcome",
      title: text(o),
      urgency: r.pick(URG),
      advice: advice.length > 0 ? advice : [{ contact: "team-b", urgency: "advies", why: text("steun") }],
      ...(i === 2 && r.chance(0.5) ? { closes: true } : {}),
      // A text line only a fact shows: the rules' fact graph does not split states by it (fact-graph-lines).
      ...(r.chance(0.5) ? { actions: [{ text: text("regel"), when: r.pick(FACTS) }] } : {}),
    };
  });
  const condition = (): PathCondition =>
    r.pick<() => PathCondition>([
      () => ({ fact: r.pick(FACTS) }),
      () => ({ advises: r.pick(WHO), ...(r.chance(0.5) ? { urgency: r.pick(URG) } : {}) }),
      () => ({ first: ALARM_CONTACT }),
      () => ({ closes: true }),
      () => ({ reachesUrgency: r.pick(URG) }),
      () => ({ visits: r.pick([...ids, "bel"]) }),
      () => ({ answered: { node: "gevaar", answer: r.pick(["ja", "nee", "unknown"]) } }),
    ])();
  const invariants: Invariant[] = Array.from({ length: 3 }, (_, i) => ({
    id: `inv-${i}`,
    description: text("invariant"),
    when: condition(),
    require: r.chance(0.3) ? { not: condition() } : condition(),
  }));
  const tree = {
    id: "t",
    version: "1.0.0",
    title: text("T"),
    main: true,
    sources: [{ id: "s", url: "https://example.org/s" }],
    facts: FACTS.map((f) => ({ id: f, description: text(f) })),
    entry: "gevaar",
    nodes,
    invariants,
  };
  return { text: JSON.stringify(tree), invariants };
}

/** One complete consult: every step (the position before and after, the answer) and the end. */
interface Walked {
  readonly steps: readonly { readonly before: Position; readonly answer: AnswerValue; readonly after: Position }[];
  readonly end: Position;
}

function answersAt(node: AskingNode): AnswerValue[] {
  if (node.kind === "info") return ["continue"];
  if (node.kind === "question") return [...node.answers.map((a) => a.id), ...(node.unknown ? ["unknown"] : [])];
  const subsets: string[][] = [[]];
  for (const item of node.items) for (const s of [...subsets]) subsets.push([...s, item.id]);
  return [...subsets, ...(node.unknown ? subsets.map((s) => [...s, "unknown"]) : [])];
}

/** Every consult path, by the engine's own stepping. */
function walkAll(set: TreeSet): Walked[] {
  const out: Walked[] = [];
  const go = (state: ConsultState, pos: Position, steps: Walked["steps"]) => {
    if (pos.done) return void out.push({ steps, end: pos });
    for (const answer of answersAt(pos.node as AskingNode)) {
      const r = step(set, state, answer, pos);
      if (!r.ok) throw new Error(r.error.message.en);
      go(r.value.state, r.value.position, [...steps, { before: pos, answer, after: r.value.position }]);
    }
  };
  const s0 = start(set);
  const p0 = position(set, s0);
  if (!p0.ok) throw new Error(p0.error.message.en);
  go(s0, p0.value, []);
  return out;
}

function reportsOf(rule: Rule, set: TreeSet): Report[] {
  const list: Report[] = [];
  rule.check({ graph: buildGraph(set), config: CONFIG, report: (r) => list.push(r) });
  return list;
}

const nodeOf = (r: Report) => ("tree" in r.place ? String(r.place.path[1]) : "?");
const gives112 = (c: readonly CollectedAdvice[]) =>
  c.some(({ item }) => item.contact === ALARM_CONTACT && item.urgency === "acuut");

/** Brute force, urgency-first: nodes where an acute choice meets a question or an end without 112 acuut first. */
function bruteAcute(paths: readonly Walked[]): Set<string> {
  const bad = new Set<string>();
  for (const p of paths) {
    p.steps.forEach((s, i) => {
      const n = s.before.node;
      const ticked = Array.isArray(s.answer) ? (s.answer as readonly string[]) : [];
      let acute = false;
      if (n.kind === "question" && n.answers.some((a) => a.acute)) {
        if (s.answer === "unknown")
          acute = !n.unknown?.standsFor || n.answers.some((a) => a.acute && n.unknown!.standsFor!.includes(a.id));
        else acute = n.answers.some((a) => a.id === s.answer && a.acute === true);
      }
      if (n.kind === "checklist" && n.items.some((it) => it.acute))
        acute = n.items.some((it) => it.acute && ticked.includes(it.id)) || ticked.includes("unknown");
      if (!acute) return;
      // Through info steps (one answer each) to the next question, checklist or the end.
      let j = i;
      while (j + 1 < p.steps.length && p.steps[j + 1]!.before.node.kind === "info") j++;
      const reached = p.steps[j]!.after;
      if (!gives112(reached.collected.slice(s.before.collected.length))) bad.add(n.id);
    });
  }
  return bad;
}

/** Brute force, 112 listed first: the final advice lists another acute contact above an acute 112. */
function bruteOrder(paths: readonly Walked[]): boolean {
  return paths.some((p) => {
    const merged = mergeAdvice(p.end.collected);
    const i112 = merged.findIndex((a) => a.contact === ALARM_CONTACT && a.urgency === "acuut");
    return i112 > 0 && merged[0]!.urgency === "acuut";
  });
}

/** Brute force, cautious-unknown: per prefix, what "weet ik niet" gives on every / some completion vs each answer. */
function bruteCautious(set: TreeSet, paths: readonly Walked[]): Set<string> {
  const bad = new Set<string>();
  // Group complete paths by the prefix up to an asking node with "weet ik niet", then by the answer given there.
  const byPrefix = new Map<string, { node: AskingNode; by: Map<string, Map<string, number>[]> }>();
  const label = (node: AskingNode, answer: AnswerValue): string | undefined => {
    if (node.kind === "question") return String(answer);
    if (node.kind !== "checklist") return undefined;
    const ticked = answer as readonly string[];
    if (ticked.includes("unknown")) return ticked.length === 1 ? "unknown" : "unknown+";
    const i = node.routes.findIndex(
      (rt) =>
        (!rt.anyOf || rt.anyOf.some((x) => ticked.includes(x))) &&
        (rt.atLeast === undefined ||
          (rt.of ?? node.items.map((x) => x.id)).filter((x) => ticked.includes(x)).length >= rt.atLeast),
    );
    return i < 0 ? "otherwise" : `route-${i + 1}`;
  };
  for (const p of paths) {
    const final = new Map(mergeAdvice(p.end.collected).map((a) => [a.contact, urgencyRank(a.urgency)] as const));
    p.steps.forEach((s, i) => {
      const n = s.before.node;
      if ((n.kind !== "question" && n.kind !== "checklist") || !n.unknown) return;
      const key = `${p.steps
        .slice(0, i)
        .map((x) => `${x.before.node.id}=${JSON.stringify(x.answer)}`)
        .join(";")}|${n.id}`;
      const entry = byPrefix.get(key) ?? { node: n, by: new Map() };
      byPrefix.set(key, entry);
      const l = label(n, s.answer)!;
      entry.by.set(l, [...(entry.by.get(l) ?? []), final]);
    });
  }
  for (const { node, by } of byPrefix.values()) {
    if (node.kind === "info") continue;
    const unknownFinals = by.get("unknown") ?? [];
    const withTicks = by.get("unknown+") ?? [];
    const contacts = set.contacts.keys();
    const worst = (finals: readonly Map<string, number>[], c: string) =>
      Math.max(...finals.map((f) => f.get(c) ?? Infinity));
    const best = (finals: readonly Map<string, number>[], c: string) =>
      Math.min(...finals.map((f) => f.get(c) ?? Infinity));
    for (const c of contacts) {
      for (const [l, finals] of by) {
        if (l === "unknown" || l === "unknown+" || (node.unknown!.standsFor && !node.unknown!.standsFor.includes(l)))
          continue;
        // guaranteed: the weakest over every completion (for the unknown, with ticks too); reachable: the best.
        if (worst([...unknownFinals, ...withTicks], c) > worst(finals, c)) bad.add(node.id);
        if (best(unknownFinals, c) > best(finals, c)) bad.add(node.id);
      }
    }
  }
  return bad;
}

/** Brute force, a declared invariant: does some complete path satisfy `when` and neither `require` nor `unless`? */
function bruteInvariant(paths: readonly Walked[], inv: Invariant, set: TreeSet): boolean {
  return paths.some((p) => {
    const merged = mergeAdvice(p.end.collected);
    const rank = new Map(merged.map((a) => [a.contact, urgencyRank(a.urgency)] as const));
    const holds = (c: PathCondition): boolean => {
      if ("anyOf" in c) return c.anyOf.some(holds);
      if ("allOf" in c) return c.allOf.every(holds);
      if ("not" in c) return !holds(c.not);
      if ("fact" in c) return p.end.facts.has(c.fact);
      if ("closes" in c) return p.end.node.kind === "outcome" && p.end.node.closes === true;
      if ("visits" in c) return p.end.path.includes(c.visits);
      if ("answered" in c)
        return p.end.answers.some((a) => a.node === c.answered.node && a.answer === c.answered.answer);
      if ("reachesUrgency" in c) return merged.some((a) => urgencyRank(a.urgency) <= urgencyRank(c.reachesUrgency));
      if ("first" in c) {
        const r = rank.get(c.first);
        return r !== undefined && !merged.some((a) => a.contact !== c.first && urgencyRank(a.urgency) < r);
      }
      const r = rank.get(c.advises);
      return r !== undefined && r <= urgencyRank(c.urgency ?? "advies");
    };
    expect(conclude(set, p.end)).toBeDefined();
    return holds(inv.when) && !holds(inv.require) && !(inv.unless && holds(inv.unless));
  });
}

/** How many random sets; enough to meet every rule's findings many times, small enough for a few seconds. */
export const SETS = 600;

describe("the safety rules agree with an exhaustive walk of every consult path (seeded random tree sets)", () => {
  it(`urgency-first, cautious-unknown and the declared invariants on ${SETS} random sets`, () => {
    const count = {
      sets: 0,
      paths: 0,
      acuteFlagged: 0,
      orderFlagged: 0,
      cautiousFlagged: 0,
      invariants: 0,
      invariantsViolated: 0,
      questionsChecked: 0,
    };
    for (let seed = 1; count.sets < SETS; seed++) {
      const r = rng(seed);
      const { text: src, invariants } = randomTree(r);
      const loaded = loadFromTexts([{ file: "t.yaml", text: src }], CONTACTS);
      if (!loaded.treeSet) continue; // e.g. an implied answer on an unknown the question does not offer: the schema or join refuses it
      const set = loaded.treeSet;
      const paths = walkAll(set);
      count.sets++;
      count.paths += paths.length;
      const where = `seed ${seed}`;

      const uf = reportsOf(urgencyFirst, set);
      const ruleAcute = new Set(uf.filter((x) => x.messageId === "acute-not-112").map(nodeOf));
      expect([...ruleAcute].sort(), `${where}: urgency-first (acute answers)`).toEqual([...bruteAcute(paths)].sort());
      const ruleOrder = uf.some((x) => x.messageId === "other-acute-before-112");
      expect(ruleOrder, `${where}: urgency-first (112 listed first)`).toBe(bruteOrder(paths));
      count.acuteFlagged += ruleAcute.size;
      count.orderFlagged += ruleOrder ? 1 : 0;

      const cu = reportsOf(cautiousUnknown, set).filter((x) => x.messageId !== "justification-too-short");
      const ruleCautious = new Set(cu.map(nodeOf));
      expect([...ruleCautious].sort(), `${where}: cautious-unknown`).toEqual([...bruteCautious(set, paths)].sort());
      count.cautiousFlagged += ruleCautious.size;
      count.questionsChecked += [...set.nodes.values()].filter(
        ({ node }) => (node.kind === "question" || node.kind === "checklist") && node.unknown,
      ).length;

      for (const inv of invariants) {
        const proved = proveOnSet(set, inv);
        const violated = bruteInvariant(paths, inv, set);
        expect(proved.kind === "violated", `${where}: invariant ${JSON.stringify(inv)}`).toBe(violated);
        count.invariants++;
        if (violated) count.invariantsViolated++;
      }
    }
    // The generator must exercise every outcome of every check, or agreement proves little.
    expect(count.acuteFlagged).toBeGreaterThan(20);
    expect(count.orderFlagged).toBeGreaterThan(5);
    expect(count.cautiousFlagged).toBeGreaterThan(20);
    expect(count.invariantsViolated).toBeGreaterThan(50);
    expect(count.invariants - count.invariantsViolated).toBeGreaterThan(50);
    console.log(`soundness: ${JSON.stringify(count)}`);
    // About 3 s on an idle machine; a generous limit for a loaded one (not a timing assertion).
  }, 120_000);
});
