import { resolve } from "node:path";
import { CliError, EXIT } from "../io/exit-codes.js";
import type { Io } from "../io/io.js";
import { m, MESSAGES, mf, mt, type MessageKey } from "../i18n/messages.js";
import { cannotWriteText } from "../i18n/write-error.js";
import { visible, type Lang } from "../model/text.js";
import type { TreeSet } from "../model/tree-set.js";
import { formatDiagnosticLine } from "../render/diagnostics-text.js";
import { visibleLines } from "../render/visible-lines.js";
import { makeStyle } from "../render/style.js";
import { computeCoverage, type Count } from "../scenario/coverage.js";
import { junitXml } from "../scenario/junit.js";
import type { ScenarioResult } from "../scenario/run-scenario.js";
import { loadSuite, runSuite, type Suite } from "../scenario/suite.js";
import { scenarioFilesOrStop } from "./support/scenario-files.js";
import { writePrivateFile } from "../util/private-file.js";
import { loadTrees } from "./support/load-trees.js";
import { regionPath, withRegion } from "./support/region-option.js";
import { table, toJson } from "./support/view-support.js";

export interface ScenarioOptions {
  readonly lang: Lang;
  readonly color: boolean;
  readonly paths: readonly string[];
  readonly json?: boolean;
  readonly junit?: string;
  readonly trees?: readonly string[];
  readonly region?: string;
  readonly min?: number;
}

/** The trees the scenarios run on: the bundled ones or --trees (refused when they break a rule at error level), with the region. */
async function treesFor(opts: ScenarioOptions, io: Io): Promise<TreeSet> {
  const set = await loadTrees({ paths: opts.trees, cwd: io.cwd, lang: opts.lang, rules: "consult" });
  const region = await withRegion(set, regionPath(opts.region, io), opts.lang);
  if (region.example) io.err(m("exampleRegion", opts.lang) + "\n");
  return region.set;
}

function load(opts: ScenarioOptions, io: Io): Suite {
  return loadSuite(scenarioFilesOrStop(opts.paths, io.cwd), io.cwd);
}

function resultJson(r: ScenarioResult, lang: Lang) {
  return {
    file: r.scenario.file,
    id: r.scenario.id,
    ...(r.scenario.title ? { title: r.scenario.title[lang] } : {}),
    passed: r.passed,
    failures: r.failures.map((f) => ({
      message: f.message[lang],
      ...(f.location?.line ? { file: f.location.file, line: f.location.line, column: f.location.column ?? 1 } : {}),
    })),
    ...(r.landed
      ? { landed: { outcome: r.landed.outcome, urgency: r.landed.urgency, contacts: r.landed.contacts } }
      : {}),
    ms: Math.round(r.ms * 10) / 10,
  };
}

/** `scenario run`: one line per scenario, the reasons under a failure, a closing count. Exit 1 on any failure or invalid file. */
export async function run(opts: ScenarioOptions, io: Io): Promise<number> {
  const lang = opts.lang;
  const suite = load(opts, io);
  const set = await treesFor(opts, io);
  const results = runSuite(set, suite);
  const failed = results.filter((r) => !r.passed).length + suite.invalid.length;
  const passed = results.length - results.filter((r) => !r.passed).length;
  if (opts.junit) {
    const target = resolve(io.cwd, opts.junit);
    try {
      writePrivateFile(target, junitXml(results, suite.invalid, lang));
    } catch (e) {
      throw new CliError(cannotWriteText(opts.junit, e), EXIT.usage);
    }
  }
  if (opts.json) {
    io.out(
      toJson({
        passed,
        failed,
        scenarios: results.map((r) => resultJson(r, lang)),
        invalidFiles: suite.invalid.map((b) => ({
          file: b.file,
          problems: b.diagnostics.map((d) => formatDiagnosticLine(d, lang)),
        })),
      }),
    );
  } else {
    const style = makeStyle(opts.color);
    for (const r of results) {
      const name = visible(r.scenario.title ? `${r.scenario.id}: ${r.scenario.title[lang]}` : r.scenario.id);
      if (r.passed) {
        io.out(`${style.green("✓")} ${name} ${style.dim(`(${r.scenario.file})`)}\n`);
        continue;
      }
      io.out(`${style.red("✗")} ${name} ${style.dim(`(${r.scenario.file})`)}\n`);
      for (const f of r.failures) {
        const at = f.location?.line ? `${f.location.file}:${f.location.line}:${f.location.column ?? 1}  ` : "";
        io.out(`    ${style.dim(at)}${visible(f.message[lang])}\n`);
      }
      if (r.landed)
        io.out(style.dim(`    → ${r.landed.outcome} · ${r.landed.urgency} · [${r.landed.contacts.join(", ")}]`) + "\n");
    }
    for (const bad of suite.invalid) {
      io.out(`${style.red("✗")} ${bad.file}\n`);
      for (const d of bad.diagnostics) io.out(`    ${formatDiagnosticLine(d, lang)}\n`);
    }
    if (opts.junit) io.err(style.dim(mf("scnJunitWritten", lang, { file: opts.junit })) + "\n");
    io.out((failed > 0 ? style.red.bold : style.green.bold)(mf("scnSummary", lang, { passed, failed })) + "\n");
  }
  return failed > 0 ? EXIT.problems : EXIT.ok;
}

/**
 * `scenario coverage`: per tree, the answers, checklist routes and outcomes the scenarios reach, of those a
 * consult can reach. Exit 1 when a scenario fails or --min is not met; invalid files are listed, and exit 1 too.
 */
export async function coverage(opts: ScenarioOptions, io: Io): Promise<number> {
  const lang = opts.lang;
  const suite = load(opts, io);
  const set = await treesFor(opts, io);
  const results = runSuite(set, suite);
  const cov = computeCoverage(set, results);
  const failed = results.filter((r) => !r.passed).length + suite.invalid.length;
  const below = opts.min !== undefined && cov.all.percent < opts.min;
  if (opts.json) {
    io.out(
      toJson({
        scenarios: results.length,
        failed,
        complete: cov.complete,
        ...(opts.min !== undefined ? { min: opts.min, belowMin: below } : {}),
        all: cov.all,
        trees: cov.trees,
      }),
    );
  } else {
    const style = makeStyle(opts.color);
    const cell = (c: Count) => `${c.covered}/${c.possible} (${c.percent}%)`;
    const head = (k: MessageKey) => m(k, lang);
    io.out(style.bold(mf("covHeading", lang, { n: results.length })) + "\n\n");
    const rows = [
      [head("covTree"), head("covAnswers"), head("covRoutes"), head("covOutcomes"), head("covTotal")],
      ...cov.trees.map((t) => [t.tree, cell(t.answers), cell(t.routes), cell(t.outcomes), cell(t.all)]),
      [head("covTotal"), "", "", "", cell(cov.all)],
    ];
    for (const line of table(rows)) io.out(`  ${line}\n`);
    if (cov.all.missing.length > 0) {
      io.out("\n" + m("covMissing", lang) + "\n");
      for (const t of cov.trees)
        for (const k of [...t.answers.missing, ...t.routes.missing, ...t.outcomes.missing])
          io.out(`  ${t.tree}  ${k}\n`);
    }
    if (cov.all.unreachable.length > 0)
      io.out("\n" + style.dim(mf("covUnreachable", lang, { n: cov.all.unreachable.length })) + "\n");
    if (!cov.complete) io.out(style.yellow(m("covIncomplete", lang)) + "\n");
    if (failed > 0)
      io.out(
        style.red(
          mf("scnSummary", lang, { passed: results.length - results.filter((r) => !r.passed).length, failed }),
        ) + "\n",
      );
  }
  if (below) io.err(mf("covBelow", lang, { pct: cov.all.percent, min: opts.min! }) + "\n");
  return failed > 0 || below ? EXIT.problems : EXIT.ok;
}

/** `scenario from RECORD.json`: a saved JSON record as a scenario (its answers, the advice it reached as expect), on stdout or --out. */
export async function from(opts: { lang: Lang; record: string; out?: string }, io: Io): Promise<number> {
  const { readErrorText, readSmallFile } = await import("../util/read-small-file.js");
  const { parseAnswers } = await import("../consult/answers-file.js");
  const { scenarioFromRecord } = await import("../scenario/from-record.js");
  const read = readSmallFile(resolve(io.cwd, opts.record));
  if ("error" in read) throw new CliError(readErrorText(read.error, MESSAGES.fileRecord, opts.record), EXIT.usage);
  const parsed = parseAnswers(opts.record, read.text);
  if (parsed.diagnostics.length > 0)
    throw new CliError(
      mt("scnNotRecord", { file: opts.record }),
      EXIT.usage,
      parsed.diagnostics.map((d) => formatDiagnosticLine(d, opts.lang)),
    );
  if (!parsed.record) throw new CliError(mt("scnNotRecord", { file: opts.record }), EXIT.usage);
  // Ids come from the record file unchecked: bidi and C1 controls (which YAML leaves as they are) shown as \u{..}.
  const text = visibleLines(scenarioFromRecord(parsed.record));
  if (!opts.out) {
    io.out(text);
    return EXIT.ok;
  }
  const { scenarioTargetProblem, saveScenario } = await import("../scenario/save.js");
  const problem = scenarioTargetProblem(opts.out, io);
  if (problem) throw new CliError(problem, EXIT.usage);
  saveScenario(opts.out, text, io, opts.lang);
  return EXIT.ok;
}

export interface ScenarioDiffOptions {
  readonly lang: Lang;
  readonly color: boolean;
  /** Without --against: OLD NEW, then scenario files or folders. With --against: only scenario files or folders. */
  readonly args: readonly string[];
  readonly against?: string;
  readonly json?: boolean;
  readonly exitCode?: boolean;
}

/**
 * `scenario diff OLD NEW [PATHS...]` or `scenario diff --against git:REV [PATHS...]`: every scenario on both
 * versions of the trees through the runner of `scenario run`, in one table: where it landed on each, what changed.
 * Exit 0 when it ran; with --exit-code 1 when any scenario changed; 1 for an invalid scenario file; 2 when it could not run.
 */
export async function diff(opts: ScenarioDiffOptions, io: Io): Promise<number> {
  const lang = opts.lang;
  const { loadSide } = await import("./diff.js");
  const { diffScenarios } = await import("../scenario/diff.js");
  let oldSpec: string;
  let newSpec: string;
  let paths: readonly string[];
  if (opts.against !== undefined) {
    oldSpec = opts.against.startsWith("git:") ? opts.against : `git:${opts.against}`;
    newSpec = "trees";
    paths = opts.args;
    // `--against` replaces OLD NEW: a git: argument beside it is a mistake, not a scenario file.
    if (paths.some((p) => p.startsWith("git:"))) throw new CliError(mt("sdiffUsage"), EXIT.usage);
  } else {
    if (opts.args.length < 2) throw new CliError(mt("sdiffUsage"), EXIT.usage);
    [oldSpec, newSpec] = opts.args as [string, string];
    paths = opts.args.slice(2);
  }
  const suite = loadSuite(scenarioFilesOrStop(paths, io.cwd), io.cwd);
  const before = loadSide(oldSpec, io, lang, MESSAGES.sideOld);
  const after = loadSide(newSpec, io, lang, MESSAGES.sideNew);
  const rows = diffScenarios(before, after, suite.scenarios);
  const changed = rows.filter((r) => r.changes.length > 0).length;
  if (opts.json) {
    const sideJson = (s: (typeof rows)[number]["old"]) => ({
      passed: s.passed,
      ...(s.contacts
        ? { outcome: s.outcome, urgency: s.urgency, contacts: s.contacts }
        : { stopped: s.stopped![lang] }),
    });
    io.out(
      toJson({
        old: oldSpec,
        new: newSpec,
        changed,
        unchanged: rows.length - changed,
        scenarios: rows.map((r) => ({
          file: r.scenario.file,
          id: r.scenario.id,
          ...(r.scenario.title ? { title: r.scenario.title[lang] } : {}),
          changed: r.changes.length > 0,
          old: sideJson(r.old),
          new: sideJson(r.new),
          changes: r.changes.map((c) => c[lang]),
        })),
        invalidFiles: suite.invalid.map((b) => ({
          file: b.file,
          problems: b.diagnostics.map((d) => formatDiagnosticLine(d, lang)),
        })),
      }),
    );
  } else {
    const style = makeStyle(opts.color);
    const cell = (s: (typeof rows)[number]["old"]) =>
      (s.contacts ? `${s.outcome} · ${s.urgency} · [${s.contacts.join(", ")}]` : `— ${s.stopped![lang]}`) +
      (s.passed ? "" : ` ${m("sdiffFailsMark", lang)}`);
    io.out(style.bold(mf("sdiffHeading", lang, { old: oldSpec, new: newSpec, n: rows.length, changed })) + "\n\n");
    const body = rows.map((r) => {
      const same = r.changes.length === 0;
      return [
        r.scenario.id,
        cell(r.old),
        same ? m("sdiffSame", lang) : cell(r.new),
        same ? "—" : r.changes.map((c) => c[lang]).join("; "),
      ];
    });
    const lines = table([
      [
        m("sdiffScenario", lang),
        mf("sdiffOld", lang, { old: oldSpec }),
        mf("sdiffNew", lang, { new: newSpec }),
        m("sdiffChange", lang),
      ],
      ...body,
    ]);
    lines.forEach((line, i) => io.out(`  ${i > 0 && rows[i - 1]!.changes.length > 0 ? style.yellow(line) : line}\n`));
    for (const bad of suite.invalid) {
      io.out(`${style.red("✗")} ${bad.file}\n`);
      for (const d of bad.diagnostics) io.out(`    ${formatDiagnosticLine(d, lang)}\n`);
    }
  }
  if (suite.invalid.length > 0) return EXIT.problems;
  return opts.exitCode && changed > 0 ? EXIT.problems : EXIT.ok;
}
