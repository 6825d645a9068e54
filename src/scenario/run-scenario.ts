import { runAnswers } from "../consult/answers-file.js";
import { advance, conclude, enter, position, start, type MergedAdvice } from "../engine/engine.js";
import type { ConsultState } from "../engine/state.js";
import { mt } from "../i18n/messages.js";
import type { Location } from "../model/diagnostic.js";
import { sameText, type Text } from "../model/text.js";
import type { TreeSet } from "../model/tree-set.js";
import type { Urgency } from "../model/urgency.js";
import { didYouMean } from "../util/suggest.js";
import type { Expectation, Scenario } from "./scenario-file.js";

/** Where a run ended: the outcome, the most urgent level of the whole advice, the contacts in order. */
export interface Landed {
  readonly outcome: string;
  readonly urgency: Urgency;
  readonly contacts: readonly string[];
  /** Per contact, the nodes that gave it. */
  readonly from: ReadonlyMap<string, readonly string[]>;
}

export interface Failure {
  readonly message: Text;
  readonly location?: Location;
  /** The question where the run went wrong, when one is known. */
  readonly node?: string;
}

/** One step a consult took: the node left and the edge label (answer id, `unknown`, `route-N`, `otherwise`, `continue`). */
export interface TakenEdge {
  readonly node: string;
  readonly label: string;
  /** Taken without asking: earlier answers imply it. */
  readonly implied?: true;
}

export interface ScenarioResult {
  readonly scenario: Scenario;
  readonly passed: boolean;
  readonly failures: readonly Failure[];
  readonly landed?: Landed;
  /** The edges the run took (for coverage), up to where it stopped. */
  readonly taken: readonly TakenEdge[];
  /** The consult state the answers led to (absent when the start does not exist): practice compares a trainee's route with it. */
  readonly state?: ConsultState;
  readonly ms: number;
}

/** Compares where a run landed with what a scenario expects; empty when every key holds. */
export function compareExpectation(expect: Expectation, landed: Landed): Text[] {
  const out: Text[] = [];
  const got = landed.contacts.join(", ");
  if (expect.outcome !== undefined && expect.outcome !== landed.outcome)
    out.push(mt("scnOutcome", { expected: expect.outcome, got: landed.outcome }));
  if (expect.urgency !== undefined && expect.urgency !== landed.urgency)
    out.push(mt("scnUrgency", { expected: expect.urgency, got: landed.urgency }));
  if (expect.contacts !== undefined && expect.contacts.join(", ") !== got)
    out.push(mt("scnContacts", { expected: expect.contacts.join(", "), got }));
  for (const c of expect.includes ?? [])
    if (!landed.contacts.includes(c)) out.push(mt("scnIncludes", { contact: c, got }));
  for (const c of expect.excludes ?? [])
    if (landed.contacts.includes(c))
      out.push(mt("scnExcludes", { contact: c, from: (landed.from.get(c) ?? []).join(", ") }));
  if (expect.order !== undefined && expect.order.some((c, i) => landed.contacts[i] !== c))
    out.push(mt("scnOrder", { expected: expect.order.join(", "), got }));
  return out;
}

export function landedFrom(outcome: string, urgency: Urgency, advice: readonly MergedAdvice[]): Landed {
  return {
    outcome,
    urgency,
    contacts: advice.map((a) => a.contact),
    from: new Map(advice.map((a) => [a.contact, a.from])),
  };
}

/** Names in `expect` that the trees do not have: errors with their line. */
export function checkExpectNames(
  set: TreeSet,
  expect: Expectation,
  where: (path: readonly (string | number)[]) => Location,
): Failure[] {
  const out: Failure[] = [];
  const hint = (id: string, pool: Iterable<string>) => {
    const h = didYouMean(id, pool);
    return h ? mt("scnHint", { id: h }) : sameText("");
  };
  for (const key of ["contacts", "includes", "excludes", "order"] as const) {
    (expect[key] ?? []).forEach((c, i) => {
      if (set.contacts.has(c)) return;
      const h = hint(c, set.contacts.keys());
      out.push({ message: mt("scnUnknownContact", { id: c, hint: h }), location: where([key, i]) });
    });
  }
  if (expect.outcome !== undefined && set.nodes.get(expect.outcome)?.node.kind !== "outcome") {
    const outcomes = [...set.nodes.values()].filter((e) => e.node.kind === "outcome").map((e) => e.node.id);
    const h = hint(expect.outcome, outcomes);
    out.push({ message: mt("scnUnknownOutcome", { id: expect.outcome, hint: h }), location: where(["outcome"]) });
  }
  return out;
}

/** The node a scenario starts at: a tree id is that tree's entry, a node id that node; the main entry by default. */
export function startNode(set: TreeSet, id: string | undefined): string | undefined {
  if (id === undefined) return set.main.entry;
  const tree = set.trees.get(id);
  if (tree) return tree.entry;
  return set.nodes.has(id) ? id : undefined;
}

/**
 * Runs one scenario through the engine (runAnswers, the same run as `consult --answers`), strictly: a question
 * on the route without an answer, an answer to a question the route does not ask, an answer not offered, and
 * an `expect` naming a contact or outcome the trees do not have are all failures, each with its line.
 */
export function runScenario(set: TreeSet, scenario: Scenario): ScenarioResult {
  const t0 = performance.now();
  const done = (
    failures: Failure[],
    taken: readonly TakenEdge[],
    landed?: Landed,
    state?: ConsultState,
  ): ScenarioResult => ({
    scenario,
    passed: failures.length === 0,
    failures,
    taken,
    ...(state ? { state } : {}),
    ...(landed ? { landed } : {}),
    ms: performance.now() - t0,
  });
  const expect = scenario.expect;
  const names = expect
    ? checkExpectNames(set, expect, scenario.whereExpect)
    : [{ message: mt("scnNoExpect"), location: scenario.where }];
  const first = startNode(set, scenario.start);
  if (first === undefined)
    return done(
      [...names, { message: mt("scnUnknownStart", { id: scenario.start ?? "" }), location: scenario.where }],
      [],
    );
  const run = runAnswers(set, start(set, first), scenario.answers, scenario.whereAnswer, scenario.blank);
  const failures: Failure[] = [
    ...names,
    ...run.diagnostics.map((d) => ({
      message: d.message,
      ...(d.line ? { location: { file: d.file, line: d.line, ...(d.column ? { column: d.column } : {}) } } : {}),
    })),
  ];
  const taken = takenEdges(set, run.state);
  const pos = position(set, run.state);
  if (!pos.ok || !pos.value.done) return done(failures, taken, undefined, run.state);
  const end = conclude(set, pos.value)!;
  const landed = landedFrom(end.outcome.id, end.urgency, end.advice);
  const misses = compareExpectation(expect ?? {}, landed).map((message) => ({
    message,
    location: scenario.whereExpect([]),
  }));
  return done([...failures, ...misses], taken, landed, run.state);
}

/**
 * The edges a consult took, by the engine's own steps (enter, then advance per answer): asked answers
 * and implied ones, for coverage. Stops where the state stops fitting (it was run by runAnswers first).
 */
export function takenEdges(set: TreeSet, state: ConsultState): TakenEdge[] {
  const out: TakenEdge[] = [];
  const first = enter(set, state.start);
  if (!first.ok) return out;
  let here = first.value;
  for (const a of here.implied) out.push({ node: a.node, label: String(a.answer), implied: true });
  for (const h of state.history) {
    if (here.node.kind === "outcome" || here.node.id !== h.node) break;
    const next = advance(set, here.node, h.answer, here.facts);
    if (!next.ok) break;
    out.push({ node: h.node, label: next.value.edge.label });
    for (const a of next.value.implied) out.push({ node: a.node, label: String(a.answer), implied: true });
    here = next.value;
  }
  return out;
}
