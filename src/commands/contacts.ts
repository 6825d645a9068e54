import { EXIT } from "../cli/exit-codes.js";
import type { Io } from "../cli/io.js";
import { m } from "../i18n/messages.js";
import type { Contact } from "../model/contact.js";
import { visible, type Lang } from "../model/text.js";
import { makeStyle } from "../render/style.js";
import { treeSetForQuick } from "./load-trees-fast.js";
import { regionPath, withRegion } from "./region-option.js";

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
  return s.normalize("NFD").replace(/\p{Diacritic}/gu, "").toLowerCase();
}

export function matches(c: Contact, word: string): boolean {
  const hay = fold([c.id, c.name.nl, c.name.en, c.does.nl, c.does.en, c.phone ?? "", c.web ?? ""].join(" "));
  return fold(word)
    .split(/\s+/)
    .filter(Boolean)
    .every((w) => hay.includes(w));
}

export async function run(opts: ContactsOptions, io: Io): Promise<number> {
  const region = await withRegion(await treeSetForQuick(opts.trees, io.cwd, opts.lang), regionPath(opts.region, io), opts.lang);
  const set = region.set;
  if (region.example) io.err(m("exampleRegion", opts.lang) + "\n");
  const list = [...set.contacts.values()].filter((c) => !opts.word || matches(c, opts.word));
  if (opts.json) {
    io.out(JSON.stringify(list, null, 2) + "\n");
    return list.length > 0 || !opts.word ? EXIT.ok : EXIT.problems;
  }
  if (list.length === 0) {
    io.err(opts.lang === "nl" ? `Geen contact gevonden voor '${visible(opts.word ?? "")}'.\n` : `No contact found for '${visible(opts.word ?? "")}'.\n`);
    return EXIT.problems;
  }
  const style = makeStyle(opts.color);
  const lang = opts.lang;
  for (const c of list) {
    const unconfirmed = new Set(c.unconfirmed?.fields ?? []);
    io.out(`${style.bold(c.name[lang])} ${style.dim(`(${c.id})`)}\n`);
    if (c.phone && !unconfirmed.has("phone")) io.out(`  ${m("phone", lang)}: ${c.phone}\n`);
    if (c.web && !unconfirmed.has("web")) io.out(`  ${m("web", lang)}: ${c.web}\n`);
    if (!unconfirmed.has("hours")) io.out(`  ${m("hours", lang)}: ${c.hours[lang]}\n`);
    if (c.anonymous) io.out(`  ${m("anonymous", lang)}${c.anonymousNote ? `: ${c.anonymousNote[lang]}` : ""}\n`);
    io.out(`  ${c.does[lang]}\n`);
    if (c.unconfirmed) io.out(`  ${style.yellow(`${m("checkCurrent", lang)} ${c.unconfirmed.checkAt}`)}\n`);
    io.out(style.dim(`  ${lang === "nl" ? "Gecontroleerd tegen een bron van" : "Checked against a source dated"}: ${c.verified}`) + "\n\n");
  }
  return EXIT.ok;
}
