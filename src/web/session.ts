import { questionsToGo, questionsToGoIgnoringFacts, type QuestionsToGo } from "../analysis/progress.js";
import { back, position, start, step, type Position } from "../engine/engine.js";
import { answersToKeep } from "../engine/since.js";
import type { AnswerValue, ConsultState } from "../engine/state.js";
import { m, mt } from "../i18n/messages.js";
import type { Lang, Text } from "../model/text.js";
import type { AskingNode } from "../model/tree.js";
import type { TreeSet } from "../model/tree-set.js";
import { answerText, givenAt, routeAnswers } from "../record/route-answers.js";
import type { RecordStep } from "../record/consult-record.js";
import { identifyingKind } from "../record/identifying.js";
import { keptNotice, stepNotices, type NoticeContent } from "../render/notices.js";

/**
 * The web page's state, as plain JSON (kept in sessionStorage and in the
 * browser's history entries). Every step goes through the engine: this module
 * only decides which page shows, like src/consult/interactive.ts does for the
 * terminal.
 */
export type View = "question" | "review" | "advice";

export interface WebState {
  readonly consult: ConsultState;
  readonly view: View;
  readonly lang: Lang;
  /** While an answer is changed from the check page: the later answers, given again where the new route asks the same question. */
  readonly kept?: Readonly<Record<string, AnswerValue>>;
  /** What to say above the next page: answers taken as given, urgent advice, answers kept. */
  readonly notices: readonly Notice[];
}

/** A notice in both languages (render/notices.ts makes the content, as for the terminal), so a language switch keeps it. */
export interface Notice {
  readonly nl: NoticeContent;
  readonly en: NoticeContent;
}

/** A plain line of the page's own ("Alles is gewist."), or a refusal shown as acute. */
export function plainNotice(kind: "info" | "acute", text: Text): Notice {
  return { nl: { kind, text: text.nl }, en: { kind, text: text.en } };
}

export type Outcome = { readonly ok: true; readonly state: WebState } | { readonly ok: false; readonly error: Text };

export function initial(set: TreeSet, lang: Lang): WebState {
  const consult = start(set);
  const pos = position(set, consult);
  return {
    consult,
    view: pos.ok && pos.value.done ? "review" : "question",
    lang,
    notices: pos.ok ? noticesBetween(set, undefined, pos.value) : [],
  };
}

/** Where the consult stands; the state is only ever made by the engine, so a failure is a bug or a tampered store. */
export function where(set: TreeSet, s: WebState): Position {
  const pos = position(set, s.consult);
  if (!pos.ok) throw new Error(pos.error.message.en);
  return pos.value;
}

/**
 * Answers the question on screen through the engine. When the consult is
 * done the check-your-answers page follows. While an answer is being
 * changed, later answers the new route asks again are given again (and
 * said), as on the command line.
 */
export function answer(set: TreeSet, s: WebState, value: AnswerValue): Outcome {
  if (s.view !== "question") return { ok: false, error: mt("webNoQuestionOpen") };
  let before = where(set, s);
  const first = step(set, s.consult, value, before);
  if (!first.ok) return { ok: false, error: first.error.message };
  let consult = first.value.state;
  let pos = first.value.position;
  const notices: Notice[] = [...noticesBetween(set, before, pos)];
  const kept = { ...(s.kept ?? {}) };
  for (;;) {
    if (pos.done) break;
    const node = pos.node as AskingNode;
    if (!Object.hasOwn(kept, node.id)) break;
    const again = kept[node.id]!;
    delete kept[node.id];
    const next = step(set, consult, again, pos);
    if (!next.ok) break;
    notices.push({
      nl: keptNotice(node.text.nl, answerText(node, again, "nl"), "nl"),
      en: keptNotice(node.text.en, answerText(node, again, "en"), "en"),
    });
    before = pos;
    consult = next.value.state;
    pos = next.value.position;
    notices.push(...noticesBetween(set, before, pos));
  }
  const stillKept = Object.keys(kept).length > 0 && !pos.done ? { kept } : {};
  return { ok: true, state: { consult, view: pos.done ? "review" : "question", lang: s.lang, notices, ...stillKept } };
}

/** What was ticked at the checklist on screen and not yet given: remembered on the way back, not an answer. */
export interface LeftTicks {
  readonly node: string;
  readonly answer: readonly string[];
}

/**
 * The page's own back button (and the browser's, through `restore`): one page back. `left`: the unsent
 * ticks of the checklist on screen, remembered (engine `back`) so the list opens with them ticked on the
 * way back, as in the terminal.
 */
export function goBack(s: WebState, left?: LeftTicks): WebState {
  const base = { lang: s.lang, notices: [] as Notice[] };
  if (s.view === "advice") return { ...base, consult: s.consult, view: "review" };
  if (s.consult.history.length === 0) return { ...s, notices: [] };
  return { ...base, consult: back(s.consult, unsent(s, left)), view: "question" };
}

/**
 * The unsent ticks, when the page is at that checklist: also none at all, so that ticks remembered before and
 * taken away on screen do not come back.
 */
function unsent(s: WebState, left: LeftTicks | undefined): { node: string; answer: string[] } | undefined {
  return left && s.view === "question" ? { node: left.node, answer: [...left.answer] } : undefined;
}

export function canGoBack(s: WebState): boolean {
  return s.view !== "question" || s.consult.history.length > 0;
}

/** "Ja, toon het advies" on the check page. */
export function confirm(set: TreeSet, s: WebState): WebState {
  return where(set, s).done ? { consult: s.consult, view: "advice", lang: s.lang, notices: [] } : s;
}

/**
 * "Wijzig" on the check page for the answer at `at` in the history: back to
 * that question with the engine's `back` (which remembers each answer it
 * passes), the later answers kept to give again where the route still asks them.
 */
export function change(set: TreeSet, s: WebState, at: number): WebState {
  if (!Number.isInteger(at) || at < 0 || at >= s.consult.history.length) return s;
  // Info steps are not kept (answersToKeep): their text and urgent lines are shown again, as in the terminal.
  const kept = Object.fromEntries(answersToKeep(set, s.consult, at));
  let consult = s.consult;
  while (consult.history.length > at) consult = back(consult);
  return {
    consult,
    view: "question",
    lang: s.lang,
    kept,
    notices: [
      plainNotice(
        "info",
        both((l) => m("reviewChanging", l)),
      ),
    ],
  };
}

export function withLang(s: WebState, lang: Lang): WebState {
  return { ...s, lang };
}

/**
 * The browser's back or forward button brought an earlier page's state. Going
 * back over answers goes through the engine's `back`, so the answers passed
 * are remembered as on the page's own back button; anything else (forward)
 * is the saved state itself, checked like a stored one.
 */
export function restore(set: TreeSet, current: WebState, target: unknown, left?: LeftTicks): WebState | undefined {
  const t = trusted(set, target);
  if (!t) return undefined;
  const h = current.consult.history;
  const th = t.consult.history;
  const isPrefix =
    th.length <= h.length &&
    th.every((e, i) => e.node === h[i]!.node && JSON.stringify(e.answer) === JSON.stringify(h[i]!.answer));
  if (!isPrefix || t.consult.start !== current.consult.start) return { ...t, lang: current.lang, notices: [] };
  let consult = current.consult;
  // The first step back leaves the page on screen: its unsent ticks are remembered, as on the page's own button.
  if (consult.history.length > th.length) consult = back(consult, unsent(current, left));
  while (consult.history.length > th.length) consult = back(consult);
  return { ...t, consult, lang: current.lang, notices: [] };
}

/**
 * A state read back from sessionStorage or a history entry, accepted only
 * when it starts at the main tree's entry (the danger question) and every
 * answer replays through the engine; otherwise undefined.
 */
export function trusted(set: TreeSet, raw: unknown): WebState | undefined {
  if (typeof raw !== "object" || raw === null) return undefined;
  const r = raw as Partial<WebState>;
  const c = r.consult as Partial<ConsultState> | undefined;
  if (
    !c ||
    c.start !== set.main.entry ||
    !Array.isArray(c.history) ||
    typeof c.remembered !== "object" ||
    c.remembered === null ||
    Array.isArray(c.remembered)
  )
    return undefined;
  if (r.view !== "question" && r.view !== "review" && r.view !== "advice") return undefined;
  const lang: Lang = r.lang === "en" ? "en" : "nl";
  const consult: ConsultState = { start: c.start, history: c.history, remembered: sanitizeRemembered(c.remembered) };
  const pos = position(set, consult);
  if (!pos.ok) return undefined;
  // The advice and the check page exist only for a finished consult; a question only for an unfinished one.
  if ((r.view === "question") === pos.value.done) return undefined;
  const kept =
    r.kept && typeof r.kept === "object" && !Array.isArray(r.kept) ? { kept: sanitizeRemembered(r.kept) } : {};
  const notices = Array.isArray(r.notices) ? r.notices.filter(isNotice) : [];
  return { consult, view: r.view, lang, notices, ...kept };
}

/** "Uw kenmerk" and "uw functie": optional, never identifying, kept with the answers so a reload keeps them. */
export interface RecordFields {
  readonly reference: string;
  readonly role: string;
}

export const NO_FIELDS: RecordFields = { reference: "", role: "" };

/**
 * The record fields read back from sessionStorage: each kept only when it is
 * a string the page itself would have taken (not identifying, not too long);
 * anything else is dropped, never shown or put into a record.
 */
export function trustedFields(raw: unknown): RecordFields {
  if (typeof raw !== "object" || raw === null) return NO_FIELDS;
  const r = raw as Partial<Record<keyof RecordFields, unknown>>;
  const one = (v: unknown): string =>
    typeof v === "string" && v === v.trim() && (v === "" || identifyingKind(v) === undefined) ? v : "";
  return { reference: one(r.reference), role: one(r.role) };
}

function sanitizeRemembered(raw: object): Record<string, AnswerValue> {
  const out: Record<string, AnswerValue> = {};
  for (const [k, v] of Object.entries(raw)) {
    if (typeof v === "string" || (Array.isArray(v) && v.every((x) => typeof x === "string"))) out[k] = v as AnswerValue;
  }
  return out;
}

function isNotice(n: unknown): n is Notice {
  if (typeof n !== "object" || n === null) return false;
  const x = n as Partial<Record<Lang, unknown>>;
  return isNoticeContent(x.nl) && isNoticeContent(x.en);
}

/** A notice's content read back from storage: every field a string, of a kind the page draws. */
function isNoticeContent(c: unknown): c is NoticeContent {
  if (typeof c !== "object" || c === null) return false;
  const x = c as Record<string, unknown>;
  const strings = (...keys: string[]) => keys.every((k) => typeof x[k] === "string");
  if ("text" in x) return (x.kind === "info" || x.kind === "acute") && strings("text");
  if (x.kind === "implied") return strings("label", "question", "answer", "reason");
  if (x.kind === "kept") return strings("label", "question", "answer");
  if (x.kind === "acute" || x.kind === "urgent")
    return strings("label", "contact", "reason") && ["acuut", "spoed"].includes(String(x.urgency));
  return false;
}

/** The remembered answer at this question, if the user went back past it (shown as "chosen earlier", never taken by itself). */
export function earlierAnswer(s: WebState, nodeId: string): AnswerValue | undefined {
  return Object.hasOwn(s.consult.remembered, nodeId) ? s.consult.remembered[nodeId] : undefined;
}

/** One answer on the check page: as the record lists it, with its index in the history (for "Wijzig") when the user gave it. */
export type ReviewLine = RecordStep & { readonly at?: number };

export function reviewLines(set: TreeSet, s: WebState, lang: Lang): ReviewLine[] {
  return routeAnswers(set, where(set, s), lang).map((a) => {
    const at = givenAt(s.consult, a);
    return at === undefined ? a : { ...a, at };
  });
}

/** The honest estimate of questions to come, as on the command line: exact when found within a small budget, else the bound without facts. */
export function estimate(set: TreeSet, pos: Position, budget = 400): QuestionsToGo | undefined {
  if (pos.done) return undefined;
  return questionsToGo(set, pos.node.id, pos.facts, budget) ?? questionsToGoIgnoringFacts(set, pos.node.id);
}

/** What a step brought that is said at once, in both languages: the same content the terminal consult says (render/notices.ts). */
function noticesBetween(set: TreeSet, before: Position | undefined, after: Position): Notice[] {
  const nl = stepNotices(set, before, after, "nl");
  const en = stepNotices(set, before, after, "en");
  return nl.map((n, i) => ({ nl: n, en: en[i]! }));
}

function both(f: (lang: Lang) => string): Text {
  return { nl: f("nl"), en: f("en") };
}
