import type { Lang } from "../model/text.js";

// Commander writes its own help headings, placeholders and error messages in English. For a Dutch reader
// they are rewritten here, after Commander formats them (the columns are computed on the Dutch terms, so
// they stay aligned). The help's own texts (descriptions, options, examples) are in messages.ts.

/** Commander's own error messages, in Dutch when the user reads Dutch. */
const COMMANDER_NL: [RegExp, string | ((all: string, name: string) => string)][] = [
  [/^error: unknown option '(.+?)'/, "fout: onbekende optie '$1'"],
  [/^error: unknown command '(.+?)'/, "fout: onbekend commando '$1'"],
  [
    /^error: too many arguments(?: for '(.+?)')?\. Expected (\d+) arguments? but got (\d+)\./,
    "fout: te veel argumenten voor '$1': verwacht $2, gekregen $3.",
  ],
  [/^error: too many arguments/, "fout: te veel argumenten"],
  [/^error: missing required argument '(.+?)'/, (_, name) => `fout: argument '${argumentNl(name)}' ontbreekt`],
  [/^error: option '(.+?)' argument missing/, "fout: optie '$1' mist een waarde"],
  [/^error: option '(.+?)' argument '(.+?)' is invalid\./, "fout: optie '$1': waarde '$2' is ongeldig; mogelijk:"],
  [/\(Did you mean (.+?)\?\)/, "(Bedoelt u $1?)"],
  [/^error: required option '(.+?)' not specified/, "fout: verplichte optie '$1' ontbreekt"],
];

/** Commander's help headings, in Dutch. */
const HELP_NL: [RegExp, string][] = [
  [/^Usage:/gm, "Gebruik:"],
  [/^Options:/gm, "Opties:"],
  [/^Commands:/gm, "Commando's:"],
  [/^Arguments:/gm, "Argumenten:"],
  [/\[options\]/g, "[opties]"],
  [/\[command\]/g, "[commando]"],
  [/\(default: /g, "(standaard: "],
];

/** Placeholders and argument names in the help, in Dutch (`[woord]`, `[paden...]`); applied to the terms, so columns stay aligned. */
export const PLACEHOLDERS_NL: Readonly<Record<string, string>> = {
  file: "bestand",
  path: "pad",
  paths: "paden",
  node: "vraag-id",
  text: "tekst",
  lang: "taal",
  dir: "map",
  months: "maanden",
  format: "formaat",
  word: "woord",
  tree: "boom",
  old: "oud",
  new: "nieuw",
  command: "commando",
  options: "opties",
  rev: "revisie",
  number: "aantal",
  record: "verslag",
  percent: "procent",
  // The same word in Dutch (a draft's or a scenario's id), listed so that every placeholder has its Dutch term.
  id: "id",
};

/** An argument's name in Dutch (`paden` for `paths`), or its own name. */
export function argumentNl(name: string): string {
  return Object.hasOwn(PLACEHOLDERS_NL, name) ? PLACEHOLDERS_NL[name]! : name;
}

export function placeholdersNl(term: string): string {
  return term.replace(
    /([<[])([a-z]+)(\.\.\.)?([>\]])/g,
    (all, open: string, word: string, dots: string | undefined, close: string) =>
      Object.hasOwn(PLACEHOLDERS_NL, word) ? `${open}${PLACEHOLDERS_NL[word]}${dots ?? ""}${close}` : all,
  );
}

export function translateHelp(text: string, lang: Lang): string {
  if (lang === "en") return text;
  return HELP_NL.reduce((t, [re, nl]) => t.replace(re, nl), text);
}

/** Commander's error in the reader's language; in Dutch its placeholders too (`'--min <procent>'`, as the help shows them). */
export function translateCommanderError(text: string, lang: Lang): string {
  if (lang === "en") return text;
  const dutch = COMMANDER_NL.reduce(
    (t, [re, nl]) => (typeof nl === "string" ? t.replace(re, nl) : t.replace(re, nl)),
    text,
  );
  return placeholdersNl(dutch);
}
