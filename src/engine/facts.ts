import type { EndTest, FactTest, Guarded } from "../model/tree.js";

/** The facts of a consult so far. Facts only ever switch on. */
export type Facts = ReadonlySet<string>;

export const NO_FACTS: Facts = new Set<string>();

/** Evaluates a fact test. Pure. */
export function holds(test: FactTest, facts: Facts): boolean {
  if (typeof test === "string") return facts.has(test);
  if ("anyOf" in test) return test.anyOf.some((t) => holds(t, facts));
  if ("allOf" in test) return test.allOf.every((t) => holds(t, facts));
  return !holds(test.not, facts);
}

/** Evaluates a test at the end of a consult, where `advised` names the contacts in the final advice. */
export function holdsAtEnd(test: EndTest, facts: Facts, advised: ReadonlySet<string>): boolean {
  if (typeof test === "string") return facts.has(test);
  if ("advised" in test) return advised.has(test.advised);
  if ("anyOf" in test) return test.anyOf.some((t) => holdsAtEnd(t, facts, advised));
  if ("allOf" in test) return test.allOf.every((t) => holdsAtEnd(t, facts, advised));
  return !holdsAtEnd(test.not, facts, advised);
}

/** `when` holds (or is absent) and `unless` does not hold. */
export function guardHolds(g: Guarded, facts: Facts): boolean {
  return (g.when === undefined || holds(g.when, facts)) && (g.unless === undefined || !holds(g.unless, facts));
}

/** Every fact id a test names. */
export function factsIn(test: FactTest | EndTest): string[] {
  if (typeof test === "string") return [test];
  if ("advised" in test) return [];
  if ("anyOf" in test) return test.anyOf.flatMap(factsIn);
  if ("allOf" in test) return test.allOf.flatMap(factsIn);
  return factsIn(test.not);
}

/** Adds facts, returning the same object when nothing is new (so states can be compared cheaply). */
export function withFacts(facts: Facts, add: readonly string[] | undefined): Facts {
  if (!add || add.every((f) => facts.has(f))) return facts;
  return new Set([...facts, ...add]);
}
