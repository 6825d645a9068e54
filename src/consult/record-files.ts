import { existsSync } from "node:fs";
import { resolve } from "node:path";
import type { ChalkInstance } from "chalk";
import { CliError, EXIT } from "../cli/exit-codes.js";
import type { Io } from "../cli/io.js";
import { m } from "../i18n/messages.js";
import type { Lang } from "../model/text.js";
import type { ConsultRecord } from "../record/consult-record.js";
import { recordToMarkdown } from "../render/record-markdown.js";
import type { Prompter } from "../ui/prompter.js";
import { writePrivateFile } from "../util/private-file.js";

/** Writes a record as Markdown or JSON by the file's extension, mode 0600, into an existing folder. */
export function writeRecord(file: string, record: ConsultRecord, io: Io): string {
  const full = resolve(io.cwd, file);
  const content = /\.json$/i.test(file) ? JSON.stringify(record, null, 2) + "\n" : recordToMarkdown(record);
  try {
    writePrivateFile(full, content);
  } catch {
    throw new CliError({ nl: `Kan het verslag niet schrijven naar '${file}' (bestaat de map, mag u daar schrijven?).`, en: `Cannot write the record to '${file}' (does the folder exist, may you write there?).` }, EXIT.usage);
  }
  return full;
}

/**
 * Offers to save the record. A path that cannot be written, or a file that
 * exists and should not be overwritten, asks again instead of losing the
 * record. Returns false when the user stopped (Ctrl-C) before deciding.
 */
export async function offerToSave(record: ConsultRecord, prompter: Prompter, lang: Lang, io: Io, style: ChalkInstance): Promise<boolean> {
  const choice = await prompter.select({
    id: "save-record",
    message: m("saveRecord", lang),
    choices: [
      { value: "md", name: m("saveMarkdown", lang) },
      { value: "json", name: m("saveJson", lang) },
      { value: "both", name: m("saveBoth", lang) },
      { value: "none", name: m("saveNone", lang) },
    ],
  });
  if (choice === "none") return true;
  const stamp = record.createdAt.slice(0, 16).replace(/[-:]/g, "").replace("T", "-");
  let suggestion = `signaalroute-verslag-${stamp}`;
  for (;;) {
    const base = (await prompter.input({ id: "record-path", message: m("savePath", lang), default: suggestion })).trim();
    if (!base) continue;
    const stem = base.replace(/\.(md|json)$/i, "");
    const targets = choice === "both" ? [`${stem}.md`, `${stem}.json`] : [`${stem}.${choice}`];
    const taken = targets.filter((t) => existsSync(resolve(io.cwd, t)));
    if (taken.length > 0) {
      const overwrite = await prompter.select({
        id: "record-overwrite",
        message: `${m("fileExists", lang)}: ${taken.join(", ")}`,
        choices: [
          { value: false, name: m("otherName", lang) },
          { value: true, name: m("overwrite", lang) },
        ],
      });
      if (!overwrite) {
        suggestion = stem;
        continue;
      }
    }
    try {
      for (const t of targets) io.out(style.green(`${m("saved", lang)}: ${writeRecord(t, record, io)}`) + "\n");
      return true;
    } catch (e) {
      if (!(e instanceof CliError)) throw e;
      io.err(style.red(e.text[lang]) + "\n");
      suggestion = stem;
    }
  }
}
