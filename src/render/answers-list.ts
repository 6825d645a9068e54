import type { ChalkInstance } from "chalk";
import { m } from "../i18n/messages.js";
import type { Lang } from "../model/text.js";
import type { RecordStep } from "../record/consult-record.js";

/** One answer on the route as the check page and the record list it (record/route-answers.ts makes them). */
export type RouteAnswer = Pick<RecordStep, "question" | "answerText" | "implied">;

/**
 * The number each answer is listed under: the questions the user answered
 * count 1, 2, 3, ...; an implied answer has none (it is listed, marked as
 * implied, under the answer before it). The check page's "Wijzig 3." names
 * the same numbers.
 */
export function answerNumbers(list: readonly RouteAnswer[]): (number | undefined)[] {
  let n = 0;
  return list.map((a) => (a.implied === undefined ? ++n : undefined));
}

/**
 * The check-your-answers list: only the questions on the route, in order.
 * A question the user answered is numbered, its answer under it; an answer
 * implied by earlier ones is marked as implied, with its reason, indented
 * under the answer before it (it was never a question on screen).
 */
export function renderAnswerList(list: readonly RouteAnswer[], lang: Lang, style: ChalkInstance): string {
  const numbers = answerNumbers(list);
  const lines: string[] = [];
  list.forEach((a, i) => {
    const n = numbers[i];
    if (n !== undefined) {
      lines.push(`  ${n}. ${a.question}`, `     ${style.bold(a.answerText)}`);
      return;
    }
    // Under a numbered answer, or at the top when the route starts with one (a practice start).
    const indent = numbers.slice(0, i).some((x) => x !== undefined) ? "     " : "  ";
    lines.push(
      style.cyan(`${indent}${m("impliedLabel", lang)} ${a.question}`),
      `${indent}  ${style.bold(a.answerText)}`,
      style.dim(`${indent}  ${a.implied}`),
    );
  });
  return lines.join("\n");
}
