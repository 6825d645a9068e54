import { parse } from "yaml";
import { MESSAGES, mt } from "../i18n/messages.js";
import type { Text } from "../model/text.js";
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
 * Pure: the caller reads the file. Returns the terms or one message.
 */
export function parseTermsFile(text: string): { readonly terms: readonly Term[] } | { readonly error: Text } {
  let data: unknown;
  try {
    data = parse(text, { maxAliasCount: 50 });
  } catch (e) {
    const first = String((e as Error).message).split("\n")[0];
    return { error: mt("termsNotYaml", { reason: String(first) }) };
  }
  const list = (data as { terms?: unknown } | null)?.terms;
  if (!Array.isArray(list)) {
    return { error: MESSAGES.termsNoList };
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
      return { error: mt("termsBadItem", { n: i + 1 }) };
    }
    terms.push({ term: term.trim(), preferred });
  }
  return { terms };
}
