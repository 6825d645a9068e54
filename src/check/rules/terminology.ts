import type { Severity } from "../../model/diagnostic.js";
import { defineRule } from "../rule.js";
import { DISCOURAGED_TERMS, termPattern, VICTIM_BLAMING, type Term } from "../terms.js";
import { fieldName, forEachText, ownerName } from "../texts.js";

/**
 * Discouraged terms in any text of the trees and the contacts, with the
 * wording to use instead. Each language of each text is searched for every
 * term (a Dutch word copied into the English text is just as wrong). The
 * built-in list is extended by `config.extraTerms` (`validate --terms FILE`).
 * Victim-blaming phrases are warnings; discouraged terms are errors.
 */
export const terminology = defineRule({
  id: "terminology",
  severity: "error",
  description: {
    nl: "Geen afgeraden termen (zoals 'loverboy'): gebruik de voorkeursformulering.",
    en: "No discouraged terms (such as 'loverboy'): use the preferred wording.",
  },
  messages: {
    discouraged: {
      nl: "Afgeraden term '{term}' in {where} ({field}). Schrijf '{preferred}'.",
      en: "Discouraged term '{term}' in {where} ({field}). Write '{preferred}'.",
    },
    "victim-blaming": {
      nl: "'{term}' in {where} ({field}) legt de schuld bij het kind. Beschrijf wat het kind werd aangedaan, bijvoorbeeld '{preferred}'.",
      en: "'{term}' in {where} ({field}) blames the child. Describe what was done to the child, for example '{preferred}'.",
    },
  },
  check(ctx) {
    const lists: [readonly Term[], Severity][] = [
      [[...DISCOURAGED_TERMS, ...(ctx.config.extraTerms ?? [])], "error"],
      [VICTIM_BLAMING, "warning"],
    ];
    // Texts are many, terms few: compile each pattern once, and run it only on texts that contain
    // the term's first word at all (a plain substring test, far cheaper than the Unicode-aware pattern).
    const entries = lists.flatMap(([terms, severity]) =>
      terms.map((term) => ({
        term,
        severity,
        re: termPattern(term.term),
        first: term.term.trim().toLowerCase().split(/\s+/)[0]!,
      })),
    );
    forEachText(ctx.graph.set, (found) => {
      for (const lang of ["nl", "en"] as const) {
        const lower = found.text[lang].toLowerCase();
        for (const { term, severity, re, first } of entries) {
          if (!lower.includes(first)) continue;
          const hit = re.exec(found.text[lang]);
          if (!hit) continue;
          const where = ownerName(found);
          const field = `${fieldName(found.place.path)}.${lang}`;
          ctx.report({
            severity,
            messageId: severity === "error" ? "discouraged" : "victim-blaming",
            data: { term: hit[0], where, field, preferred: term.preferred },
            place: { ...found.place, path: [...found.place.path, lang] },
          });
        }
      }
    });
  },
});
