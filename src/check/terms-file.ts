import { parse } from "yaml";
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
    return { error: { nl: `Het termenbestand is geen geldige YAML: ${first}`, en: `The terms file is not valid YAML: ${first}` } };
  }
  const list = (data as { terms?: unknown } | null)?.terms;
  if (!Array.isArray(list)) {
    return { error: { nl: "Het termenbestand heeft geen lijst 'terms:'. Zie 'signaalroute validate --help' voor het formaat.", en: "The terms file has no 'terms:' list. See 'signaalroute validate --help' for the format." } };
  }
  const terms: Term[] = [];
  for (const [i, item] of list.entries()) {
    const term = (item as { term?: unknown })?.term;
    const preferred = (item as { preferred?: unknown })?.preferred;
    if (typeof term !== "string" || term.trim() === "" || !isText(preferred) || preferred.nl.trim() === "" || preferred.en.trim() === "") {
      return {
        error: {
          nl: `Termenbestand, item ${i + 1}: verwacht 'term' (tekst) en 'preferred' met 'nl' en 'en'.`,
          en: `Terms file, item ${i + 1}: expected 'term' (text) and 'preferred' with 'nl' and 'en'.`,
        },
      };
    }
    terms.push({ term: term.trim(), preferred });
  }
  return { terms };
}
