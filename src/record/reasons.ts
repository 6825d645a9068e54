import type { Lang } from "../model/text.js";

/**
 * A contact's reasons with each reason said once. Routes that advise the same
 * contact twice often give reasons that share a sentence ("De
 * zorgcoördinator mensenhandel is het eerste aanspreekpunt ..." after both
 * the sexual and the criminal signals): a sentence an earlier reason of the
 * same contact already gave is left out, and a reason with nothing new left
 * is dropped. Sentences are found with Intl.Segmenter (the runtime's own
 * sentence breaking, which knows "0800-2000 (dag en nacht)." and "bijv.");
 * two sentences are the same when they match apart from spacing.
 */
export function distinctReasons(reasons: readonly string[], lang: Lang): string[] {
  const segmenter = new Intl.Segmenter(lang, { granularity: "sentence" });
  const said = new Set<string>();
  const out: string[] = [];
  for (const reason of reasons) {
    const kept: string[] = [];
    for (const { segment } of segmenter.segment(reason)) {
      const sentence = segment.trim();
      const key = sentence.replace(/\s+/g, " ");
      if (key === "" || said.has(key)) continue;
      said.add(key);
      kept.push(sentence);
    }
    if (kept.length > 0) out.push(kept.join(" "));
  }
  return out;
}
