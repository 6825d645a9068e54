import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { draftPath, readDraft, removeDraft, saveDraft, type Draft } from "../consult/draft-store.js";
import { runSession } from "../consult/interactive.js";
import { back, position, start } from "../engine/engine.js";
import type { ConsultState } from "../engine/state.js";
import { CliError, EXIT } from "../cli/exit-codes.js";
import type { Io } from "../cli/io.js";
import { m } from "../i18n/messages.js";
import type { Lang } from "../model/text.js";
import type { TreeSet } from "../model/tree-set.js";
import { buildRecord, localIso } from "../record/build-record.js";
import type { ConsultRecord } from "../record/consult-record.js";
import { renderAdvice } from "../render/advice-text.js";
import { formatDiagnosticLine } from "../render/diagnostics-text.js";
import { recordToMarkdown } from "../render/record-markdown.js";
import { makeStyle } from "../render/style.js";
import { PromptStopped, type Prompter } from "../ui/prompter.js";
import { writePrivateFile } from "../util/private-file.js";
import { VERSION } from "../version.js";
import { treeSetForQuick } from "./load-trees-fast.js";
import { regionPath, withRegion } from "./region-option.js";

export interface ConsultOptions {
  readonly lang: Lang;
  readonly color: boolean;
  readonly answers?: string;
  readonly json?: boolean;
  readonly resume?: boolean;
  readonly new?: boolean;
  readonly trees?: readonly string[];
  readonly record?: string;
  readonly start?: string;
  readonly region?: string;
}

export interface ConsultDeps {
  readonly io: Io;
  /** Made on demand, so a non-interactive run never loads inquirer. */
  readonly prompter?: () => Promise<Prompter>;
}

export async function run(opts: ConsultOptions, deps: ConsultDeps): Promise<number> {
  try {
    return await consult(opts, deps);
  } catch (e) {
    // Ctrl-C outside a question (e.g. at "resume or start again"): nothing new to save.
    if (e instanceof PromptStopped) {
      deps.io.err(m("stopped", opts.lang) + "\n");
      return EXIT.interrupted;
    }
    throw e;
  }
}

async function consult(opts: ConsultOptions, deps: ConsultDeps): Promise<number> {
  const { io } = deps;
  const lang = opts.lang;
  const existing = readDraft(draftPath(io.env));
  // A resumed consult runs on the trees and region it started with.
  const trees = opts.resume && existing?.trees ? existing.trees : opts.trees;
  const region = await withRegion(await treeSetForQuick(trees, io.cwd, lang), regionPath(opts.resume ? (existing?.region ?? opts.region) : opts.region, io), io, lang);
  const set = region.set;
  if (region.example) io.err(m("exampleRegion", lang) + "\n");
  const extra = { tool: `signaalroute ${VERSION}`, ...(region.name ? { region: region.name } : {}) };
  const initial = startState(set, opts.start, lang);
  if (opts.answers) return runFromFile(set, initial, opts, io, extra, await import("../consult/answers-file.js"));

  if (!io.stdinIsTTY) throw new CliError({ nl: m("noTerminal", "nl"), en: m("noTerminal", "en") }, EXIT.noTerminal);
  const style = makeStyle(opts.color);
  const prompter = await (deps.prompter ?? (() => defaultPrompter(lang)))();
  const path = draftPath(io.env);
  let state = initial;
  if (opts.resume) {
    if (!existing) throw new CliError({ nl: m("noDraft", "nl"), en: m("noDraft", "en") }, EXIT.usage);
    state = replayable(set, existing.state);
    io.out(style.green(m("resumed", lang)) + "\n");
  } else if (existing && !opts.new) {
    const pick = await prompter.select({
      id: "resume-or-new",
      message: m("draftFound", lang).split(".")[0] + ".",
      choices: [
        { value: "resume", name: lang === "nl" ? "Verder met het onderbroken consult" : "Continue the interrupted consult" },
        { value: "new", name: lang === "nl" ? "Opnieuw beginnen (het onderbroken consult vervalt)" : "Start again (the interrupted consult is dropped)" },
      ],
    });
    if (pick === "resume") state = replayable(set, existing.state);
  }

  io.out(style.bold(m("opening", lang)) + "\n" + style.dim(m("noPersonalData", lang)) + "\n");
  const draftOf = (s: ConsultState): Draft => ({
    format: "signaalroute-draft/1",
    savedAt: localIso(io.now()),
    lang,
    treeSetHash: set.hash,
    ...(trees && trees.length > 0 ? { trees: trees.map((t) => resolve(io.cwd, t)) } : {}),
    ...(regionPath(opts.region, io) ? { region: regionPath(opts.region, io)! } : {}),
    state: s,
  });
  saveDraft(path, draftOf(state));
  const end = await runSession(set, state, prompter, lang, style, { onState: (s) => saveDraft(path, draftOf(s)), print: (t) => io.out(t + "\n") });
  if (end.kind === "stopped") {
    io.err(m("stopped", lang) + "\n");
    return EXIT.interrupted;
  }
  const record = recordOf(set, end.state, lang, io, extra);
  io.out(renderAdvice(record, lang, style));
  removeDraft(path);
  await offerToSave(record, prompter, lang, io, style);
  return EXIT.ok;
}

async function defaultPrompter(lang: Lang): Promise<Prompter> {
  const { inquirerPrompter } = await import("../ui/inquirer-prompter.js");
  return inquirerPrompter(lang);
}

function startState(set: TreeSet, startNode: string | undefined, lang: Lang): ConsultState {
  if (startNode !== undefined && !set.nodes.has(startNode)) {
    throw new CliError({ nl: `Startvraag '${startNode}' bestaat niet.`, en: `Start question '${startNode}' does not exist.` }, EXIT.usage);
  }
  void lang;
  return start(set, startNode);
}

/** A draft made on other trees keeps its longest prefix that still fits. */
function replayable(set: TreeSet, state: ConsultState): ConsultState {
  let s = state;
  while (!position(set, s).ok && s.history.length > 0) s = back(s);
  return position(set, s).ok ? s : start(set);
}

/** `answersFile` is imported by the caller only when needed: it brings the YAML parser. */
function runFromFile(set: TreeSet, initial: ConsultState, opts: ConsultOptions, io: Io, extra: RecordExtra, answersFile: typeof import("../consult/answers-file.js")): number {
  const { parseAnswers, runAnswers } = answersFile;
  const file = opts.answers!;
  let text: string;
  try {
    text = readFileSync(resolve(io.cwd, file), "utf8");
  } catch {
    throw new CliError({ nl: `Antwoordbestand '${file}' kan niet worden gelezen.`, en: `Answers file '${file}' cannot be read.` }, EXIT.usage);
  }
  const parsed = parseAnswers(file, text);
  if (!parsed.answers || parsed.diagnostics.length > 0) {
    throw new CliError({ nl: "Het antwoordbestand is ongeldig:", en: "The answers file is invalid:" }, EXIT.usage, parsed.diagnostics.map((d) => formatDiagnosticLine(d, opts.lang)));
  }
  const result = runAnswers(set, initial, parsed.answers, (k) => parsed.where?.(k));
  if (result.diagnostics.length > 0) {
    throw new CliError(
      { nl: "De antwoorden passen niet bij de beslisbomen:", en: "The answers do not fit the decision trees:" },
      EXIT.problems,
      result.diagnostics.map((d) => formatDiagnosticLine({ ...d, file: d.file || file }, opts.lang)),
    );
  }
  const record = recordOf(set, result.state, opts.lang, io, extra);
  if (parsed.record) io.err(compareWithEarlier(parsed.record, record, opts.lang));
  if (opts.record) writeRecord(opts.record, record, io);
  io.out(opts.json ? JSON.stringify(record, null, 2) + "\n" : renderAdvice(record, opts.lang, makeStyle(opts.color)));
  return EXIT.ok;
}

/** Replaying a saved record: say whether today's trees give the same advice as then. */
export function compareWithEarlier(then: ConsultRecord, now: ConsultRecord, lang: Lang): string {
  const sameTrees = then.treeSet.hash === now.treeSet.hash;
  const list = (r: ConsultRecord) => r.advice.map((a) => `${a.contact} (${a.urgency})`).join(", ");
  const sameAdvice = then.outcome.node === now.outcome.node && list(then) === list(now);
  const lines: string[] = [];
  if (sameTrees) lines.push(lang === "nl" ? "Zelfde beslisbomen als in het verslag." : "Same decision trees as in the record.");
  else lines.push(lang === "nl" ? `De beslisbomen zijn veranderd sinds het verslag van ${then.createdAt}.` : `The decision trees changed since the record of ${then.createdAt}.`);
  if (sameAdvice) lines.push(lang === "nl" ? "Het advies is hetzelfde gebleven." : "The advice is unchanged.");
  else {
    lines.push(lang === "nl" ? "LET OP: het advies is nu anders." : "NOTE: the advice is different now.");
    lines.push(`  ${lang === "nl" ? "toen" : "then"}: ${then.outcome.node}: ${list(then)}`);
    lines.push(`  ${lang === "nl" ? "nu" : "now"}:  ${now.outcome.node}: ${list(now)}`);
  }
  return lines.join("\n") + "\n";
}

type RecordExtra = { tool?: string; region?: string };

function recordOf(set: TreeSet, state: ConsultState, lang: Lang, io: Io, extra: RecordExtra): ConsultRecord {
  const r = buildRecord(set, state, lang, io.now(), extra);
  if (!r.ok) throw new CliError(r.error.message, EXIT.problems);
  return r.value;
}

async function offerToSave(record: ConsultRecord, prompter: Prompter, lang: Lang, io: Io, style: ReturnType<typeof makeStyle>): Promise<void> {
  const choice = await prompter
    .select({
      id: "save-record",
      message: m("saveRecord", lang),
      choices: [
        { value: "md", name: m("saveMarkdown", lang) },
        { value: "json", name: m("saveJson", lang) },
        { value: "both", name: m("saveBoth", lang) },
        { value: "none", name: m("saveNone", lang) },
      ],
    })
    .catch(() => "none");
  if (choice === "none") return;
  const stamp = record.createdAt.slice(0, 16).replace(/[-:]/g, "").replace("T", "-");
  const base = await prompter.input({ id: "record-path", message: m("savePath", lang), default: `signaalroute-verslag-${stamp}` }).catch(() => undefined);
  if (!base) return;
  const stem = base.replace(/\.(md|json)$/i, "");
  const targets = choice === "both" ? [`${stem}.md`, `${stem}.json`] : [`${stem}.${choice}`];
  for (const t of targets) {
    const full = writeRecord(t, record, io);
    io.out(style.green(`${m("saved", lang)}: ${full}`) + "\n");
  }
}

/** Writes a record as Markdown or JSON by the file's extension, mode 0600. */
function writeRecord(file: string, record: ConsultRecord, io: Io): string {
  const full = resolve(io.cwd, file);
  const content = /\.json$/i.test(file) ? JSON.stringify(record, null, 2) + "\n" : recordToMarkdown(record);
  try {
    writePrivateFile(full, content);
  } catch {
    throw new CliError({ nl: `Kan het verslag niet schrijven naar '${file}'.`, en: `Cannot write the record to '${file}'.` }, EXIT.usage);
  }
  return full;
}
