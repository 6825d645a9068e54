import { m, mf } from "../i18n/messages.js";
import type { Lang } from "../model/text.js";
import { localIso } from "../record/build-record.js";
import type { DraftEntry } from "./draft-store.js";

/** A draft in one line: when it started and was saved (local time), how far it got; nothing the user typed. */
export function draftLine(d: DraftEntry, lang: Lang): string {
  const parts: string[] = [];
  if (d.draft) {
    const p = d.draft.progress;
    const progress = !p
      ? mf("draftProgress", lang, { n: d.draft.state.history.length + 1 })
      : p.done
        ? m("draftProgressDone", lang)
        : p.asked === 0
          ? m("draftProgressNone", lang)
          : p.answers.length > 0
            ? mf("draftProgressAnswers", lang, {
                n: p.asked + 1,
                answers: p.answers.map((a) => clean(a[lang])).join("; ") + (p.asked > p.answers.length ? "; …" : ""),
              })
            : mf("draftProgress", lang, { n: p.asked + 1 });
    parts.push(
      mf("draftLine", lang, { created: shortTime(d.draft.createdAt), saved: shortTime(d.draft.savedAt), progress }),
    );
    if (d.draft.practice) parts.push(m("draftPractice", lang));
  }
  if (d.running)
    parts.push(
      d.running.otherHost
        ? mf("draftRunningOtherHost", lang, { host: clean(d.running.otherHost), pid: d.running.pid })
        : mf("draftRunningElsewhere", lang, { pid: d.running.pid }),
    );
  return parts.join(" · ");
}

/** Local time as `2026-11-28 14:05`, from a saved timestamp (which carries its zone). */
export function shortTime(iso: string): string {
  const t = new Date(iso);
  if (Number.isNaN(t.getTime())) return "?";
  return localIso(t).slice(0, 16).replace("T", " ");
}

/** Texts from a file on disk reach the terminal without control characters (a tampered draft must not drive it). */
export function clean(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2066-\u2069]/g, "").slice(0, 120);
}
