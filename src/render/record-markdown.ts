import { m, mf } from "../i18n/messages.js";
import { URGENCY_TEXT } from "../model/urgency.js";
import type { ConsultRecord } from "../record/consult-record.js";
import { answerNumbers } from "./answers-list.js";

/** The record as Markdown, for people: to print or add to the dossier. */
export function recordToMarkdown(r: ConsultRecord): string {
  const lang = r.lang;
  const out: string[] = [];
  out.push(`# ${m("recordHeading", lang)}`, "");
  if (r.practice) out.push(`**${mf("practiceMark", lang, { start: r.start ?? "" })}**`, "");
  out.push(m("recordIntro", lang), "");
  out.push(`- ${m("date", lang)}: ${readableTime(r.createdAt)}`);
  if (r.reference) out.push(`- ${m("referenceLabel", lang)}: ${r.reference}`);
  if (r.role) out.push(`- ${m("roleLabel", lang)}: ${r.role}`);
  out.push(
    `- ${m("treesUsed", lang)}: ${r.treeSet.trees.map((t) => `${t.id} ${t.version}`).join(", ")}${r.treeSet.region ? ` (${r.treeSet.region})` : ""}`,
  );
  out.push(`- sha256: \`${r.treeSet.hash}\``, "");
  out.push(`## ${m("answersGiven", lang)}`, "");
  // Only the questions on the route: the ones answered numbered, an implied answer marked as implied under the one before it.
  const numbers = answerNumbers(r.steps);
  r.steps.forEach((s, i) => {
    const n = numbers[i];
    if (n !== undefined) {
      out.push(`${n}. ${s.question}  `, `   **${s.answerText}**`);
      return;
    }
    const indent = numbers.slice(0, i).some((x) => x !== undefined) ? "   " : "";
    out.push(
      `${indent}- _${m("impliedRecord", lang)}_ ${s.question}  `,
      `${indent}  **${s.answerText}**  `,
      `${indent}  _${s.implied}_`,
    );
  });
  if (r.facts.length > 0) {
    out.push("", `## ${m("factsHeading", lang)}`, "", ...r.facts.map((f) => `- ${f.description}`));
  }
  out.push("", `## ${m("outcome", lang)}: ${r.outcome.title}`, "");
  if (r.outcome.text) out.push(r.outcome.text, "");
  out.push(`${m("urgency", lang)}: ${URGENCY_TEXT[r.outcome.urgency][lang]}`, "");
  out.push(`## ${m("adviceTitle", lang)}`, "");
  r.advice.forEach((a, i) => {
    out.push(`${i + 1}. **${a.name}** (${URGENCY_TEXT[a.urgency][lang]})`);
    if (a.phone) out.push(`   - ${m("phone", lang)}: ${a.phone}`);
    if (a.web) out.push(`   - ${m("web", lang)}: ${a.web}`);
    if (a.hours) out.push(`   - ${m("hours", lang)}: ${a.hours}`);
    out.push(`   - ${a.does}`);
    if (a.check) out.push(`   - ${a.check}`);
    for (const w of a.why) out.push(`   - ${m("why", lang)}: ${w}`);
  });
  if (r.actions.length > 0) out.push("", `## ${m("doNow", lang)}`, "", ...r.actions.map((a) => `- ${a}`));
  if (r.record.length > 0) out.push("", `## ${m("toRecord", lang)}`, "", ...r.record.map((a) => `- [ ] ${a}`));
  return out.join("\n") + "\n";
}

/** "2026-11-28T14:05:00+01:00" as "2026-11-28 14:05 (UTC+01:00)": the professional's own clock time, with its zone. */
export function readableTime(iso: string): string {
  const t = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})(?::\d{2}(?:\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/.exec(iso);
  if (!t) return iso;
  return `${t[1]} ${t[2]} (UTC${t[3] === "Z" ? "" : t[3]})`;
}
