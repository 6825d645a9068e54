import type { Text } from "../../model/text.js";
import type { TreeNode } from "../../model/tree.js";
import { defineRule } from "../rule.js";

/**
 * A consult routes a worry; it must never collect who the child is. A
 * question, checklist, answer or item text that asks for the child's name,
 * address, date of birth or BSN is flagged.
 *
 * Two strengths, to keep false positives down:
 * - identifiers that have no innocent use in a routing question (BSN,
 *   burgerservicenummer, geboortedatum, date of birth, ...) and direct
 *   questions such as "hoe heet het kind" or "waar woont de jongere" are
 *   flagged wherever they appear in such a text;
 * - "naam"/"adres"/"name"/"address" are flagged only when the text asks for
 *   something (a question mark or a request verb such as "noteer", "vul in",
 *   "enter", "write down"), so "a tattoo with the name of a boy" passes.
 * Either is skipped when negated just before ("geen naam", "zonder adres",
 * "no name", "not the address"): that is guidance not to collect it.
 * Words are whole words, so "namens", "adresseren" or "renamed" never match.
 * Help texts are not read: they advise, they do not ask.
 */
const W = "(?<![\\p{L}\\p{N}])";
const E = "(?![\\p{L}\\p{N}])";
const STRONG = new RegExp(
  `${W}(bsn|burgerservicenummer|sofinummer|geboortedatum|geboortedag|date\\s+of\\s+birth|birth\\s*date|dob|citizen\\s+service\\s+number|social\\s+security\\s+number|(hoe\\s+heet|waar\\s+woont)\\s+(het\\s+kind|de\\s+jongere|hij|zij|ze)|where\\s+does\\s+(the\\s+child|the\\s+young\\s+person|he|she|they)\\s+live)${E}`,
  "giu",
);
const WEAK = new RegExp(
  `${W}(naam|namen|voornaam|achternaam|roepnaam|adres|adressen|woonadres|huisadres|postcode|name|names|first\\s+name|surname|last\\s+name|full\\s+name|address|home\\s+address|zip\\s+code)${E}`,
  "giu",
);
const REQUEST = new RegExp(
  `\\?|${W}(noteer|vul|invullen|geef|schrijf|noem|typ|vermeld|wat\\s+is|hoe\\s+heet|waar\\s+woont|enter|fill|provide|type|write|give|what\\s+is|what's|where\\s+does)${E}`,
  "iu",
);
const NEGATION = new RegExp(`${W}(geen|niet|zonder|nooit|no|not|without|never)(\\s+[\\p{L}']+){0,3}\\s+$`, "iu");

export const privacy = defineRule({
  id: "privacy",
  severity: "error",
  description: {
    nl: "Geen vraag naar naam, adres, geboortedatum of BSN van het kind.",
    en: "No question asks for the child's name, address, date of birth or BSN.",
  },
  messages: {
    "asks-personal-data": {
      nl: "Knoop '{node}' vraagt naar persoonsgegevens ('{word}'). Een consult mag niet vastleggen wie het kind is: vraag naar de situatie, niet naar naam, adres, geboortedatum of BSN.",
      en: "Node '{node}' asks for personal data ('{word}'). A consult must not record who the child is: ask about the situation, not the name, address, date of birth or BSN.",
    },
  },
  check(ctx) {
    for (const [id, { tree, node }] of ctx.graph.set.nodes) {
      for (const [path, text] of askingTexts(node)) {
        const hit = personalData(text.nl) ?? personalData(text.en);
        if (!hit) continue;
        ctx.report({
          messageId: "asks-personal-data",
          data: { node: id, word: hit },
          place: { tree: tree.id, path: ["nodes", id, ...path, personalData(text.nl) ? "nl" : "en"] },
        });
      }
    }
  },
});

/** The word that makes a text ask for personal data, or undefined. */
export function personalData(text: string): string | undefined {
  const asks = REQUEST.test(text);
  for (const [re, needsRequest] of [
    [STRONG, false],
    [WEAK, true],
  ] as const) {
    if (needsRequest && !asks) continue;
    for (const m of text.matchAll(re)) {
      if (!NEGATION.test(text.slice(0, m.index))) return m[0];
    }
  }
  return undefined;
}

/** The texts of a node that put something to the user, with their path inside the node. */
function askingTexts(node: TreeNode): [(string | number)[], Text][] {
  const out: [(string | number)[], Text][] = [];
  if (node.kind === "question") {
    out.push([["text"], node.text]);
    node.answers.forEach((a, i) => out.push([["answers", i, "label"], a.label]));
  } else if (node.kind === "checklist") {
    out.push([["text"], node.text]);
    node.items.forEach((it, i) => out.push([["items", i, "label"], it.label]));
  }
  if ((node.kind === "question" || node.kind === "checklist") && node.unknown?.label)
    out.push([["unknown", "label"], node.unknown.label]);
  return out;
}
