import { verifiedAge } from "../../util/iso-date.js";
import { defineRule } from "../rule.js";

/**
 * Phone numbers and opening hours change; a professional who calls a dead
 * number loses time a child may not have. A contact whose `verified` date is
 * older than `config.maxContactAgeMonths` (default 12, `--max-contact-age`)
 * before `config.today` is a warning. A date after today is an error: it was
 * mistyped, and would hide the contact from this check for years.
 */
export const contactFreshness = defineRule({
  id: "contact-freshness",
  severity: "warning",
  description: { nl: "Contactgegevens zijn recent gecontroleerd.", en: "Contact details were checked recently." },
  messages: {
    "not-a-date": {
      nl: "Contact '{contact}': '{verified}' is geen bestaande datum. Schrijf JJJJ-MM-DD.",
      en: "Contact '{contact}': '{verified}' is not a real date. Write YYYY-MM-DD.",
    },
    future: {
      nl: "Contact '{contact}' is gecontroleerd op {verified}, na vandaag ({today}). Verbeter de datum: een datum in de toekomst verbergt verouderde gegevens.",
      en: "Contact '{contact}' was verified on {verified}, after today ({today}). Correct the date: a future date hides stale details.",
    },
    stale: {
      nl: "De gegevens van contact '{contact}' rusten op een bron van {verified}, meer dan {months} {months:maand|maanden} geleden. Controleer telefoonnummer, website en openingstijden bij de organisatie en werk 'verified' bij.",
      en: "The details of contact '{contact}' rest on a source dated {verified}, more than {months} {months:month|months} ago. Check phone, website and hours with the organisation and update 'verified'.",
    },
  },
  check(ctx) {
    const { today, maxContactAgeMonths } = ctx.config;
    [...ctx.graph.set.contacts.values()].forEach((c, contactIndex) => {
      const place = { contactIndex, path: ["verified"] };
      const data = { contact: c.id, verified: c.verified };
      const age = verifiedAge(c.verified, today, maxContactAgeMonths);
      if (age === "not-a-date") {
        ctx.report({ severity: "error", messageId: "not-a-date", data, place });
      } else if (age === "future") {
        ctx.report({ severity: "error", messageId: "future", data: { ...data, today }, place });
      } else if (age === "stale") {
        ctx.report({ messageId: "stale", data: { ...data, months: maxContactAgeMonths }, place });
      }
    });
  },
});
