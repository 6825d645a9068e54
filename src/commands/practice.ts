import { existsSync, statSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { CliError, EXIT } from "../io/exit-codes.js";
import type { Io } from "../io/io.js";
import { runSession } from "../consult/interactive.js";
import { start } from "../engine/engine.js";
import { m, MESSAGES, mf, mt } from "../i18n/messages.js";
import { cannotWriteText } from "../i18n/write-error.js";
import type { Lang } from "../model/text.js";
import type { AskingNode, OutcomeNode } from "../model/tree.js";
import type { TreeSet } from "../model/tree-set.js";
import { buildRecord } from "../record/build-record.js";
import { renderAdvice } from "../render/advice-text.js";
import { formatDiagnosticLine } from "../render/diagnostics-text.js";
import { makeStyle } from "../render/style.js";
import { wrapText } from "../render/wrap.js";
import { comparePractice, contactName, type PracticeResult } from "../scenario/practice.js";
import { practiceResultProblem, summarizePractice } from "../scenario/practice-summary.js";
import { runScenario, startNode } from "../scenario/run-scenario.js";
import type { Scenario } from "../scenario/scenario-file.js";
import { loadSuite } from "../scenario/suite.js";
import { scenarioFilesOrStop } from "./support/scenario-files.js";
import type { Prompter } from "../ui/prompter.js";
import { PromptStopped } from "../ui/prompter.js";
import { exitOnSignals, sayNow } from "../ui/terminal-restore.js";
import { writePrivateFile } from "../util/private-file.js";
import { readErrorText, readSmallFile } from "../util/read-small-file.js";
import { VERSION } from "../version.js";
import { parseYaml } from "../load/yaml-file.js";
import { loadTrees } from "./support/load-trees.js";
import { regionPath, withRegion } from "./support/region-option.js";
import { table, toJson } from "./support/view-support.js";

export interface PracticeOptions {
  readonly lang: Lang;
  readonly color: boolean;
  /** The scenario file (practice), or the result files (--summary). */
  readonly files: readonly string[];
  readonly scenario?: string;
  readonly summary?: boolean;
  readonly json?: boolean;
  readonly out?: string;
  readonly trees?: readonly string[];
  readonly region?: string;
}

export interface PracticeDeps {
  readonly io: Io;
  /** Made on demand (tests give a scripted one). */
  readonly prompter?: () => Promise<Prompter>;
}

type Style = ReturnType<typeof makeStyle>;

/**
 * `practice FILE [--scenario ID]`: the case text, then the real interactive consult (runSession, the consult's
 * own loop and prompts, with back, help and the check page), with no draft and no record: a practice run is
 * never taken for a real consult. Then the comparison with the scenario's model answer (its answers).
 * `practice --summary RESULTS...`: a class's results together.
 */
export async function run(opts: PracticeOptions, deps: PracticeDeps): Promise<number> {
  if (opts.summary) return summary(opts, deps.io);
  const { io } = deps;
  const lang = opts.lang;
  if (opts.files.length !== 1) throw new CliError(mt("practiceOneFile"), EXIT.usage);
  const suite = loadSuite(scenarioFilesOrStop(opts.files, io.cwd), io.cwd);
  if (suite.invalid.length > 0) {
    throw new CliError(
      mt("practiceInvalidFile"),
      EXIT.usage,
      suite.invalid.flatMap((b) => b.diagnostics.map((d) => formatDiagnosticLine(d, lang))),
    );
  }
  if (opts.scenario !== undefined && !suite.scenarios.some((s) => s.id === opts.scenario)) {
    throw new CliError(
      mt("practiceUnknownScenario", { id: opts.scenario, ids: suite.scenarios.map((s) => s.id).join(", ") }),
      EXIT.usage,
    );
  }
  // Before anything is asked: the result must have somewhere to go, so nothing the trainee does is lost.
  if (opts.out) checkOutTarget(opts.out, io);
  if (!io.stdinIsTTY || !io.stdoutIsTTY) throw new CliError(mt("practiceNoTerminal"), EXIT.noTerminal);
  const set = await treesFor(opts, io);
  const style = makeStyle(opts.color);
  const guard = exitOnSignals((signal) => sayNow(`\n${mf("practiceStoppedSignal", lang, { signal })}\n`));
  try {
    let prompter: Prompter | undefined;
    const getPrompter = async () =>
      (prompter ??= await (
        deps.prompter ?? (async () => (await import("./consult.js")).defaultPrompter(lang, opts.color, io))
      )());
    const scenario = await pickScenario(opts, suite.scenarios, lang, getPrompter);
    return await practise(opts, io, set, scenario, await getPrompter(), style);
  } catch (e) {
    if (e instanceof PromptStopped) {
      io.err(m("practiceStopped", lang) + "\n");
      return EXIT.interrupted;
    }
    throw e;
  } finally {
    guard.off();
  }
}

async function treesFor(opts: PracticeOptions, io: Io): Promise<TreeSet> {
  const set = await loadTrees({ paths: opts.trees, cwd: io.cwd, lang: opts.lang, rules: "consult" });
  const region = await withRegion(set, regionPath(opts.region, io), opts.lang);
  if (region.example) io.err(m("exampleRegion", opts.lang) + "\n");
  return region.set;
}

function checkOutTarget(file: string, io: Io): void {
  const full = resolve(io.cwd, file);
  let folder = false;
  try {
    folder = statSync(dirname(full)).isDirectory();
  } catch {
    // handled below
  }
  if (!folder) throw new CliError(cannotWriteText(file, "ENOENT"), EXIT.usage);
  if (existsSync(full)) throw new CliError(mt("practiceOutExists", { file }), EXIT.usage);
}

/** --scenario ID, the only one, or (a training module) the trainee picks one. */
async function pickScenario(
  opts: PracticeOptions,
  scenarios: readonly Scenario[],
  lang: Lang,
  prompter: () => Promise<Prompter>,
): Promise<Scenario> {
  if (opts.scenario !== undefined) return scenarios.find((s) => s.id === opts.scenario)!;
  if (scenarios.length === 1) return scenarios[0]!;
  const id = await (
    await prompter()
  ).select({
    id: "practice-scenario",
    message: m("practicePick", lang),
    choices: scenarios.map((s) => ({ value: s.id, name: s.title ? `${s.title[lang]} (${s.id})` : s.id })),
  });
  return scenarios.find((s) => s.id === id)!;
}

async function practise(
  opts: PracticeOptions,
  io: Io,
  set: TreeSet,
  scenario: Scenario,
  prompter: Prompter,
  style: Style,
): Promise<number> {
  const lang = opts.lang;
  const width = io.stdoutIsTTY ? io.terminalSize?.()?.columns : undefined;
  const print = (t: string) => io.out(wrapText(t, width) + "\n");
  // The model answer is the scenario's own run, through scenario run's runner: it must pass before it can teach.
  const model = runScenario(set, scenario);
  if (!model.passed || !model.state) {
    throw new CliError(
      mt("practiceModelFails", { id: scenario.id }),
      EXIT.problems,
      model.failures.map(
        (f) =>
          (f.location?.line ? `${f.location.file}:${f.location.line}:${f.location.column ?? 1}  ` : "") +
          f.message[lang],
      ),
    );
  }
  print(
    style.yellow.bold(
      mf("practiceBanner", lang, { id: scenario.id, title: scenario.title ? `: ${scenario.title[lang]}` : "" }),
    ),
  );
  print(style.dim(m("practiceNoDraft", lang)));
  print("");
  print(scenario.casus ? scenario.casus[lang] : style.dim(m("practiceNoCasus", lang)));
  const end = await runSession(set, start(set, startNode(set, scenario.start)!), prompter, lang, style, {
    onState: () => {},
    print,
    review: true,
    quitLabel: m("practiceQuit", lang),
  });
  const finished = end.kind === "done";
  const result = comparePractice(set, scenario, model.state, end.state, finished);
  if (finished) {
    const record = buildRecord(set, end.state, lang, io.now(), { tool: `signaalroute ${VERSION}` });
    if (record.ok && !opts.json) {
      print("\n" + style.yellow.bold(m("practiceAdviceHeading", lang)));
      io.out(wrapText(renderAdvice(record.value, lang, style, width === undefined ? {} : { width }), width));
    }
  } else io.err(m("practiceStopped", lang) + "\n");
  if (opts.json) io.out(toJson(result));
  else io.out(wrapText(renderComparison(set, result, lang, style), width));
  if (opts.out) saveResult(opts.out, result, io, lang);
  return finished ? EXIT.ok : EXIT.interrupted;
}

/** Writes the result (0600, never over an existing file); when that fails, prints it, so the trainee's run is not lost. */
function saveResult(file: string, result: PracticeResult, io: Io, lang: Lang): void {
  try {
    writePrivateFile(resolve(io.cwd, file), toJson(result), { noClobber: true });
    io.err(mf("practiceSaved", lang, { file }) + "\n");
  } catch (e) {
    io.err(cannotWriteText(file, e)[lang] + "\n");
    io.out(toJson(result));
  }
}

/** The comparison a trainee reads: outcome, contacts reached, missed and added, and where the route split, with that question's help. */
export function renderComparison(set: TreeSet, r: PracticeResult, lang: Lang, style: Style): string {
  const lines = ["", style.bold(m("practiceCompareHeading", lang))];
  const outcomeName = (id: string | undefined) => {
    if (id === undefined) return m("practiceNoOutcome", lang);
    const node = set.nodes.get(id)?.node as OutcomeNode | undefined;
    return node?.title ? `${node.title[lang]} (${id})` : id;
  };
  const names = (ids: readonly string[]) =>
    ids.length === 0 ? "—" : ids.map((c) => contactName(set, c, lang)).join(", ");
  lines.push(
    `  ${m("practiceYourOutcome", lang)} ${outcomeName(r.trainee.outcome)}${r.trainee.urgency ? ` · ${r.trainee.urgency}` : ""}`,
  );
  lines.push(`  ${m("practiceModelOutcome", lang)} ${outcomeName(r.model.outcome)} · ${r.model.urgency}`);
  lines.push(
    `  ${style.green(mf("practiceReached", lang, { n: r.contacts.reached.length, of: (r.model.contacts ?? []).length }))} ${names(r.contacts.reached)}`,
  );
  if (r.contacts.missed.length > 0)
    lines.push(
      `  ${style.red(mf("practiceMissed", lang, { n: r.contacts.missed.length }))} ${names(r.contacts.missed)}`,
    );
  if (r.contacts.added.length > 0)
    lines.push(
      `  ${style.yellow(mf("practiceAdded", lang, { n: r.contacts.added.length }))} ${names(r.contacts.added)}`,
    );
  for (const u of r.contacts.otherUrgency)
    lines.push(
      `  ${style.yellow(mf("practiceOtherUrgency", lang, { contact: contactName(set, u.contact, lang), trainee: u.trainee, model: u.model }))}`,
    );
  if (r.contacts.forbidden.length > 0)
    lines.push(`  ${style.red(m("practiceForbidden", lang))} ${names(r.contacts.forbidden)}`);
  lines.push("");
  if (r.split) {
    const node = set.nodes.get(r.split.question)?.node as AskingNode | undefined;
    lines.push(
      style.bold(mf("practiceSplit", lang, { step: r.split.step, question: r.split.text[lang], id: r.split.question })),
    );
    lines.push(`  ${m("practiceYouChose", lang)} ${r.split.traineeLabel[lang]}`);
    lines.push(`  ${m("practiceModelChose", lang)} ${r.split.modelLabel[lang]}`);
    lines.push(
      `  ${style.cyan(m("practiceWhy", lang))} ${r.split.help ? r.split.help[lang] : node ? m("noHelp", lang) : ""}`,
    );
  } else if (r.finished) lines.push(style.green(m("practiceSameRoute", lang)));
  else lines.push(mf("practiceStoppedSame", lang, { n: r.trainee.answers.length }));
  return lines.join("\n") + "\n";
}

/** `practice --summary RESULTS...`: per scenario, how many reached each contact of the model answer, and where routes split most often. */
async function summary(opts: PracticeOptions, io: Io): Promise<number> {
  const lang = opts.lang;
  if (opts.files.length === 0) throw new CliError(mt("practiceSummaryNone"), EXIT.usage);
  const results: PracticeResult[] = [];
  const problems: string[] = [];
  for (const file of opts.files) {
    const read = readSmallFile(resolve(io.cwd, file));
    if ("error" in read) {
      problems.push(readErrorText(read.error, MESSAGES.filePractice, file)[lang]);
      continue;
    }
    // Read as YAML, which JSON is a part of, for the line and column of a syntax error (JSON.parse gives neither,
    // and in English only). The first error is enough to say the file is no result.
    const parsed = parseYaml(file, read.text);
    if (!parsed.ok) {
      problems.push(formatDiagnosticLine(parsed.diagnostics[0]!, lang));
      continue;
    }
    const data = parsed.value.data;
    const why = practiceResultProblem(data);
    if (why) problems.push(`${file}: ${mf("practiceNotResult", lang, { why })}`);
    else results.push(data as PracticeResult);
  }
  if (problems.length > 0) throw new CliError(mt("practiceSummaryInvalid"), EXIT.usage, problems);
  const sum = summarizePractice(results);
  if (opts.json) {
    io.out(toJson(sum));
    return EXIT.ok;
  }
  const style = makeStyle(opts.color);
  io.out(style.bold(mf("practiceSummaryHeading", lang, { n: sum.results, s: sum.scenarios.length })) + "\n");
  for (const s of sum.scenarios) {
    io.out(
      `\n${style.bold(`${s.id}${s.title ? `: ${s.title[lang]}` : ""}`)}  ${style.dim(mf("practiceSummaryCounts", lang, { n: s.results, finished: s.finished, same: s.sameAdvice }))}\n`,
    );
    if (s.treeVersions > 1) io.out(style.yellow(`  ${mf("practiceSummaryTrees", lang, { n: s.treeVersions })}`) + "\n");
    const rows = [
      [m("practiceSummaryContact", lang), m("practiceSummaryReached", lang)],
      ...s.contacts.map((c) => [c.contact, mf("practiceOf", lang, { n: c.reached, of: c.required })]),
    ];
    for (const line of table(rows)) io.out(`  ${line}\n`);
    if (s.splits.length > 0) {
      io.out(`  ${m("practiceSummarySplits", lang)}\n`);
      for (const sp of s.splits) io.out(`    ${sp.count}×  ${sp.question}  ${style.dim(sp.text[lang])}\n`);
    }
  }
  if (sum.splits.length > 0 && sum.scenarios.length > 1) {
    io.out(`\n${style.bold(m("practiceSummaryAllSplits", lang))}\n`);
    for (const sp of sum.splits) io.out(`  ${sp.count}×  ${sp.question}  ${style.dim(sp.text[lang])}\n`);
  }
  return EXIT.ok;
}
