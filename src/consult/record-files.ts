import { existsSync } from "node:fs";
import { resolve } from "node:path";
import type { ChalkInstance } from "chalk";
import type { Io } from "../io/io.js";
import { m, mf } from "../i18n/messages.js";
import type { Lang } from "../model/text.js";
import type { ConsultRecord } from "../record/consult-record.js";
import { refusalOf } from "../record/identifying.js";
import { recordToMarkdown } from "../render/record-markdown.js";
import type { Prompter } from "../ui/prompter.js";
import { writePrivateFile } from "../util/private-file.js";

/** Why a record was not written: the file is there already (and may not be overwritten), or it cannot be written. */
export class RecordNotWritten extends Error {
  constructor(
    readonly reason: "exists" | "unwritable",
    readonly file: string,
  ) {
    super(`${reason}: ${file}`);
  }
  /** The message for the user, in the consult's language. */
  text(lang: Lang): string {
    return mf(this.reason === "exists" ? "recordExists" : "recordUnwritable", lang, { file: this.file });
  }
}

/** A record as Markdown (for people) or JSON (for systems), by the file's extension. */
export function recordContent(file: string, record: ConsultRecord): string {
  return /\.json$/i.test(file) ? JSON.stringify(record, null, 2) + "\n" : recordToMarkdown(record);
}

/**
 * Writes a record, mode 0600, into an existing folder. An existing file is
 * overwritten only with `overwrite`; otherwise the write is refused, also
 * when the file appears between a check and the write: the record is linked
 * into place, which fails when the name is taken. Returns the full path.
 */
export function writeRecord(
  file: string,
  record: ConsultRecord,
  io: Io,
  options: { overwrite?: boolean } = {},
): string {
  const full = resolve(io.cwd, file);
  const content = recordContent(file, record);
  if (options.overwrite) {
    try {
      writePrivateFile(full, content);
    } catch {
      throw new RecordNotWritten("unwritable", file);
    }
    return full;
  }
  if (existsSync(full)) throw new RecordNotWritten("exists", file);
  writeNoClobber(full, file, content);
  return full;
}

function writeNoClobber(full: string, file: string, content: string): void {
  try {
    writePrivateFile(full, content, { noClobber: true });
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === "EEXIST" && existsSync(full)) throw new RecordNotWritten("exists", file);
    throw new RecordNotWritten("unwritable", file);
  }
}

/** The record's own fields, asked before it is saved: both optional, neither may identify anyone. */
export interface RecordFields {
  readonly reference?: string;
  readonly role?: string;
}

/** Asks one optional field until it is empty or holds nothing that identifies anyone; says why a text is refused. */
async function askField(
  id: string,
  message: string,
  prompter: Prompter,
  lang: Lang,
  io: Io,
  style: ChalkInstance,
  given: string | undefined,
): Promise<string | undefined> {
  let suggestion = given;
  for (;;) {
    const text = (await prompter.input({ id, message, ...(suggestion ? { default: suggestion } : {}) })).trim();
    if (!text) return undefined;
    const refused = refusalOf(text, lang);
    if (!refused) return text;
    io.err(style.red(refused) + "\n");
    // What was typed is not offered again: it is the very text that may not be kept.
    suggestion = undefined;
  }
}

export type SaveEnd =
  | { readonly kind: "saved" }
  | { readonly kind: "declined" }
  | { readonly kind: "back" }
  | { readonly kind: "failed"; readonly message: string };

export interface SaveOptions {
  /** `--record FILE`: where to save, chosen up front. */
  readonly file?: string;
  /** `--force`: an existing `file` is overwritten without asking. */
  readonly force?: boolean;
  /** `--reference` / `--role`, offered as the answers to those questions. */
  readonly fields?: RecordFields;
}

/**
 * The end of an interactive consult: save the record (where, or with --record
 * where it was named), go back to the answers, or not. Before saving it asks
 * "uw kenmerk" and "uw functie" (both may be left empty). An existing file is
 * never overwritten without asking; a path that cannot be written is said and
 * another name is asked, or the user stops trying: then the end is "failed"
 * and the command keeps the draft.
 */
export async function offerToSave(
  make: (fields: RecordFields) => ConsultRecord,
  prompter: Prompter,
  lang: Lang,
  io: Io,
  style: ChalkInstance,
  options: SaveOptions = {},
): Promise<SaveEnd> {
  const back = { value: "back", name: m("backToReview", lang) };
  const choice = options.file
    ? await prompter.select({
        id: "save-record",
        message: m("saveRecord", lang),
        choices: [
          { value: "file", name: `${m("saveTo", lang)} ${options.file}` },
          { value: "none", name: m("saveNone", lang) },
          back,
        ],
      })
    : await prompter.select({
        id: "save-record",
        message: m("saveRecord", lang),
        choices: [
          { value: "md", name: m("saveMarkdown", lang) },
          { value: "json", name: m("saveJson", lang) },
          { value: "both", name: m("saveBoth", lang) },
          { value: "none", name: m("saveNone", lang) },
          back,
        ],
      });
  if (choice === "back") return { kind: "back" };
  if (choice === "none") return { kind: "declined" };
  const reference = await askField(
    "record-reference",
    m("referencePrompt", lang),
    prompter,
    lang,
    io,
    style,
    options.fields?.reference,
  );
  const role = await askField("record-role", m("rolePrompt", lang), prompter, lang, io, style, options.fields?.role);
  const record = make({ ...(reference ? { reference } : {}), ...(role ? { role } : {}) });

  const stamp = record.createdAt.slice(0, 16).replace(/[-:]/g, "").replace("T", "-");
  const ext = options.file ? (/\.json$/i.test(options.file) ? "json" : "md") : (choice as "md" | "json" | "both");
  return saveLoop(
    record,
    {
      ...(options.file ? { targets: [options.file] } : {}),
      ext,
      suggestion: options.file ? options.file.replace(/\.(md|json)$/i, "") : `signaalroute-verslag-${stamp}`,
      overwrite: Boolean(options.force),
    },
    prompter,
    lang,
    io,
    style,
  );
}

/**
 * `--record FILE` with `--answers`: written at once (overwritten only with
 * --force). An existing file, or one that cannot be written, is asked about
 * in a terminal (overwrite, another name, do not save); without a terminal
 * the end is "failed" with the reason.
 */
export async function saveNamedRecord(
  file: string,
  record: ConsultRecord,
  io: Io,
  lang: Lang,
  style: ChalkInstance,
  options: { force?: boolean; prompter?: () => Promise<Prompter> },
): Promise<SaveEnd> {
  if (!options.prompter) {
    try {
      io.err(
        style.green(`${m("saved", lang)}: ${writeRecord(file, record, io, { overwrite: Boolean(options.force) })}`) +
          "\n",
      );
      return { kind: "saved" };
    } catch (e) {
      if (!(e instanceof RecordNotWritten)) throw e;
      return { kind: "failed", message: e.text(lang) };
    }
  }
  const ext = /\.json$/i.test(file) ? "json" : "md";
  return saveLoop(
    record,
    { targets: [file], ext, suggestion: file.replace(/\.(md|json)$/i, ""), overwrite: Boolean(options.force) },
    await options.prompter(),
    lang,
    io,
    style,
    (t) => io.err(t),
  );
}

interface SaveTargets {
  /** The files to write, when already named. */
  targets?: string[];
  readonly ext: "md" | "json" | "both";
  suggestion: string;
  overwrite: boolean;
}

async function saveLoop(
  record: ConsultRecord,
  t: SaveTargets,
  prompter: Prompter,
  lang: Lang,
  io: Io,
  style: ChalkInstance,
  say: (text: string) => void = (text) => io.out(text),
): Promise<SaveEnd> {
  let failure: string | undefined;
  let { targets, suggestion, overwrite } = t;
  for (;;) {
    if (!targets) {
      const base = (
        await prompter.input({ id: "record-path", message: m("savePath", lang), default: suggestion })
      ).trim();
      if (!base) continue;
      const stem = base.replace(/\.(md|json)$/i, "");
      targets = t.ext === "both" ? [`${stem}.md`, `${stem}.json`] : [`${stem}.${t.ext}`];
      suggestion = stem;
      overwrite = false;
    }
    const taken = overwrite ? [] : targets.filter((f) => existsSync(resolve(io.cwd, f)));
    if (taken.length > 0) {
      const what = await prompter.select({
        id: "record-overwrite",
        message: mf("recordExistsChoice", lang, { file: taken.join(", ") }),
        choices: [
          { value: "other", name: m("otherName", lang) },
          { value: "overwrite", name: m("overwrite", lang) },
          { value: "none", name: m("dontSave", lang) },
        ],
      });
      if (what === "none") return failure ? { kind: "failed", message: failure } : { kind: "declined" };
      if (what === "other") {
        targets = undefined;
        continue;
      }
      overwrite = true;
    }
    try {
      for (const f of targets)
        say(style.green(`${m("saved", lang)}: ${writeRecord(f, record, io, { overwrite })}`) + "\n");
      return { kind: "saved" };
    } catch (e) {
      if (!(e instanceof RecordNotWritten)) throw e;
      failure = e.text(lang);
      io.err(style.red(failure) + "\n");
      if (e.reason === "exists") {
        // Appeared after the check: ask again what to do about it.
        overwrite = false;
        continue;
      }
      const what = await prompter.select({
        id: "record-failed",
        message: m("recordTryAgain", lang),
        choices: [
          { value: "other", name: m("otherName", lang) },
          { value: "none", name: m("dontSave", lang) },
        ],
      });
      if (what === "none") return { kind: "failed", message: failure };
      targets = undefined;
    }
  }
}
