import { resolve } from "node:path";
import {
  draftFile,
  draftsDir,
  listDrafts,
  lockDraft,
  moveAside,
  newDraftId,
  readDraft,
  removeDraft,
  saveDraft,
  type Draft,
  type DraftEntry,
  type HeldLock,
} from "../consult/draft-store.js";
import { runSession } from "../consult/interactive.js";
import type { RecordFields, SaveEnd } from "../consult/record-files.js";
import { back, position, start } from "../engine/engine.js";
import type { ConsultState } from "../engine/state.js";
import type { AskingNode } from "../model/tree.js";
import { CliError, EXIT } from "../io/exit-codes.js";
import type { Io } from "../io/io.js";
import { m, MESSAGES, mf, mt, mt as mfText } from "../i18n/messages.js";
import { visible, type Lang } from "../model/text.js";
import { yamlValue } from "../render/answers-template.js";
import type { TreeSet } from "../model/tree-set.js";
import { answerText, buildRecord, localIso, type RecordExtra } from "../record/build-record.js";
import type { ConsultRecord } from "../record/consult-record.js";
import type { AdviceScreenExtras } from "../render/advice-text.js";
import type { Diagnostic } from "../model/diagnostic.js";
import { formatDiagnosticLine } from "../render/diagnostics-text.js";
import { makeStyle } from "../render/style.js";
import { wrapText } from "../render/wrap.js";
import type { Pager } from "../ui/pager.js";
import { PromptStopped, type Prompter } from "../ui/prompter.js";
import { exitOnSignals, sayNow, type HandledSignal, type SignalGuard } from "../ui/terminal-restore.js";
import { clean, draftLine } from "../consult/draft-line.js";
import { readErrorText, readSmallFile } from "../util/read-small-file.js";
import { VERSION } from "../version.js";
import { loadTrees } from "./support/load-trees.js";
import { regionPath, withRegion } from "./support/region-option.js";

export interface ConsultOptions {
  readonly lang: Lang;
  readonly color: boolean;
  readonly answers?: string;
  readonly json?: boolean;
  /** `--resume` (true) or `--resume ID`. */
  readonly resume?: boolean | string;
  readonly new?: boolean;
  readonly trees?: readonly string[];
  readonly record?: string;
  readonly start?: string;
  readonly region?: string;
  /** Print an answers file for the route so far (from --answers, or from the start) with the next question to answer. */
  readonly template?: boolean;
  /** `--force`: overwrite an existing --record file without asking. */
  readonly force?: boolean;
  /** `--reference` / `--role`: the record's "uw kenmerk" and "uw functie". */
  readonly reference?: string;
  readonly role?: string;
  /** Save the consult (finished or stopped) as a trainer's scenario in this new file. */
  readonly saveScenario?: string;
}

export interface ConsultDeps {
  readonly io: Io;
  /** Made on demand, so a non-interactive run never loads inquirer. */
  readonly prompter?: () => Promise<Prompter>;
  /** Shows advice taller than the terminal; null for none. Default: $PAGER or `less -R -F -X` in a real terminal. */
  readonly pager?: Pager | null;
}

export async function run(opts: ConsultOptions, deps: ConsultDeps): Promise<number> {
  // Signals (Ctrl-C outside a prompt, a closed terminal, kill): the terminal is restored, what was kept is said.
  const interrupted: Interrupted = {};
  const guard = exitOnSignals((signal) => sayStopped(interrupted, signal, opts.lang));
  loadingGuard = guard;
  try {
    if (opts.saveScenario) {
      const problem = (await import("../scenario/save.js")).scenarioTargetProblem(opts.saveScenario, deps.io);
      if (problem) throw new CliError(problem, EXIT.usage);
    }
    return await (opts.template
      ? template(opts, deps.io)
      : opts.answers
        ? fromFile(opts, deps)
        : interactive(opts, deps, interrupted));
  } catch (e) {
    // Ctrl-C outside a question (e.g. at "resume or start again"): nothing new to save.
    if (e instanceof PromptStopped) {
      deps.io.err(m("stopped", opts.lang) + "\n");
      return EXIT.interrupted;
    }
    throw e;
  } finally {
    interrupted.lock?.release();
    guard.off();
    loadingGuard = undefined;
  }
}

/** Trees load with the default signal disposition: checking trees given with --trees takes seconds of synchronous work. */
let loadingGuard: SignalGuard | undefined;

/** What a signal handler needs to know about the consult running now. */
interface Interrupted {
  id?: string;
  lock?: HeldLock;
  /** Set once the draft has been saved. */
  saved?: boolean;
  /** The answers the draft could not be updated with (a read-only or full data folder), as an answers file. */
  unsaved?: string;
  dir?: string;
}

function sayStopped(ctx: Interrupted, signal: HandledSignal, lang: Lang): void {
  if (ctx.unsaved !== undefined) sayNow(`\n${mf("draftStale", lang, { dir: ctx.dir ?? "" })}\n${ctx.unsaved}`);
  else if (ctx.saved && ctx.id) sayNow(`\n${mf("stoppedSignal", lang, { signal, id: ctx.id })}\n`);
  else sayNow(`\n${mf("stoppedSignalPlain", lang, { signal })}\n`);
  ctx.lock?.release();
}

/** The trees (bundled or given) with the region laid over them, and what the record says about them. */
async function treesAndRegion(
  trees: readonly string[] | undefined,
  regionFile: string | undefined,
  io: Io,
  lang: Lang,
): Promise<{ set: TreeSet; extra: RecordExtra }> {
  const load = () => loadTrees({ paths: trees, cwd: io.cwd, lang, rules: "consult" });
  const region = await withRegion(
    await (loadingGuard ? loadingGuard.withDefaultSignals(load) : load()),
    regionFile,
    lang,
    localIso(io.now()).slice(0, 10),
  );
  if (region.example) io.err(m("exampleRegion", lang) + "\n");
  if (region.stale) io.err(region.stale + "\n");
  return {
    set: region.set,
    extra: { tool: `signaalroute ${VERSION}`, ...(region.name ? { region: region.name } : {}) },
  };
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

async function interactive(opts: ConsultOptions, deps: ConsultDeps, ctx: Interrupted): Promise<number> {
  const io = wrapping(deps.io);
  const lang = opts.lang;
  if (opts.json) throw new CliError(MESSAGES.answersOnly, EXIT.usage);
  await recordFieldsOf(opts);
  const wantedId = typeof opts.resume === "string" ? opts.resume : undefined;
  // Drafts from earlier versions are migrated, temporary files left by a kill recovered, damaged drafts put aside.
  const listing = listDrafts(io.env, io.now());
  // An id that is not there is an error that lists the ids, with or without a terminal.
  if (wantedId !== undefined && !listing.drafts.some((d) => d.id === wantedId))
    throw unknownDraft(wantedId, listing.drafts, lang);
  // Both ends must be a terminal: prompts written into a redirected file help nobody.
  if (!io.stdinIsTTY || !io.stdoutIsTTY) throw new CliError(MESSAGES.noTerminal, EXIT.noTerminal);
  const style = makeStyle(opts.color);
  io.out(style.bold(m("opening", lang)) + "\n" + style.dim(m("noPersonalData", lang)) + "\n");
  for (const id of listing.recovered) io.err(style.yellow(mf("draftRecovered", lang, { id })) + "\n");
  for (const f of listing.movedAside) io.err(style.yellow(mf("draftCorrupt", lang, { file: f })) + "\n");

  let prompter: Prompter | undefined;
  const getPrompter = async () =>
    (prompter ??= await (deps.prompter ?? (() => defaultPrompter(lang, opts.color, io)))());
  const picked = await pickDraft(opts, listing.drafts, wantedId, lang, io, style, getPrompter);
  return interactiveWith(opts, { ...deps, io }, picked, style, await getPrompter(), ctx);
}

/** The consult to continue (a draft), or undefined for a new one; asks when there is a choice. */
async function pickDraft(
  opts: ConsultOptions,
  drafts: readonly DraftEntry[],
  wantedId: string | undefined,
  lang: Lang,
  io: Io,
  style: ReturnType<typeof makeStyle>,
  prompter: () => Promise<Prompter>,
): Promise<DraftEntry | undefined> {
  if (opts.new) return undefined;
  if (wantedId !== undefined) return drafts.find((d) => d.id === wantedId)!;
  const free = drafts.filter((d) => d.draft && !d.running);
  if (opts.resume) {
    if (free.length === 0)
      throw new CliError(drafts.length > 0 ? mfText("draftAllRunning", {}) : MESSAGES.noDraft, EXIT.usage);
    if (free.length === 1) {
      io.out(style.green(mf("draftResuming", lang, { draft: draftLine(free[0]!, lang) })) + "\n");
      return free[0];
    }
    const id = await (
      await prompter()
    ).select({
      id: "resume-pick",
      message: `${mf("draftsWaiting", lang, { n: free.length })} ${m("draftPick", lang)}`,
      choices: free.map((d) => ({ value: d.id, name: draftLine(d, lang) })),
    });
    return free.find((d) => d.id === id);
  }
  if (free.length === 0) return undefined;
  if (free.length === 1) {
    const pick = await (
      await prompter()
    ).select({
      id: "resume-or-new",
      message: mf("draftWaitingOne", lang, { draft: draftLine(free[0]!, lang) }),
      choices: [
        { value: "resume", name: m("draftResumeThis", lang) },
        { value: "new", name: m("draftNewKeepOne", lang) },
      ],
    });
    return pick === "resume" ? free[0] : undefined;
  }
  const pick = await (
    await prompter()
  ).select({
    id: "resume-or-new",
    message: `${mf("draftsWaiting", lang, { n: free.length })} ${m("draftPick", lang)}`,
    choices: [
      ...free.map((d) => ({ value: d.id, name: draftLine(d, lang) })),
      { value: "new", name: m("draftNewKeep", lang), separatorBefore: " " },
    ],
  });
  return free.find((d) => d.id === pick);
}

function unknownDraft(id: string, drafts: readonly DraftEntry[], lang: Lang): CliError {
  const ids = drafts.map((d) => d.id).join(", ");
  return new CliError(
    ids ? mfText("draftUnknownId", { id: clean(id), ids }) : mfText("draftUnknownIdNone", { id: clean(id) }),
    EXIT.usage,
    drafts.map((d) => `${d.id}  ${draftLine(d, lang)}`),
  );
}

/** The first answers kept in a draft for listings: their labels in both languages, no more than this many. */
const PROGRESS_LABELS = 3;

async function interactiveWith(
  opts: ConsultOptions,
  deps: ConsultDeps,
  picked: DraftEntry | undefined,
  style: ReturnType<typeof makeStyle>,
  prompter: Prompter,
  ctx: Interrupted,
): Promise<number> {
  const { io } = deps;
  const lang = opts.lang;
  const now = io.now();
  const id = picked?.id ?? newDraftId(now);
  const path = draftFile(io.env, id);
  let lock;
  try {
    lock = lockDraft(io.env, id);
  } catch {
    throw new CliError(mt("draftUnwritable", { dir: draftsDir(io.env) }), EXIT.usage);
  }
  if (!lock.ok) throw new CliError(mfText("draftBusy", { id, pid: lock.heldBy }), EXIT.usage);
  Object.assign(ctx, { id, lock: lock.lock, dir: draftsDir(io.env) });

  // Read again under the lock: the listing may be older than the draft.
  let existing: Draft | undefined;
  if (picked) {
    const read = readDraft(path, io.now());
    if (read.kind !== "ok")
      throw new CliError(
        read.kind === "corrupt" ? mt("draftCorrupt", { file: read.movedTo ?? path }) : unknownDraft(id, [], lang).text,
        EXIT.usage,
      );
    existing = read.draft;
  }
  // A resumed consult runs on the trees and region it started with, however it is resumed.
  const trees = existing ? existing.trees : opts.trees?.map((t) => resolve(io.cwd, t));
  const regionFile = existing ? existing.region : regionPath(opts.region, io);
  const { set, extra } = await treesAndRegion(trees, regionFile, io, lang);

  let state: ConsultState;
  let practice: boolean;
  if (existing) {
    const trusted = trustDraft(set, existing);
    if (!trusted.ok) {
      const moved = moveAside(path, io.now()).movedTo ?? path;
      throw new CliError(
        trusted.refused === "start"
          ? mfText("draftNotFromStart", { start: clean(existing.state.start), file: moved })
          : mfText("draftDoesNotReplay", { reason: trusted.reason, file: moved }),
        EXIT.usage,
      );
    }
    state = trusted.state;
    practice = existing.practice === true;
    if (existing.treeSetHash !== set.hash) io.err(style.yellow(`${m("treesChanged", lang)} ${trusted.dropped}`) + "\n");
    if (practice) io.err(style.yellow(mf("draftPracticeResumed", lang, { start: clean(state.start) })) + "\n");
    io.out(style.green(m("resumed", lang)) + "\n");
  } else {
    state = startState(set, opts.start);
    practice = state.start !== set.main.entry;
  }

  const createdAt = existing?.createdAt ?? localIso(now);
  const draftOf = (s: ConsultState): Draft => ({
    format: "signaalroute-draft/2",
    createdAt,
    savedAt: localIso(io.now()),
    lang,
    treeSetHash: set.hash,
    ...(trees && trees.length > 0 ? { trees } : {}),
    ...(regionFile ? { region: regionFile } : {}),
    ...(practice ? { practice: true } : {}),
    progress: progressOf(set, s),
    state: s,
  });
  try {
    saveDraft(path, draftOf(state));
    ctx.saved = true;
  } catch {
    throw new CliError(mt("draftUnwritable", { dir: draftsDir(io.env) }), EXIT.usage);
  }
  const onState = (s: ConsultState) => {
    try {
      saveDraft(path, draftOf(s));
      delete ctx.unsaved;
    } catch {
      // A data folder made read-only (or full) mid-consult: say so once, and keep the answers to print.
      if (ctx.unsaved === undefined) io.err(style.red(m("draftLost", lang)) + "\n");
      ctx.unsaved = answersFileOf(set, s);
    }
  };
  const fields = await recordFieldsOf(opts);
  // A consult that does not start at the main tree's entry may skip the danger question: it is practice, and says so.
  if (state.start !== set.main.entry)
    io.out(style.yellow.bold(mf("practiceMark", lang, { start: visible(state.start) })) + "\n");
  // A trainer's scenario of this consult (--save-scenario), saved once, from the answers it ends with.
  const scenario = async (s: ConsultState) => {
    if (opts.saveScenario) await saveScenarioOf(opts.saveScenario, set, s, io, lang);
  };
  // Stopped at a question, the check page or the record question: the scenario so far, and how to go on.
  const stopped = async (s: ConsultState) => {
    await scenario(s);
    if (ctx.unsaved !== undefined) io.err(`${mf("draftStale", lang, { dir: draftsDir(io.env) })}\n${ctx.unsaved}`);
    else io.err(mf("stoppedDraft", lang, { id }) + "\n");
    return EXIT.interrupted;
  };
  for (;;) {
    const end = await runSession(set, state, prompter, lang, style, {
      onState,
      print: (t) => io.out(t + "\n"),
      review: true,
    });
    if (end.kind === "stopped") return stopped(end.state);
    state = end.state;
    const record = recordOf(set, state, lang, io, { ...extra, ...fields });
    await showAdvice(
      set,
      record,
      lang,
      style,
      io,
      deps.pager === undefined ? await defaultPager(io) : (deps.pager ?? undefined),
    );
    // The draft goes only once the record question is settled: stopping here keeps the consult resumable.
    // Saving, the advice and the pager are imported when the consult gets there, not at start-up.
    const { offerToSave } = await import("../consult/record-files.js");
    let saved: SaveEnd;
    try {
      saved = await offerToSave((f) => recordOf(set, state, lang, io, { ...extra, ...f }), prompter, lang, io, style, {
        ...(opts.record ? { file: opts.record } : {}),
        ...(opts.force ? { force: true } : {}),
        fields,
      });
    } catch (e) {
      // Ctrl-C at the record question: the route is finished, so its scenario is written now, and the answers
      // stay in the draft, to resume by its id like any stop. Not before the question: "Terug" can still change the route.
      if (e instanceof PromptStopped) return stopped(state);
      throw e;
    }
    // "Terug": the check page again, then the advice again.
    if (saved.kind === "back") continue;
    await scenario(state);
    if (saved.kind === "failed") {
      // The advice was shown; the record was not saved: the answers stay in the draft.
      io.err(style.red(mf("recordNotSavedDraft", lang, { id })) + "\n");
      return EXIT.recordNotSaved;
    }
    try {
      removeDraft(path);
    } catch {
      io.err(style.yellow(mf("draftNotRemoved", lang, { file: path, id })) + "\n");
    }
    delete ctx.unsaved;
    return EXIT.ok;
  }
}

/**
 * The advice, most important first. When it is taller than the terminal it
 * goes through a pager (its first screen holds the headline, the first
 * action and the first contacts), and its headline and first action are
 * said again just above the question about saving, so they stay in view.
 */
async function showAdvice(
  set: TreeSet,
  record: ConsultRecord,
  lang: Lang,
  style: ReturnType<typeof makeStyle>,
  io: Io,
  pager: Pager | undefined,
): Promise<void> {
  const { renderAdvice, renderAdviceSummary } = await import("../render/advice-text.js");
  const extras = adviceExtras(set, record, lang);
  const advice = wrapText(renderAdvice(record, lang, style, { ...extras, ...widthOption(io) }), widthOf(io));
  const rows = io.terminalSize?.()?.rows;
  const tall = rows !== undefined && advice.split("\n").length > rows;
  if (!(tall && pager?.(advice))) io.out(advice);
  // The question about saving takes about this many rows.
  if (rows !== undefined && advice.split("\n").length + SAVE_QUESTION_ROWS > rows)
    io.out(renderAdviceSummary(record, lang, style, extras));
}

/** The system's pager, only where the advice is read in a real terminal (never in tests, never with CI set). */
async function defaultPager(io: Io): Promise<Pager | undefined> {
  return io.stdoutIsTTY && process.stdout.isTTY ? (await import("../ui/pager.js")).systemPager(io.env) : undefined;
}

/** --reference and --role, refused (exit 2) when they hold anything that identifies someone. */
async function recordFieldsOf(opts: ConsultOptions): Promise<RecordFields> {
  const out: { reference?: string; role?: string } = {};
  // The check for identifying details is imported only when there is something to check.
  if (!opts.reference?.trim() && !opts.role?.trim()) return out;
  const { refusalOf } = await import("../record/identifying.js");
  for (const [key, flag] of [
    ["reference", "--reference"],
    ["role", "--role"],
  ] as const) {
    const value = opts[key]?.trim();
    if (!value) continue;
    const nl = refusalOf(value, "nl");
    if (nl)
      throw new CliError(mt("flagRefused", { flag, reason: { nl, en: String(refusalOf(value, "en")) } }), EXIT.usage);
    out[key] = value;
  }
  return out;
}

/**
 * Whether a saved consult can be trusted. It must start at the main tree's
 * entry (the danger question), unless it was started with --start as a
 * practice consult. On the trees it was made with, every saved step must
 * replay through the engine; a draft that does not was edited, and is refused.
 * On trees that changed since, the longest prefix that still replays is kept.
 */
function trustDraft(
  set: TreeSet,
  draft: Draft,
): { ok: true; state: ConsultState; dropped: number } | { ok: false; refused: "start" | "replay"; reason: string } {
  if (draft.practice !== true && draft.state.start !== set.main.entry)
    return { ok: false, refused: "start", reason: draft.state.start };
  if (draft.treeSetHash === set.hash) {
    const pos = position(set, draft.state);
    if (!pos.ok) return { ok: false, refused: "replay", reason: clean(pos.error.message.en) };
    return { ok: true, state: draft.state, dropped: 0 };
  }
  return { ok: true, ...replayable(set, draft.state) };
}

/** How far a consult got, for listings: questions answered by the user and the first answers' labels (tree texts only). */
function progressOf(set: TreeSet, s: ConsultState): NonNullable<Draft["progress"]> {
  const pos = position(set, s);
  if (!pos.ok) return { asked: 0, answers: [] };
  const given = pos.value.answers.filter((a) => !a.implied);
  const labels = given.slice(0, PROGRESS_LABELS).map((a) => {
    const node = set.nodes.get(a.node)!.node as AskingNode;
    return { nl: answerText(node, a.answer, "nl"), en: answerText(node, a.answer, "en") };
  });
  return { asked: given.length, answers: labels, ...(pos.value.done ? { done: true } : {}) };
}

/** The answers given so far as an answers file (`--answers`), for when the draft cannot be saved. */
function answersFileOf(set: TreeSet, s: ConsultState): string {
  const pos = position(set, s);
  const given = pos.ok ? pos.value.answers.filter((a) => !a.implied) : [];
  // Quoted as the template quotes them, so ids like `no` or `1` read back as the same answers.
  return given.map((a) => `${a.node}: ${yamlValue(a.answer)}\n`).join("");
}

const SAVE_QUESTION_ROWS = 8;

/** The outcome's own text (the record does not hold it), and whether the most urgent contact has its own action line. */
function adviceExtras(set: TreeSet, record: ConsultRecord, lang: Lang): AdviceScreenExtras {
  const node = set.nodes.get(record.outcome.node)?.node;
  const top = record.advice[0] && set.contacts.get(record.advice[0].contact);
  return {
    ...(node?.kind === "outcome" && node.text ? { outcomeText: node.text[lang] } : {}),
    topContactHasAction: Boolean(top?.action),
  };
}

export async function defaultPrompter(lang: Lang, color: boolean, io: Io): Promise<Prompter> {
  // Inquirer and the checklist prompt colour through Node's styleText, which honours NO_COLOR: --no-color sets it
  // for this process. Node also reads an empty NO_COLOR as "no colour", where no-color.org (and colorEnabled) do not.
  if (!color) process.env.NO_COLOR = "1";
  else if (process.env.NO_COLOR === "") delete process.env.NO_COLOR;
  const { inquirerPrompter } = await import("../ui/inquirer-prompter.js");
  return inquirerPrompter(lang, () => (io.stdoutIsTTY ? io.terminalSize?.() : undefined));
}

function startState(set: TreeSet, startNode: string | undefined): ConsultState {
  if (startNode !== undefined && !set.nodes.has(startNode)) {
    throw new CliError(mt("startUnknown", { node: startNode }), EXIT.usage);
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
  if ("error" in read) throw new CliError(readErrorText(read.error, MESSAGES.fileAnswers, file), EXIT.usage);
  // A Markdown record is for people: it cannot be replayed. Its JSON twin can.
  const firstLine = read.text
    .replace(/^\uFEFF/, "")
    .split(/\r?\n/, 1)[0]!
    .trim();
  if (
    /\.(md|markdown)$/i.test(file) ||
    firstLine === `# ${m("recordHeading", "nl")}` ||
    firstLine === `# ${m("recordHeading", "en")}`
  ) {
    const json = /\.(md|markdown)$/i.test(file) ? file.replace(/\.(md|markdown)$/i, ".json") : "verslag.json";
    throw new CliError(mt("answersMarkdown", { file, json }), EXIT.usage);
  }
  const parsed = parseAnswers(file, read.text);
  if (!parsed.answers || parsed.diagnostics.length > 0) {
    throw new CliError(
      MESSAGES.answersInvalid,
      EXIT.usage,
      parsed.diagnostics.map((d) => formatDiagnosticLine(d, lang)),
    );
  }
  return { ...parsed, answers: parsed.answers };
}

function notFitting(diagnostics: readonly Diagnostic[], file: string, lang: Lang): CliError {
  return new CliError(
    MESSAGES.answersMisfit,
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
  if (opts.json || opts.record) throw new CliError(MESSAGES.templateOnly, EXIT.usage);
  const { runAnswers } = await import("../consult/answers-file.js");
  const { answersTemplate } = await import("../render/answers-template.js");
  const parsed = opts.answers ? await readAnswers(opts.answers, io, opts.lang) : undefined;
  const { set } = await treesAndRegion(opts.trees, regionPath(opts.region, io), io, opts.lang);
  const result = runAnswers(
    set,
    startState(set, opts.start),
    parsed?.answers ?? new Map(),
    (k) => parsed?.where?.(k),
    parsed?.blank,
  );
  const problems = result.diagnostics.filter((d) => d !== result.missing);
  if (problems.length > 0) throw notFitting(problems, opts.answers ?? "", opts.lang);
  const pos = position(set, result.state);
  if (!pos.ok) throw new CliError(pos.error.message, EXIT.problems);
  io.out(answersTemplate(set, pos.value, opts.lang));
  return EXIT.ok;
}

async function fromFile(opts: ConsultOptions, deps: ConsultDeps): Promise<number> {
  const { io } = deps;
  const lang = opts.lang;
  const { runAnswers, checkExpectation } = await import("../consult/answers-file.js");
  const { compareWithEarlier, recordProblems } = await import("../consult/replay-record.js");
  const { renderAdvice } = await import("../render/advice-text.js");
  const file = opts.answers!;
  const fields = await recordFieldsOf(opts);
  const parsed = await readAnswers(file, io, lang);
  const { set, extra } = await treesAndRegion(opts.trees, regionPath(opts.region, io), io, lang);
  if (parsed.record) {
    const problems = recordProblems(set, parsed.record, file, parsed.locate, lang);
    if (problems.length > 0) throw new CliError(mt("recordRefused"), EXIT.usage, problems);
  }
  // A practice record replays from where it started (and the replay is practice too).
  const startNode = opts.start ?? (parsed.record?.practice ? parsed.record.start : undefined);
  const result = runAnswers(set, startState(set, startNode), parsed.answers, (k) => parsed.where?.(k), parsed.blank);
  if (result.diagnostics.length > 0) throw notFitting(result.diagnostics, file, lang);
  const record = recordOf(set, result.state, lang, io, { ...extra, ...fields });
  if (opts.saveScenario) await saveScenarioOf(opts.saveScenario, set, result.state, io, lang);
  if (parsed.record) io.err(compareWithEarlier(parsed.record, record, lang));
  const style = makeStyle(opts.color);
  // The advice first: a record that cannot be written never holds it back.
  io.out(
    opts.json
      ? JSON.stringify(record, null, 2) + "\n"
      : wrapText(
          renderAdvice(record, lang, style, { ...adviceExtras(set, record, lang), ...widthOption(io) }),
          widthOf(io),
        ),
  );
  let code: number = EXIT.ok;
  if (opts.record) {
    // In a terminal an existing file is asked about; without one it is refused (unless --force).
    const ask =
      io.stdinIsTTY && io.stdoutIsTTY ? (deps.prompter ?? (() => defaultPrompter(lang, opts.color, io))) : undefined;
    const { saveNamedRecord } = await import("../consult/record-files.js");
    const saved = await saveNamedRecord(opts.record, record, io, lang, style, {
      ...(opts.force ? { force: true } : {}),
      ...(ask ? { prompter: ask } : {}),
    });
    if (saved.kind === "failed") {
      io.err(`signaalroute: ${saved.message}\n${m("recordNotSavedFile", lang)}\n`);
      code = EXIT.recordNotSaved;
    }
  }
  // A trainer's scenario says where it should land: say whether it did, and fail when it did not.
  if (parsed.expect) {
    const misses = checkExpectation(parsed.expect, record, set, parsed.expectWhere);
    if (misses.length > 0)
      throw new CliError(
        mt("scnMisses", { file }),
        EXIT.problems,
        misses.map((x) => x[lang]),
      );
    io.err(mf("scnHolds", lang, { file }) + "\n");
  }
  return code;
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
