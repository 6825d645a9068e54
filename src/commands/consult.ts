import { resolve } from "node:path";
import { acquireLock, draftPath, readDraft, releaseLock, removeDraft, saveDraft, type Draft } from "../consult/draft-store.js";
import { runSession } from "../consult/interactive.js";
import { offerToSave, writeRecord } from "../consult/record-files.js";
import { compareWithEarlier } from "../consult/replay-record.js";
import { back, position, start } from "../engine/engine.js";
import type { ConsultState } from "../engine/state.js";
import { CliError, EXIT } from "../cli/exit-codes.js";
import type { Io } from "../cli/io.js";
import { m, mf, mt } from "../i18n/messages.js";
import type { Lang } from "../model/text.js";
import type { TreeSet } from "../model/tree-set.js";
import { buildRecord, localIso } from "../record/build-record.js";
import type { ConsultRecord } from "../record/consult-record.js";
import { renderAdvice, renderAdviceSummary, type AdviceScreenExtras } from "../render/advice-text.js";
import type { Diagnostic } from "../model/diagnostic.js";
import { formatDiagnosticLine } from "../render/diagnostics-text.js";
import { makeStyle } from "../render/style.js";
import { wrapText } from "../render/wrap.js";
import { PromptStopped, type Prompter } from "../ui/prompter.js";
import { readErrorText, readSmallFile } from "../util/read-small-file.js";
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
  /** Print an answers file for the route so far (from --answers, or from the start) with the next question to answer. */
  readonly template?: boolean;
  /** Save the consult (finished or stopped) as a trainer's scenario in this new file. */
  readonly saveScenario?: string;
}

export interface ConsultDeps {
  readonly io: Io;
  /** Made on demand, so a non-interactive run never loads inquirer. */
  readonly prompter?: () => Promise<Prompter>;
}

type RecordExtra = { tool?: string; region?: string };

export async function run(opts: ConsultOptions, deps: ConsultDeps): Promise<number> {
  try {
    if (opts.saveScenario) (await import("../scenario/save.js")).checkScenarioTarget(opts.saveScenario, deps.io);
    return await (opts.template ? template(opts, deps.io) : opts.answers ? fromFile(opts, deps.io) : interactive(opts, deps));
  } catch (e) {
    // Ctrl-C outside a question (e.g. at "resume or start again"): nothing new to save.
    if (e instanceof PromptStopped) {
      deps.io.err(m("stopped", opts.lang) + "\n");
      return EXIT.interrupted;
    }
    throw e;
  }
}

/** The trees (bundled or given) with the region laid over them, and what the record says about them. */
async function treesAndRegion(trees: readonly string[] | undefined, regionFile: string | undefined, io: Io, lang: Lang): Promise<{ set: TreeSet; extra: RecordExtra }> {
  const region = await withRegion(await treeSetForQuick(trees, io.cwd, lang), regionFile, lang);
  if (region.example) io.err(m("exampleRegion", lang) + "\n");
  return { set: region.set, extra: { tool: `signaalroute ${VERSION}`, ...(region.name ? { region: region.name } : {}) } };
}

/** The terminal's width now, when stdout is a terminal; plain output is not wrapped (see README). */
function widthOf(io: Io): number | undefined {
  return io.stdoutIsTTY ? io.terminalSize?.()?.columns : undefined;
}

function widthOption(io: Io): { width?: number } {
  const width = widthOf(io);
  return width === undefined ? {} : { width };
}

/** The same Io, with everything it prints wrapped at word boundaries to the terminal's width at that moment. */
function wrapping(io: Io): Io {
  return { ...io, out: (t) => io.out(wrapText(t, widthOf(io))), err: (t) => io.err(wrapText(t, widthOf(io))) };
}

async function interactive(opts: ConsultOptions, deps: ConsultDeps): Promise<number> {
  const io = wrapping(deps.io);
  const lang = opts.lang;
  if (opts.json || opts.record) throw new CliError({ nl: m("answersOnly", "nl"), en: m("answersOnly", "en") }, EXIT.usage);
  // Both ends must be a terminal: prompts written into a redirected file help nobody.
  if (!io.stdinIsTTY || !io.stdoutIsTTY) throw new CliError({ nl: m("noTerminal", "nl"), en: m("noTerminal", "en") }, EXIT.noTerminal);
  const style = makeStyle(opts.color);
  io.out(style.bold(m("opening", lang)) + "\n" + style.dim(m("noPersonalData", lang)) + "\n");

  const path = draftPath(io.env);
  let lock;
  try {
    lock = acquireLock(path);
  } catch {
    throw new CliError({ nl: `${m("draftUnwritable", "nl")} ${path}`, en: `${m("draftUnwritable", "en")} ${path}` }, EXIT.usage);
  }
  if (!lock.ok) throw new CliError({ nl: `${m("consultRunning", "nl")} (${lock.heldBy})`, en: `${m("consultRunning", "en")} (${lock.heldBy})` }, EXIT.usage);
  try {
    return await interactiveLocked(opts, { ...deps, io }, path, style);
  } finally {
    releaseLock(path);
  }
}

async function interactiveLocked(opts: ConsultOptions, deps: ConsultDeps, path: string, style: ReturnType<typeof makeStyle>): Promise<number> {
  const { io } = deps;
  const lang = opts.lang;
  const read = readDraft(path, io.now());
  if (read.kind === "corrupt") io.err(style.yellow(`${m("draftCorrupt", lang)} ${read.movedTo ?? path}`) + "\n");
  const existing = read.kind === "ok" ? read.draft : undefined;
  if (opts.resume && !existing) throw new CliError({ nl: m("noDraft", "nl"), en: m("noDraft", "en") }, EXIT.usage);

  const prompter = await (deps.prompter ?? (() => defaultPrompter(lang, opts.color, io)))();
  let resume = Boolean(opts.resume);
  if (existing && !opts.resume && !opts.new) {
    const pick = await prompter.select({
      id: "resume-or-new",
      message: m("resumeQuestion", lang),
      choices: [
        { value: "resume", name: m("resumeChoice", lang) },
        { value: "new", name: m("newChoice", lang) },
      ],
    });
    resume = pick === "resume";
  }
  // A resumed consult runs on the trees and region it started with, however it is resumed.
  const trees = resume ? existing!.trees : opts.trees?.map((t) => resolve(io.cwd, t));
  const regionFile = resume ? existing!.region : regionPath(opts.region, io);
  const { set, extra } = await treesAndRegion(trees, regionFile, io, lang);

  let state = startState(set, opts.start);
  if (resume) {
    const kept = replayable(set, existing!.state);
    state = kept.state;
    if (existing!.treeSetHash !== set.hash) io.err(style.yellow(`${m("treesChanged", lang)} ${kept.dropped}`) + "\n");
    io.out(style.green(m("resumed", lang)) + "\n");
  }

  const draftOf = (s: ConsultState): Draft => ({
    format: "signaalroute-draft/1",
    savedAt: localIso(io.now()),
    lang,
    treeSetHash: set.hash,
    ...(trees && trees.length > 0 ? { trees } : {}),
    ...(regionFile ? { region: regionFile } : {}),
    state: s,
  });
  try {
    saveDraft(path, draftOf(state));
  } catch {
    throw new CliError({ nl: `${m("draftUnwritable", "nl")} ${path}`, en: `${m("draftUnwritable", "en")} ${path}` }, EXIT.usage);
  }
  let warned = false;
  const onState = (s: ConsultState) => {
    try {
      saveDraft(path, draftOf(s));
    } catch {
      if (!warned) io.err(style.red(m("draftLost", lang)) + "\n");
      warned = true;
    }
  };
  const end = await runSession(set, state, prompter, lang, style, { onState, print: (t) => io.out(t + "\n") });
  if (opts.saveScenario) await saveScenarioOf(opts.saveScenario, set, end.state, io, lang);
  if (end.kind === "stopped") {
    io.err(m("stopped", lang) + "\n");
    return EXIT.interrupted;
  }
  const record = recordOf(set, end.state, lang, io, extra);
  const advice = renderAdvice(record, lang, style, { ...adviceExtras(set, record, lang), ...widthOption(io) });
  io.out(advice);
  // The question about saving takes about this many rows. When the advice does not fit above it, the
  // headline and the one action to take first are said again just above it, so they stay in view.
  const rows = io.terminalSize?.()?.rows;
  if (rows !== undefined && wrapText(advice, widthOf(io)).split("\n").length + SAVE_QUESTION_ROWS > rows) io.out(renderAdviceSummary(record, lang, style, adviceExtras(set, record, lang)));
  // The draft goes only once the record question is settled: stopping here keeps the consult resumable.
  await offerToSave(record, prompter, lang, io, style);
  removeDraft(path);
  return EXIT.ok;
}

const SAVE_QUESTION_ROWS = 8;

/** The outcome's own text (the record does not hold it), and whether the most urgent contact has its own action line. */
function adviceExtras(set: TreeSet, record: ConsultRecord, lang: Lang): AdviceScreenExtras {
  const node = set.nodes.get(record.outcome.node)?.node;
  const top = record.advice[0] && set.contacts.get(record.advice[0].contact);
  return { ...(node?.kind === "outcome" && node.text ? { outcomeText: node.text[lang] } : {}), topContactHasAction: Boolean(top?.action) };
}

async function defaultPrompter(lang: Lang, color: boolean, io: Io): Promise<Prompter> {
  // Inquirer and the checklist prompt colour through Node's styleText, which honours NO_COLOR: --no-color sets it
  // for this process. Node also reads an empty NO_COLOR as "no colour", where no-color.org (and colorEnabled) do not.
  if (!color) process.env.NO_COLOR = "1";
  else if (process.env.NO_COLOR === "") delete process.env.NO_COLOR;
  const { inquirerPrompter } = await import("../ui/inquirer-prompter.js");
  return inquirerPrompter(lang, () => (io.stdoutIsTTY ? io.terminalSize?.() : undefined));
}

function startState(set: TreeSet, startNode: string | undefined): ConsultState {
  if (startNode !== undefined && !set.nodes.has(startNode)) {
    throw new CliError({ nl: `Startvraag '${startNode}' bestaat niet.`, en: `Start question '${startNode}' does not exist.` }, EXIT.usage);
  }
  return start(set, startNode);
}

/** A draft made on other trees keeps its longest prefix that still fits; says how many answers were dropped. */
function replayable(set: TreeSet, saved: ConsultState): { state: ConsultState; dropped: number } {
  let s = saved;
  while (!position(set, s).ok && s.history.length > 0) s = back(s);
  const state = position(set, s).ok ? s : start(set);
  return { state, dropped: saved.history.length - state.history.length };
}

/** Reads and parses an answers file; a Markdown record, or a file that does not parse, is a usage error (exit 2). */
async function readAnswers(file: string, io: Io, lang: Lang) {
  const { parseAnswers } = await import("../consult/answers-file.js");
  const read = readSmallFile(resolve(io.cwd, file));
  if ("error" in read) throw new CliError(readErrorText(read.error, { nl: "Antwoordbestand", en: "Answers file" }, file), EXIT.usage);
  // A Markdown record is for people: it cannot be replayed. Its JSON twin can.
  const firstLine = read.text.replace(/^\uFEFF/, "").split(/\r?\n/, 1)[0]!.trim();
  if (/\.(md|markdown)$/i.test(file) || firstLine === `# ${m("recordHeading", "nl")}` || firstLine === `# ${m("recordHeading", "en")}`) {
    const json = /\.(md|markdown)$/i.test(file) ? file.replace(/\.(md|markdown)$/i, ".json") : "verslag.json";
    throw new CliError(
      {
        nl: `'${file}' is een Markdown-verslag; dat is voor mensen en kan niet opnieuw worden gedraaid. Gebruik het JSON-verslag: signaalroute consult --answers ${json} (een consult bewaart het als .json, of met --record ${json}).`,
        en: `'${file}' is a Markdown record; it is for people and cannot be replayed. Use the JSON record instead: signaalroute consult --answers ${json} (a consult saves it as .json, or with --record ${json}).`,
      },
      EXIT.usage,
    );
  }
  const parsed = parseAnswers(file, read.text);
  if (!parsed.answers || parsed.diagnostics.length > 0) {
    throw new CliError({ nl: "Het antwoordbestand is ongeldig:", en: "The answers file is invalid:" }, EXIT.usage, parsed.diagnostics.map((d) => formatDiagnosticLine(d, lang)));
  }
  return { ...parsed, answers: parsed.answers };
}

function notFitting(diagnostics: readonly Diagnostic[], file: string, lang: Lang): CliError {
  return new CliError(
    { nl: "De antwoorden passen niet bij de beslisbomen:", en: "The answers do not fit the decision trees:" },
    EXIT.problems,
    diagnostics.map((d) => formatDiagnosticLine({ ...d, file: d.file || file }, lang)),
  );
}

/**
 * `--template`: an answers file for the route so far. With --answers it runs those answers through the engine
 * and prints them with the next question to answer (empty, with its answer ids); without, the first question.
 * Answers that do not fit stop it as in a normal run; only the missing answer is what it is for.
 */
async function template(opts: ConsultOptions, io: Io): Promise<number> {
  if (opts.json || opts.record) throw new CliError({ nl: "--template drukt een antwoordbestand af; --json en --record horen bij een run met --answers zonder --template.", en: "--template prints an answers file; --json and --record belong to a run with --answers without --template." }, EXIT.usage);
  const { runAnswers } = await import("../consult/answers-file.js");
  const { answersTemplate } = await import("../render/answers-template.js");
  const parsed = opts.answers ? await readAnswers(opts.answers, io, opts.lang) : undefined;
  const { set } = await treesAndRegion(opts.trees, regionPath(opts.region, io), io, opts.lang);
  const result = runAnswers(set, startState(set, opts.start), parsed?.answers ?? new Map(), (k) => parsed?.where?.(k), parsed?.blank);
  const problems = result.diagnostics.filter((d) => d !== result.missing);
  if (problems.length > 0) throw notFitting(problems, opts.answers ?? "", opts.lang);
  const pos = position(set, result.state);
  if (!pos.ok) throw new CliError(pos.error.message, EXIT.problems);
  io.out(answersTemplate(set, pos.value, opts.lang));
  return EXIT.ok;
}

async function fromFile(opts: ConsultOptions, io: Io): Promise<number> {
  const { runAnswers, checkExpectation } = await import("../consult/answers-file.js");
  const file = opts.answers!;
  const parsed = await readAnswers(file, io, opts.lang);
  const { set, extra } = await treesAndRegion(opts.trees, regionPath(opts.region, io), io, opts.lang);
  const result = runAnswers(set, startState(set, opts.start), parsed.answers, (k) => parsed.where?.(k), parsed.blank);
  if (result.diagnostics.length > 0) throw notFitting(result.diagnostics, file, opts.lang);
  const record = recordOf(set, result.state, opts.lang, io, extra);
  if (opts.saveScenario) await saveScenarioOf(opts.saveScenario, set, result.state, io, opts.lang);
  if (parsed.record) io.err(compareWithEarlier(parsed.record, record, opts.lang));
  if (opts.record) writeRecord(opts.record, record, io);
  io.out(opts.json ? JSON.stringify(record, null, 2) + "\n" : wrapText(renderAdvice(record, opts.lang, makeStyle(opts.color), { ...adviceExtras(set, record, opts.lang), ...widthOption(io) }), widthOf(io)));
  // A trainer's scenario says where it should land: say whether it did, and fail when it did not.
  if (parsed.expect) {
    const misses = checkExpectation(parsed.expect, record, set, parsed.expectWhere);
    if (misses.length > 0) throw new CliError(mt("scnMisses", { file }), EXIT.problems, misses.map((x) => x[opts.lang]));
    io.err(mf("scnHolds", opts.lang, { file }) + "\n");
  }
  return EXIT.ok;
}

function recordOf(set: TreeSet, state: ConsultState, lang: Lang, io: Io, extra: RecordExtra): ConsultRecord {
  const r = buildRecord(set, state, lang, io.now(), extra);
  if (!r.ok) throw new CliError(r.error.message, EXIT.problems);
  return r.value;
}

/** --save-scenario: the consult's answers and the advice it reached, as a scenario file (issue 10). */
async function saveScenarioOf(file: string, set: TreeSet, state: ConsultState, io: Io, lang: Lang): Promise<void> {
  const { scenarioFromState } = await import("../scenario/from-record.js");
  const { saveScenario } = await import("../scenario/save.js");
  saveScenario(file, scenarioFromState(set, state), io, lang);
}
