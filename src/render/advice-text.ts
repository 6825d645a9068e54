import type { ChalkInstance } from "chalk";
import { m } from "../i18n/messages.js";
import type { Lang } from "../model/text.js";
import { URGENCY_TEXT, type Urgency } from "../model/urgency.js";
import type { ConsultRecord } from "../record/consult-record.js";

/** The final advice as terminal text: contacts most urgent first, then what to do and what to record. */
export function renderAdvice(record: ConsultRecord, lang: Lang, style: ChalkInstance): string {
  const lines: string[] = [];
  lines.push("", style.bold(`${m("adviceTitle", lang)}: ${record.outcome.title}`), "");
  record.advice.forEach((a, i) => {
    lines.push(`${style.bold(`${i + 1}. ${a.name}`)}  ${urgencyBadge(a.urgency, lang, style)}`);
    if (a.phone) lines.push(`   ${m("phone", lang)}: ${style.bold(a.phone)}`);
    if (a.web) lines.push(`   ${m("web", lang)}: ${a.web}`);
    if (a.hours) lines.push(`   ${m("hours", lang)}: ${a.hours}`);
    lines.push(`   ${a.does}`);
    if (a.check) lines.push(`   ${style.yellow(a.check)}`);
    for (const w of a.why) lines.push(`   ${m("why", lang)}: ${w}`);
    lines.push("");
  });
  if (record.actions.length > 0) {
    lines.push(style.bold(m("doNow", lang)));
    for (const a of record.actions) lines.push(`  - ${a}`);
    lines.push("");
  }
  if (record.record.length > 0) {
    lines.push(style.bold(m("toRecord", lang)));
    for (const r of record.record) lines.push(`  - ${r}`);
    lines.push("");
  }
  return lines.join("\n");
}

export function urgencyBadge(u: Urgency, lang: Lang, style: ChalkInstance): string {
  const text = `[${URGENCY_TEXT[u][lang]}]`;
  switch (u) {
    case "acuut":
      return style.red.bold(text);
    case "spoed":
      return style.yellow.bold(text);
    case "regulier":
      return style.cyan(text);
    case "advies":
      return style.green(text);
  }
}
