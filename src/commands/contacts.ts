import { EXIT } from "../io/exit-codes.js";
import type { Io } from "../io/io.js";
import { m, mf } from "../i18n/messages.js";
import type { Contact } from "../model/contact.js";
import { visible, type Lang } from "../model/text.js";
import { makeStyle } from "../render/style.js";
import { contactsText } from "../render/views-text.js";
import { loadTrees } from "./support/load-trees.js";
import { regionPath, withRegion } from "./support/region-option.js";

export interface ContactsOptions {
  readonly lang: Lang;
  readonly color: boolean;
  readonly json?: boolean;
  readonly word?: string;
  readonly trees?: readonly string[];
  readonly region?: string;
}

/** Case- and accent-insensitive, so "coordinator" finds "zorgcoördinator". */
function fold(s: string): string {
  return s
    .normalize("NFD")
    .replace(/\p{Diacritic}/gu, "")
    .toLowerCase();
}

export function matches(c: Contact, word: string): boolean {
  const hay = fold([c.id, c.name.nl, c.name.en, c.does.nl, c.does.en, c.phone ?? "", c.web ?? ""].join(" "));
  return fold(word)
    .split(/\s+/)
    .filter(Boolean)
    .every((w) => hay.includes(w));
}

export async function run(opts: ContactsOptions, io: Io): Promise<number> {
  const region = await withRegion(
    await loadTrees({ paths: opts.trees, cwd: io.cwd, lang: opts.lang, rules: "consult" }),
    regionPath(opts.region, io),
    opts.lang,
  );
  const set = region.set;
  if (region.example) io.err(m("exampleRegion", opts.lang) + "\n");
  const list = [...set.contacts.values()].filter((c) => !opts.word || matches(c, opts.word));
  if (opts.json) {
    io.out(JSON.stringify(list, null, 2) + "\n");
    return list.length > 0 || !opts.word ? EXIT.ok : EXIT.problems;
  }
  if (list.length === 0) {
    io.err(mf("noContactFound", opts.lang, { word: visible(opts.word ?? "") }) + "\n");
    return EXIT.problems;
  }
  io.out(contactsText(list, opts.lang, makeStyle(opts.color)));
  return EXIT.ok;
}
