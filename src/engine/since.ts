import type { Text } from "../model/text.js";
import type { TreeSet } from "../model/tree-set.js";
import type { CollectedAdvice, PathAnswer, Position } from "./engine.js";

// What one step of a consult brought that a screen says at once, before the next question. The
// terminal consult and the web page both ask these, so they say the same things at the same moments.
// `before` and `after` are positions of one consult, `after` reached from `before` by answering
// (so `after`'s answers and advice start with `before`'s); `before` undefined means from the start.

/** An answer the consult took as given (the question was not asked), with the reason. */
export interface ImpliedAnswer extends PathAnswer {
  readonly implied: Text;
}

/**
 * Answers taken as given since `before`: a question the consult does not ask
 * because an earlier answer settles it is said, so nobody wonders where it went.
 */
export function impliedSince(before: Position | undefined, after: Position): ImpliedAnswer[] {
  return after.answers.slice(before?.answers.length ?? 0).filter((a): a is ImpliedAnswer => a.implied !== undefined);
}

/**
 * Urgent advice (acuut or spoed) given since `before` on an answer or a
 * checklist route: "bel 112" cannot wait for the end of a consult. Advice of
 * an info step is not included (the step shows its own), nor an outcome's
 * (it comes with the final list).
 */
export function urgentSince(set: TreeSet, before: Position | undefined, after: Position): CollectedAdvice[] {
  return after.collected.slice(before?.collected.length ?? 0).filter(({ item, from }) => {
    const kind = set.nodes.get(from)?.node.kind;
    return kind !== "info" && kind !== "outcome" && (item.urgency === "acuut" || item.urgency === "spoed");
  });
}
