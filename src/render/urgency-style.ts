import type { ChalkInstance } from "chalk";
import type { Lang } from "../model/text.js";
import { URGENCY_TEXT, type Urgency } from "../model/urgency.js";

/*
 * An urgency level's look, apart from the advice screen (advice-text.ts): the consult's notices
 * (notices.ts) say urgent advice between questions, and the advice screen is imported only when
 * the consult reaches it.
 */

export function urgencyBadge(u: Urgency, lang: Lang, style: ChalkInstance): string {
  return byUrgency(u, style)(`[${URGENCY_TEXT[u][lang]}]`);
}

/** The colour of an urgency level: red for acuut, yellow for spoed, cyan for regulier, green for advies. */
export function byUrgency(u: Urgency, style: ChalkInstance): (text: string) => string {
  switch (u) {
    case "acuut":
      return style.red.bold;
    case "spoed":
      return style.yellow.bold;
    case "regulier":
      return style.cyan;
    case "advies":
      return style.green;
  }
}
