import type { Text } from "../model/text.js";
import type { TreeSet } from "../model/tree-set.js";
import type { CollectedAdvice, PathAnswer, Position } from "./engine.js";
import type { AnswerValue, ConsultState } from "./state.js";

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

/**
 * "Change answer `at`": the answers after it, to give again where the changed route still asks the
 * same question. Info steps are left out: after a changed answer an info step is always shown again,
 * because its text and its guarded urgent lines ("bel 112") may differ on the new route. The terminal
 * consult and the web page both call this, so neither can skip such a step.
 */
export function answersToKeep(set: TreeSet, state: ConsultState, at: number): Map<string, AnswerValue> {
  return new Map(
    state.history
      .slice(at + 1)
      .filter((e) => set.nodes.get(e.node)?.node.kind !== "info")
      .map((e) => [e.node, e.answer] as const),
  );
}
