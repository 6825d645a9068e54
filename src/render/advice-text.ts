import type { ChalkInstance } from "chalk";
import { m, mf } from "../i18n/messages.js";
import type { Lang } from "../model/text.js";
import { URGENCY_TEXT } from "../model/urgency.js";
import type { ConsultRecord, RecordAdvice } from "../record/consult-record.js";
import { displayWidth } from "./wrap.js";
import { urgencyBadge } from "./urgency-style.js";

/** What the advice screen shows beside the record. */
export interface AdviceScreenExtras {
  /** The outcome's own text (who tells the parents, a registration, ...). */
  readonly outcomeText?: string;
  /**
   * The most urgent contact has its own action line, so "what to do now"
   * starts with it (conclude() lists contacts' lines most urgent first).
   * Otherwise the first action is to contact that contact.
   */
  readonly topContactHasAction?: boolean;
  /** The terminal's width: each contact's line is kept to it (its reason shortened with "…"). */
  readonly width?: number;
}

/**
 * The final advice as terminal text, most important first, so its top fits
 * a small terminal: one headline (the outcome and the most urgent level of
 * the whole advice) and the one action to take first; then one line per
 * contact (name, phone or web site, when, the first sentence of why), most
 * urgent first; the outcome's own text; every reason in full (the record says each
 * sentence once per contact: record/reasons.ts); the other actions; what to record. A contact's full
 * details are in the record and in `signaalroute contacts`, so they do not
 * push the top away here.
 */
export function renderAdvice(
  record: ConsultRecord,
  lang: Lang,
  style: ChalkInstance,
  extras: AdviceScreenExtras = {},
): string {
  const lines: string[] = [];
  if (record.practice) lines.push("", style.yellow.bold(mf("practiceMark", lang, { start: record.start ?? "" })));
  lines.push(
    "",
    `${style.bold(`${m("adviceTitle", lang)}: ${record.outcome.title}`)}  ${urgencyBadge(record.outcome.urgency, lang, style)}`,
  );
  const first = primaryAction(record, lang, extras);
  if (first) lines.push(record.outcome.urgency === "acuut" ? style.red.bold(first) : style.bold(first));
  lines.push("", style.bold(m("whoHeading", lang)));
  record.advice.forEach((a, i) => {
    const head = `  ${i + 1}. ${[style.bold(a.name), ...(reachOf(a) ? [reachOf(a)] : []), urgencyBadge(a.urgency, lang, style)].join(" · ")}`;
    lines.push(withReason(head, firstSentence(a.why[0] ?? ""), extras.width));
    if (a.check) lines.push(`     ${style.yellow(a.check)}`);
  });
  if (extras.outcomeText) lines.push("", extras.outcomeText);
  lines.push("", style.bold(m("whyHeading", lang)));
  for (const a of record.advice) lines.push(`  - ${a.name}: ${a.why.join(" ")}`);
  const rest = extras.topContactHasAction ? record.actions.slice(1) : record.actions;
  if (rest.length > 0) {
    lines.push("", style.bold(m("doNext", lang)));
    for (const a of rest) lines.push(`  - ${a}`);
  }
  if (record.record.length > 0) {
    lines.push("", style.bold(m("toRecord", lang)));
    for (const r of record.record) lines.push(`  - ${r}`);
  }
  lines.push("", style.dim(m("fullDetails", lang)), "");
  return lines.join("\n");
}

/** How to reach a contact in a few characters: the phone number, else the web site's name. */
function reachOf(a: RecordAdvice): string | undefined {
  if (a.phone) return a.phone;
  if (!a.web) return undefined;
  try {
    return new URL(a.web).host.replace(/^www\./, "");
  } catch {
    return a.web;
  }
}

function firstSentence(text: string): string {
  return /^(.+?[.!?])(\s|$)/.exec(text)?.[1] ?? text;
}

/** "head · reason", the reason cut with "…" so the line fits `width` (left whole when the width is unknown). */
function withReason(head: string, reason: string, width: number | undefined): string {
  if (!reason) return head;
  const line = `${head} · ${reason}`;
  if (width === undefined || displayWidth(line) <= width) return line;
  const room = width - displayWidth(head) - 3 - 1;
  if (room < 12) return head;
  let cut = "";
  for (const ch of reason) {
    if (displayWidth(cut + ch) > room) break;
    cut += ch;
  }
  return `${head} · ${cut.trimEnd()}…`;
}

/** The headline and the one action again, in short: for under an advice taller than the terminal. */
export function renderAdviceSummary(
  record: ConsultRecord,
  lang: Lang,
  style: ChalkInstance,
  extras: AdviceScreenExtras = {},
): string {
  const first = primaryAction(record, lang, extras);
  return (
    [
      `${style.bold(`${m("inShort", lang)}: ${record.outcome.title}`)}  ${urgencyBadge(record.outcome.urgency, lang, style)}`,
      ...(first ? [record.outcome.urgency === "acuut" ? style.red.bold(first) : style.bold(first)] : []),
    ].join("\n") + "\n"
  );
}

/**
 * The one action to take first: the most urgent contact's own action line
 * (the first line of "what to do now"), else to contact it, with how.
 */
export function primaryAction(record: ConsultRecord, lang: Lang, extras: AdviceScreenExtras = {}): string | undefined {
  if (extras.topContactHasAction && record.actions[0]) return `→ ${record.actions[0]}`;
  const c = record.advice[0];
  if (!c) return record.actions[0] ? `→ ${record.actions[0]}` : undefined;
  const reach = c.phone ?? c.web;
  return `→ [${URGENCY_TEXT[c.urgency][lang]}] ${m("contactFirst", lang)} ${c.name}${reach ? ` (${reach})` : ""}.`;
}
