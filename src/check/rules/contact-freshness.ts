import { monthsBefore } from "../../util/iso-date.js";
import type { Rule } from "../rule.js";

/**
 * Phone numbers and opening hours change; a professional who calls a dead
 * number loses time a child may not have. A contact whose `verified` date is
 * older than `config.maxContactAgeMonths` (default 12, `--max-contact-age`)
 * before `config.today` is a warning. A date after today is an error: it was
 * mistyped, and would hide the contact from this check for years.
 */
export const contactFreshness: Rule = {
  id: "contact-freshness",
  severity: "warning",
  description: { nl: "Contactgegevens zijn recent gecontroleerd.", en: "Contact details were checked recently." },
  check(ctx) {
    const { today, maxContactAgeMonths } = ctx.config;
    const cutoff = monthsBefore(today, maxContactAgeMonths);
    [...ctx.graph.set.contacts.values()].forEach((c, contactIndex) => {
      const place = { contactIndex, path: ["verified"] };
      if (!isRealDate(c.verified)) {
        ctx.report({
          severity: "error",
          place,
          message: { nl: `Contact '${c.id}': '${c.verified}' is geen bestaande datum. Schrijf JJJJ-MM-DD.`, en: `Contact '${c.id}': '${c.verified}' is not a real date. Write YYYY-MM-DD.` },
        });
      } else if (c.verified > today) {
        ctx.report({
          severity: "error",
          place,
          message: {
            nl: `Contact '${c.id}' is gecontroleerd op ${c.verified}, na vandaag (${today}). Verbeter de datum: een datum in de toekomst verbergt verouderde gegevens.`,
            en: `Contact '${c.id}' was verified on ${c.verified}, after today (${today}). Correct the date: a future date hides stale details.`,
          },
        });
      } else if (c.verified < cutoff) {
        ctx.report({
          place,
          message: {
            nl: `De gegevens van contact '${c.id}' rusten op een bron van ${c.verified}, meer dan ${maxContactAgeMonths} maanden geleden. Controleer telefoonnummer, website en openingstijden bij de organisatie en werk 'verified' bij.`,
            en: `The details of contact '${c.id}' rest on a source dated ${c.verified}, more than ${maxContactAgeMonths} months ago. Check phone, website and hours with the organisation and update 'verified'.`,
          },
        });
      }
    });
  },
};

/** YYYY-MM-DD that exists in the calendar (no 2026-02-30). */
function isRealDate(s: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (!m) return false;
  const d = new Date(Date.UTC(+m[1]!, +m[2]! - 1, +m[3]!));
  return d.toISOString().slice(0, 10) === s;
}
