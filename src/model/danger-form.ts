import { MESSAGES } from "../i18n/messages.js";
import type { DangerNode, DangerRoute, QuestionNode } from "./tree.js";

/** The answer ids of the danger form: the same in every tree, in answers files and records. */
export const DANGER_YES = "ja";
export const DANGER_NO = "nee";

/**
 * Expands the danger form into the ordinary question the engine steps through: the question, help,
 * answer ids and labels are the tool's own; only `next`, `advice` and `sets` come from the tree.
 * "ja" is the one acute answer; "weet ik niet" is always offered and stands for "ja" (cautious-unknown).
 */
export function expandDanger(node: DangerNode & { readonly id: string }): QuestionNode {
  const route = (r: DangerRoute) => ({
    next: r.next,
    ...(r.advice ? { advice: r.advice } : {}),
    ...(r.sets ? { sets: r.sets } : {}),
  });
  return {
    kind: "question",
    id: node.id,
    asks: "acute-danger",
    ...(node.progress ? { progress: node.progress } : {}),
    ...(node.sources ? { sources: node.sources } : {}),
    ...(node.sets ? { sets: node.sets } : {}),
    text: MESSAGES.dangerQuestion,
    help: MESSAGES.dangerHelp,
    answers: [
      { id: DANGER_YES, label: MESSAGES.dangerYes, acute: true, ...route(node.ja) },
      { id: DANGER_NO, label: MESSAGES.dangerNo, ...route(node.nee) },
    ],
    // "Weet ik niet" here means "there may be danger": it stands for "ja", and must be as cautious.
    unknown: { label: MESSAGES.dangerUnknown, standsFor: [DANGER_YES], ...route(node.unknown) },
  };
}

/**
 * True when a question is the danger form exactly as the tool writes it: its text and answers are the
 * tool's, "ja" is acute, "nee" is not, and "weet ik niet" is offered. A question written by hand with
 * `asks: acute-danger` (only possible outside a tree file) is not the form.
 */
export function isDangerForm(node: QuestionNode): boolean {
  const same = (a: { nl: string; en: string } | undefined, b: { nl: string; en: string }) =>
    a !== undefined && a.nl === b.nl && a.en === b.en;
  const [yes, no, ...rest] = node.answers;
  return (
    node.asks === "acute-danger" &&
    same(node.text, MESSAGES.dangerQuestion) &&
    rest.length === 0 &&
    yes?.id === DANGER_YES &&
    yes.acute === true &&
    same(yes.label, MESSAGES.dangerYes) &&
    no?.id === DANGER_NO &&
    no.acute !== true &&
    same(no.label, MESSAGES.dangerNo) &&
    node.unknown !== undefined &&
    same(node.unknown.label, MESSAGES.dangerUnknown) &&
    node.unknown.standsFor?.length === 1 &&
    node.unknown.standsFor[0] === DANGER_YES &&
    node.implied === undefined
  );
}
