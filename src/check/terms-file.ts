import { MESSAGES, mt } from "../i18n/messages.js";
import type { Diagnostic } from "../model/diagnostic.js";
import type { Text } from "../model/text.js";
import type { Locator } from "../model/tree-set.js";
import { isText } from "./texts.js";
import type { Term } from "./terms.js";

/**
 * The maintainer's own discouraged terms, for `validate --terms FILE`:
 *
 * ```yaml
 * terms:
 *   - term: jeugdbende
 *     preferred: { nl: "groep jongeren die crimineel wordt uitgebuit", en: "group of young people being criminally exploited" }
 * ```
 *
 * `term` is a word or phrase, matched case-insensitively as whole words in
 * both languages; `preferred` is what to write instead, in both languages.
 * Pure: the caller reads and parses the file (src/load/yaml-file.ts, which reports YAML errors with
 * file:line:col) and passes its data and locator. Returns the terms, or the first problem with its place.
 */
export function termsFromYaml(
  data: unknown,
  locate: Locator,
): { readonly terms: readonly Term[] } | { readonly problem: Diagnostic } {
  const problem = (path: readonly (string | number)[], message: Text) => ({
    problem: { ...locate(path), ruleId: "terms-file", severity: "error" as const, message },
  });
  const list = (data as { terms?: unknown } | null)?.terms;
  if (!Array.isArray(list)) {
    return problem(list === undefined ? [] : ["terms"], MESSAGES.termsNoList);
  }
  const terms: Term[] = [];
  for (const [i, item] of list.entries()) {
    const term = (item as { term?: unknown })?.term;
    const preferred = (item as { preferred?: unknown })?.preferred;
    if (
      typeof term !== "string" ||
      term.trim() === "" ||
      !isText(preferred) ||
      preferred.nl.trim() === "" ||
      preferred.en.trim() === ""
    ) {
      return problem(["terms", i], mt("termsBadItem", { n: i + 1 }));
    }
    terms.push({ term: term.trim(), preferred });
  }
  return { terms };
}
