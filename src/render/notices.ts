import type { ChalkInstance } from "chalk";
import type { Position } from "../engine/engine.js";
import { impliedSince, urgentSince } from "../engine/since.js";
import { m } from "../i18n/messages.js";
import type { Lang } from "../model/text.js";
import type { AskingNode } from "../model/tree.js";
import type { TreeSet } from "../model/tree-set.js";
import { URGENCY_TEXT, type Urgency } from "../model/urgency.js";
import { answerText } from "../record/route-answers.js";
import { byUrgency } from "./urgency-style.js";

/**
 * What a screen says between questions, in words: an answer taken as given (the question was not asked),
 * urgent advice a step brought, an answer kept after a change on the check page. The terminal consult and
 * the web page draw these, each in its own way, from the same content: so they say the same things.
 */
export type NoticeContent =
  | {
      /** An answer earlier answers imply: the question, the answer taken, and why. */
      readonly kind: "implied";
      /** "↳ Afgeleid uit uw antwoorden:" */
      readonly label: string;
      readonly question: string;
      readonly answer: string;
      readonly reason: string;
    }
  | {
      /** After "Wijzig": an earlier answer given again where the changed route asks the same question. */
      readonly kind: "kept";
      /** "(bewaard)" */
      readonly label: string;
      readonly question: string;
      readonly answer: string;
    }
  | {
      /** Advice that cannot wait for the end (acuut: "bel 112"; spoed: today). */
      readonly kind: "acute" | "urgent";
      readonly urgency: Urgency;
      /** "[Acuut: nu]", "[Spoed: vandaag]" */
      readonly label: string;
      readonly contact: string;
      readonly reason: string;
    }
  | {
      /** A plain line from the page or the consult itself ("Alles is gewist."). */
      readonly kind: "info" | "acute";
      readonly text: string;
    };

/**
 * What one step brought that is said at once, in order: answers taken as given since `before`, then
 * urgent advice given since `before` (the engine's impliedSince and urgentSince). `before` undefined:
 * from the start (a new or resumed consult), where only the implied answers are said; urgent advice
 * given before the first question on screen was said when it was given.
 */
export function stepNotices(set: TreeSet, before: Position | undefined, after: Position, lang: Lang): NoticeContent[] {
  const implied = impliedSince(before, after).map((a): NoticeContent => {
    const node = set.nodes.get(a.node)!.node as AskingNode;
    return impliedNotice(node.text[lang], answerText(node, a.answer, lang), a.implied[lang], lang);
  });
  if (before === undefined) return implied;
  const urgent = urgentSince(set, before, after).map(({ item }): NoticeContent => {
    const contact = set.contacts.get(item.contact)?.name[lang] ?? item.contact;
    return {
      kind: item.urgency === "acuut" ? "acute" : "urgent",
      urgency: item.urgency,
      label: `[${URGENCY_TEXT[item.urgency][lang]}]`,
      contact,
      reason: item.why[lang],
    };
  });
  return [...implied, ...urgent];
}

export function impliedNotice(question: string, answer: string, reason: string, lang: Lang): NoticeContent {
  return { kind: "implied", label: m("impliedLabel", lang), question, answer, reason };
}

export function keptNotice(question: string, answer: string, lang: Lang): NoticeContent {
  return { kind: "kept", label: m("keptMark", lang), question, answer };
}

/** The notice as one line of plain text: for a screen reader's live region, and for tests. */
export function noticeText(n: NoticeContent): string {
  if ("text" in n) return n.text;
  switch (n.kind) {
    case "implied":
      return `${n.label} ${n.question} ${n.answer}. ${n.reason}`;
    case "kept":
      return `${n.label} ${n.question} ${n.answer}`;
    default:
      return `${n.label} ${n.contact}: ${n.reason}`;
  }
}

/**
 * The notice for the terminal: an implied answer as the question (marked), the answer in bold and the
 * reason dimmed under it; a kept answer on one line; urgent advice with its coloured badge, acute in red.
 */
export function renderNotice(n: NoticeContent, style: ChalkInstance): string {
  if ("text" in n) return n.kind === "acute" ? style.red.bold(n.text) : n.text;
  switch (n.kind) {
    case "implied":
      return `${style.cyan(`${n.label} ${n.question}`)} ${style.bold(n.answer)}\n  ${style.dim(n.reason)}`;
    case "kept":
      return style.cyan(`${n.label} ${n.question} ${n.answer}`);
    default: {
      const line = `${byUrgency(n.urgency, style)(n.label)} ${n.contact}: ${n.reason}`;
      return n.kind === "acute" ? style.red.bold(line) : line;
    }
  }
}
