import type { Lang } from "../model/text.js";
import type { ConsultRecord } from "../record/consult-record.js";

/** Replaying a saved record: say whether today's trees give the same advice as then. */
export function compareWithEarlier(then: ConsultRecord, now: ConsultRecord, lang: Lang): string {
  const sameTrees = then.treeSet.hash === now.treeSet.hash;
  const list = (r: ConsultRecord) => r.advice.map((a) => `${a.contact} (${a.urgency})`).join(", ");
  const sameAdvice = then.outcome.node === now.outcome.node && list(then) === list(now);
  const lines: string[] = [];
  if (sameTrees) lines.push(lang === "nl" ? "Zelfde beslisbomen als in het verslag." : "Same decision trees as in the record.");
  else lines.push(lang === "nl" ? `De beslisbomen zijn veranderd sinds het verslag van ${then.createdAt}.` : `The decision trees changed since the record of ${then.createdAt}.`);
  if (sameAdvice) lines.push(lang === "nl" ? "Het advies is hetzelfde gebleven." : "The advice is unchanged.");
  else {
    lines.push(lang === "nl" ? "LET OP: het advies is nu anders." : "NOTE: the advice is different now.");
    lines.push(`  ${lang === "nl" ? "toen" : "then"}: ${then.outcome.node}: ${list(then)}`);
    lines.push(`  ${lang === "nl" ? "nu" : "now"}:  ${now.outcome.node}: ${list(now)}`);
  }
  return lines.join("\n") + "\n";
}
