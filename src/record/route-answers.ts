import type { Position } from "../engine/engine.js";
import type { ConsultState } from "../engine/state.js";
import type { Lang } from "../model/text.js";
import { UNKNOWN_ID, type AskingNode } from "../model/tree.js";
import type { TreeSet } from "../model/tree-set.js";
import { m } from "../i18n/messages.js";
import type { RecordStep } from "./consult-record.js";

/**
 * Every answer on the route, given or implied, in order, in words: the one list the record's steps, the
 * terminal's check page and the web page's check page are made of. An implied answer carries why earlier
 * answers imply it (it was never a question on screen).
 */
export function routeAnswers(set: TreeSet, pos: Position, lang: Lang): RecordStep[] {
  return pos.answers.map((a) => {
    const entry = set.nodes.get(a.node)!;
    const node = entry.node as AskingNode;
    return {
      tree: entry.tree.id,
      node: a.node,
      question: node.text[lang],
      answer: a.answer,
      answerText: answerText(node, a.answer, lang),
      ...(a.implied ? { implied: a.implied[lang] } : {}),
    };
  });
}

/**
 * Where in the history the user gave the answer to `step` (the check page's "Wijzig" goes back there);
 * undefined for an implied answer, which follows from the answers the user gave.
 */
export function givenAt(state: ConsultState, step: RecordStep): number | undefined {
  if (step.implied !== undefined) return undefined;
  const at = state.history.findIndex((e) => e.node === step.node);
  return at >= 0 ? at : undefined;
}

/** An answer in words: the answer's label, the ticked items' labels, or "Weet ik niet" (the node's own label for it). */
export function answerText(node: AskingNode, answer: string | readonly string[], lang: Lang): string {
  const unknownText = node.kind !== "info" && node.unknown?.label ? node.unknown.label[lang] : m("unknown", lang);
  if (answer === UNKNOWN_ID) return unknownText;
  if (node.kind === "checklist" && Array.isArray(answer) && answer.includes(UNKNOWN_ID)) {
    const items = answer
      .filter((id) => id !== UNKNOWN_ID)
      .map((id) => node.items.find((i) => i.id === id)?.label[lang] ?? id);
    return [...items, unknownText].join("; ");
  }
  if (node.kind === "question") return node.answers.find((a) => a.id === answer)?.label[lang] ?? String(answer);
  if (node.kind === "checklist" && Array.isArray(answer)) {
    if (answer.length === 0) return m("nothingTicked", lang);
    return answer.map((id) => node.items.find((i) => i.id === id)?.label[lang] ?? id).join("; ");
  }
  return String(answer);
}
