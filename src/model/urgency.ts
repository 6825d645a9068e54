import { MESSAGES } from "../i18n/messages.js";
import type { Text } from "./text.js";

/**
 * Urgency levels, most urgent first. The order is the contract: the engine,
 * the advice merge and every safety rule compare urgencies by this index.
 */
export const URGENCIES = ["acuut", "spoed", "regulier", "advies"] as const;
export type Urgency = (typeof URGENCIES)[number];

/** Each level in words (the message store's urgencyAcuut, ...). */
export const URGENCY_TEXT: Record<Urgency, Text> = {
  // Not "bel 112": the Centre for Sexual Violence can be advised as acute too (within 72 hours).
  acuut: MESSAGES.urgencyAcuut,
  spoed: MESSAGES.urgencySpoed,
  regulier: MESSAGES.urgencyRegulier,
  advies: MESSAGES.urgencyAdvies,
};

/** Lower rank = more urgent. */
export function urgencyRank(u: Urgency): number {
  return URGENCIES.indexOf(u);
}

export function moreUrgent(a: Urgency, b: Urgency): Urgency {
  return urgencyRank(a) <= urgencyRank(b) ? a : b;
}
