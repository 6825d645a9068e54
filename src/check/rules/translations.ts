import { defineRule } from "../rule.js";
import { fieldName, forEachText, ownerName, type FoundText } from "../texts.js";

/**
 * Every user-facing text exists in Dutch and English. The schema already
 * demands both keys with at least one character; this rule catches what the
 * schema lets through: a text of only spaces (an error: the user sees
 * nothing), and a Dutch text copied unchanged into `en` (a warning: probably
 * not translated yet).
 *
 * Identical texts are allowed when they are short (names such as "Chat met
 * Fier", "OK"), or are only a number, phone number or URL: those are the same
 * in both languages. "Short" is fewer than MIN_WORDS words.
 */
export const MIN_WORDS = 4;

/** A language's name in the messages ("De Nederlandse tekst", "The Dutch text"). */
const LANGUAGE_NAME = { nl: { nl: "Nederlandse", en: "Dutch" }, en: { nl: "Engelse", en: "English" } } as const;

export const translations = defineRule({
  id: "translations",
  severity: "error",
  description: {
    nl: "Elke tekst voor de gebruiker bestaat in het Nederlands en het Engels.",
    en: "Every user-facing text exists in Dutch and English.",
  },
  messages: {
    "control-character": {
      nl: "De tekst van {where} ({field}, {lang}) bevat een stuurteken ({code}). Haal het weg: een terminal kan het uitvoeren.",
      en: "The text of {where} ({field}, {lang}) contains a control character ({code}). Remove it: a terminal may act on it.",
    },
    empty: {
      nl: "De {language} tekst van {where} ({field}) is leeg. Vul de vertaling in.",
      en: "The {language} text of {where} ({field}) is empty. Fill in the translation.",
    },
    untranslated: {
      nl: "De Engelse tekst van {where} ({field}) is gelijk aan de Nederlandse: waarschijnlijk nog niet vertaald. Vertaal 'en'.",
      en: "The English text of {where} ({field}) is the same as the Dutch: probably not translated yet. Translate 'en'.",
    },
  },
  check(ctx) {
    forEachText(ctx.graph.set, (found) => check(found));
    function check(found: FoundText): void {
      // Named only for a report: building both languages' owner names for every text was most of this rule's time.
      const names = () => ({ where: ownerName(found), field: fieldName(found.place.path) });
      let blank = false;
      for (const lang of ["nl", "en"] as const) {
        const control = CONTROL.exec(found.text[lang]);
        if (control) {
          // An escape sequence in a text reaches the terminal: it can wipe the "bel 112" line or set the clipboard.
          const code = `U+${control[0].codePointAt(0)!.toString(16).toUpperCase().padStart(4, "0")}`;
          ctx.report({
            messageId: "control-character",
            data: { ...names(), lang, code },
            place: { ...found.place, path: [...found.place.path, lang] },
          });
        }
        if (found.text[lang].replace(INVISIBLE, "").trim() !== "") continue;
        blank = true;
        ctx.report({
          messageId: "empty",
          data: { language: LANGUAGE_NAME[lang], ...names() },
          place: { ...found.place, path: [...found.place.path, lang] },
        });
      }
      if (!blank && needsTranslation(found.text.nl, found.text.en)) {
        ctx.report({
          severity: "warning",
          messageId: "untranslated",
          data: names(),
          place: { ...found.place, path: [...found.place.path, "en"] },
        });
      }
    }
  },
});

/** Control characters a terminal may act on (C0 except tab and newline, DEL, C1) and bidirectional overrides. */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/u;
/** Characters that show nothing: a text of only these is as empty as a text of spaces. */
const INVISIBLE = /[\u200b-\u200d\u2060\ufeff\u2800\u00ad\u180e]/gu;

/** Identical, long enough to be a sentence, and not a number, phone number or URL. */
export function needsTranslation(nl: string, en: string): boolean {
  const a = normalise(nl);
  if (a !== normalise(en)) return false;
  if (/^(https?:\/\/|www\.)\S+$/i.test(a) || /^[\d\s+()./:-]+$/.test(a)) return false;
  return a.split(" ").filter((w) => /\p{L}/u.test(w)).length >= MIN_WORDS;
}

function normalise(s: string): string {
  return s.trim().replace(/\s+/g, " ");
}
