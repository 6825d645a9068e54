import type { Text } from "./text.js";

/**
 * Urgency levels, most urgent first. The order is the contract: the engine,
 * the advice merge and every safety rule compare urgencies by this index.
 */
export const URGENCIES = ["acuut", "spoed", "regulier", "advies"] as const;
export type Urgency = (typeof URGENCIES)[number];

export const URGENCY_TEXT: Record<Urgency, Text> = {
  // Not "bel 112": the Centre for Sexual Violence can be advised as acute too (within 72 hours).
  acuut: { nl: "Acuut: nu", en: "Acute: now" },
  spoed: { nl: "Spoed: vandaag", en: "Urgent: today" },
  regulier: { nl: "Regulier: binnen enkele dagen", en: "Regular: within days" },
  advies: { nl: "Advies: wanneer het u uitkomt", en: "Advice: when convenient" },
};

/** Lower rank = more urgent. */
export function urgencyRank(u: Urgency): number {
  return URGENCIES.indexOf(u);
}

export function moreUrgent(a: Urgency, b: Urgency): Urgency {
  return urgencyRank(a) <= urgencyRank(b) ? a : b;
}
