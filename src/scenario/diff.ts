import type { Text } from "../model/text.js";
import type { TreeSet } from "../model/tree-set.js";
import type { Urgency } from "../model/urgency.js";
import { mt } from "../i18n/messages.js";
import { runScenario, type ScenarioResult } from "./run-scenario.js";
import type { Scenario } from "./scenario-file.js";

/** One side of a scenario diff: where the scenario landed on that tree set, or why it did not. */
export interface DiffSide {
  readonly passed: boolean;
  readonly outcome?: string;
  readonly urgency?: Urgency;
  readonly contacts?: readonly string[];
  /** When the run did not reach an outcome: the first reason (a question not answered, an answer no longer offered...). */
  readonly stopped?: Text;
}

/** What changed for one scenario between the old trees and the new. */
export interface ScenarioDiff {
  readonly scenario: Scenario;
  readonly old: DiffSide;
  readonly new: DiffSide;
  /** Empty when nothing changed: outcome, urgency, contacts (and their order), whether it lands, whether it passes. */
  readonly changes: readonly Text[];
}

function side(r: ScenarioResult): DiffSide {
  if (!r.landed) return { passed: r.passed, stopped: r.failures[0]?.message ?? mt("sdiffNoOutcome") };
  return { passed: r.passed, outcome: r.landed.outcome, urgency: r.landed.urgency, contacts: r.landed.contacts };
}

/** The changes between two sides, in a fixed order: landing, outcome, urgency, contacts, order, passing. */
export function sideChanges(a: DiffSide, b: DiffSide): Text[] {
  const out: Text[] = [];
  if (a.contacts && !b.contacts) out.push(mt("sdiffNoLongerLands"));
  if (!a.contacts && b.contacts) out.push(mt("sdiffNowLands"));
  if (a.contacts && b.contacts) {
    if (a.outcome !== b.outcome) out.push(mt("sdiffOutcome", { old: a.outcome!, new: b.outcome! }));
    if (a.urgency !== b.urgency) out.push(mt("sdiffUrgency", { old: a.urgency!, new: b.urgency! }));
    const added = b.contacts.filter((c) => !a.contacts!.includes(c));
    const removed = a.contacts.filter((c) => !b.contacts!.includes(c));
    if (added.length > 0) out.push(mt("sdiffAdded", { contacts: added.join(", ") }));
    if (removed.length > 0) out.push(mt("sdiffRemoved", { contacts: removed.join(", ") }));
    if (added.length === 0 && removed.length === 0 && a.contacts.join(",") !== b.contacts.join(","))
      out.push(mt("sdiffOrder"));
  }
  if (a.passed !== b.passed) out.push(mt(b.passed ? "sdiffNowPasses" : "sdiffNowFails"));
  return out;
}

/**
 * Runs every scenario on both tree sets through the same runner as `scenario run` (runScenario, strict) and
 * says, per scenario, where it landed on each and what changed.
 */
export function diffScenarios(before: TreeSet, after: TreeSet, scenarios: readonly Scenario[]): ScenarioDiff[] {
  return scenarios.map((s) => {
    const a = side(runScenario(before, s));
    const b = side(runScenario(after, s));
    return { scenario: s, old: a, new: b, changes: sideChanges(a, b) };
  });
}
