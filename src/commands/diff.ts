import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { diffRoutes } from "../analysis/route-diff.js";
import { CliError, EXIT } from "../io/exit-codes.js";
import type { Io } from "../io/io.js";
import { MESSAGES, mt } from "../i18n/messages.js";
import type { Lang, Text } from "../model/text.js";
import type { TreeSet } from "../model/tree-set.js";
import { diffJson, diffText, isEmptyDiff } from "../render/diff-text.js";
import { makeStyle } from "../render/style.js";
import { checkRules } from "../pipeline/load-checked.js";
import { loadTreesWith } from "./support/load-trees.js";
import { toJson } from "./support/view-support.js";

export interface DiffOptions {
  readonly lang: Lang;
  readonly color: boolean;
  readonly old: string;
  readonly new: string;
  readonly json?: boolean;
  /** Exit 1 when anything differs, like `git diff --exit-code`. */
  readonly exitCode?: boolean;
}

const GIT_PREFIX = "git:";

/**
 * Compares the routes of two versions of the trees: two folders, or `git:REV`
 * for the trees/ folder at a git revision (read with local `git show`).
 * Exit 0 whenever the comparison ran, with or without differences (a diff
 * informs a review, it does not fail it), unless `--exit-code`: then 1 when
 * anything differs, as `git diff --exit-code`; 2 when it could not run (a path
 * that does not exist, an unknown revision, trees that do not load).
 */
export function run(opts: DiffOptions, io: Io): number {
  const before = loadSide(opts.old, io, opts.lang, MESSAGES.sideOld);
  const after = loadSide(opts.new, io, opts.lang, MESSAGES.sideNew);
  const diff = diffRoutes(before, after);
  const labels = { old: opts.old, new: opts.new };
  if (opts.json) io.out(toJson(diffJson(diff, before, after, labels, opts.lang)));
  else io.out(diffText(diff, before, after, labels, opts.lang, makeStyle(opts.color)));
  return opts.exitCode && !isEmptyDiff(diff) ? EXIT.problems : EXIT.ok;
}

/** One side of a comparison: a folder of trees, or `git:REV` (the trees/ folder at that revision). Also used by `scenario diff`. */
export function loadSide(spec: string, io: Io, lang: Lang, which: Text): TreeSet {
  if (spec.startsWith(GIT_PREFIX)) return fromGit(spec.slice(GIT_PREFIX.length), io, lang, which);
  const path = resolve(io.cwd, spec);
  let isDir = false;
  try {
    isDir = statSync(path).isDirectory();
  } catch {
    // handled below
  }
  if (!isDir) throw new CliError(mt("diffNotAFolder", { spec, side: which }), EXIT.usage);
  return loadOrUsage([path], io.cwd, lang, spec, which);
}

/** Trees that do not load make the diff unable to run: exit 2, with the loader's problems listed. */
function loadOrUsage(paths: string[], cwd: string, lang: Lang, spec: string, which: Text): TreeSet {
  try {
    return loadTreesWith({ paths, cwd, lang, rules: "structural" }, checkRules);
  } catch (e) {
    if (!(e instanceof CliError)) throw e;
    throw new CliError(mt("diffSideProblem", { spec, side: which, problem: e.text }), EXIT.usage, e.details);
  }
}

function fromGit(rev: string, io: Io, lang: Lang, which: Text): TreeSet {
  // A revision never starts with "-" (it would be read as an option) and holds no spaces or control characters.
  if (!/^[^-\s][^\s\0]*$/.test(rev)) {
    throw new CliError(mt("gitBadRevision", { rev }), EXIT.usage);
  }
  const git = (args: string[]) =>
    execFileSync("git", args, { cwd: io.cwd, stdio: ["ignore", "pipe", "pipe"], maxBuffer: 64 * 1024 * 1024 });
  let listing: string;
  try {
    listing = git(["ls-tree", "-z", rev, "--", "trees/"]).toString("utf8");
  } catch {
    throw new CliError(mt("gitUnreadable", { rev }), EXIT.usage);
  }
  const files = listing
    .split("\0")
    .filter(Boolean)
    .map((line) => ({ type: line.split(" ")[1], path: line.split("\t")[1] ?? "" }))
    .filter((f) => f.type === "blob" && /^trees\/[a-z0-9][a-z0-9._-]*\.ya?ml$/i.test(f.path))
    .map((f) => f.path.slice("trees/".length));
  if (files.length === 0) {
    throw new CliError(mt("gitNoTrees", { rev }), EXIT.usage);
  }
  const dir = mkdtempSync(join(tmpdir(), "signaalroute-diff-"));
  try {
    for (const f of files) writeFileSync(join(dir, f), git(["show", `${rev}:trees/${f}`]), { mode: 0o600 });
    return loadOrUsage([dir], dir, lang, `git:${rev}`, which);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
