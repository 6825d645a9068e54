import { mkdirSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { expect } from "vitest";
import { main } from "../../src/cli.js";
import { fakeIo } from "../fake-io.js";
import { FIXTURES, tempDir as removedAfterTest } from "../helpers.js";

// Shared by the property tests in test/fuzz (issue 13, "And to keep it so"). Every property runs with a
// fixed seed, so a failure reproduces with the same input; fast-check prints the seed and the shrunk input.

/** The seed every property starts from. Change it to explore; a failure prints the seed and path to replay. */
export const SEED = 13013;

/** Exit codes the README documents. 70 (a bug in signaalroute) is deliberately not among them. */
export const DOCUMENTED_EXITS = new Set([0, 1, 2, 3, 4, 129, 130, 143]);

/**
 * Characters a terminal may act on: C0 and C1 controls (other than \n) and the bidirectional overrides and
 * isolates. Colour is off in every run here, so not even ESC from chalk may appear.
 */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
export const CONTROL = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/u;

/** Names that resolve on a plain object although no file defines them. */
export const PROTOTYPE_NAMES = Object.getOwnPropertyNames(Object.prototype);

/** Texts meant to hurt: escape sequences (clear screen, clipboard, window title), bidi overrides, invisible-only text. */
export const HOSTILE_TEXTS = [
  "\u001b[2J\u001b[H",
  "\u001b]52;c;aGk=\u0007",
  "\u001b]0;titel\u0007",
  "\u009b31m",
  "a\u0000b",
  "\r",
  "\u202eevil",
  "\u2066x\u2069",
  "\u200b\u200b",
  "\u2800",
  "\u00ad",
  "\ufeff",
  "",
  " ",
  "#",
  "'\"",
  "${x}",
  "漢字 é",
];

/** An id a file might hold: ordinary, prototype names, empty, or hostile. */
export const hostileId = fc.oneof(
  fc.constantFrom(...PROTOTYPE_NAMES),
  fc.constantFrom("__proto__", "prototype", "then", "length", "0", "-1", "", "a b", "Gevaar", "nee"),
  fc.constantFrom(...HOSTILE_TEXTS),
  fc.stringMatching(/^[a-z][a-z0-9-]{0,8}$/),
);

/** A string with a hostile piece put into it, or a random unicode string. */
export const hostileText = fc.oneof(
  fc
    .tuple(fc.string({ maxLength: 8 }), fc.constantFrom(...HOSTILE_TEXTS), fc.string({ maxLength: 8 }))
    .map(([a, b, c]) => a + b + c),
  fc.string({ unit: "binary", maxLength: 12 }),
);

/** A value of another type than the one a key expects. */
export const otherType = fc.oneof(
  fc.constantFrom<unknown>(null, true, false, 0, -1, 1e308, [], {}, [[]], { nl: "x" }, { en: "y" }, "", "x"),
  hostileText,
  hostileId,
);

export interface Run {
  readonly code: number;
  readonly out: string;
  readonly err: string;
}

/** Runs the CLI in-process with colour off and no terminal, as a script or a pipe would. */
export async function runCli(args: readonly string[], cwd: string, env: Record<string, string> = {}): Promise<Run> {
  const io = fakeIo({ cwd, env: { NO_COLOR: "1", ...env } });
  const code = await main(["--no-color", ...args], io);
  return { code, out: io.stdout(), err: io.stderr() };
}

/** The properties every command run must have, whatever its input. */
export function expectWellBehaved(r: Run, what: string): void {
  const all = r.out + r.err;
  expect(DOCUMENTED_EXITS.has(r.code), `${what}: exit ${r.code}\n${all.slice(0, 2000)}`).toBe(true);
  expect(all, `${what}: a stack trace or an internal error`).not.toMatch(
    /\n\s+at .+[(:]\d+|Maximum call stack|is not a function|Cannot read propert|undefined is not|onverwachte fout|unexpected error/i,
  );
  const bad = CONTROL.exec(all);
  expect(
    bad
      ? `${what}: U+${bad[0].codePointAt(0)!.toString(16).padStart(4, "0")} at ${JSON.stringify(all.slice(Math.max(0, bad.index - 60), bad.index + 20))}`
      : "",
  ).toBe("");
}

/** A fresh temporary folder (0700 by mkdtemp), removed when the test has finished. */
export function tempDir(prefix: string): string {
  return removedAfterTest(`sr-fuzz-${prefix}-`);
}

/** The text files of a fixture folder, by name. */
export function fixtureFiles(rel: string): Map<string, string> {
  const dir = join(FIXTURES, rel);
  return new Map(readdirSync(dir).map((f) => [f, readFileSync(join(dir, f), "utf8")]));
}

/** Writes a tree set (file name -> text) into a new folder and returns it. */
export function writeSet(files: ReadonlyMap<string, string>, prefix = "set"): string {
  const dir = tempDir(prefix);
  mkdirSync(dir, { recursive: true });
  for (const [name, text] of files) writeFileSync(join(dir, name), text);
  return dir;
}

/** `path:line:col` at the start of a diagnostic line (validate's stylish list and the one-line lists). */
export const DIAGNOSTIC_LINE = /^\s+(\S+?)(?::(\d+):(\d+))?\s{2}(fout|error|waarschuwing|warning)\s{2}/;

/** numRuns for a property: the given number, times FUZZ_SCALE when set (`FUZZ_SCALE=20 npx vitest run test/fuzz` to explore). */
export function runs(n: number): number {
  const scale = Number(process.env.FUZZ_SCALE ?? "1");
  return Math.max(1, Math.round(n * (Number.isFinite(scale) && scale > 0 ? scale : 1)));
}

/** The seed: SEED, or FUZZ_SEED when set (to explore, or to replay a failure reported with another seed). */
export function seed(): number {
  return process.env.FUZZ_SEED ? Number(process.env.FUZZ_SEED) : SEED;
}

/** A test's timeout, grown with FUZZ_SCALE. The default runs stay far inside it on a loaded 2-core machine. */
export function timeout(ms: number): number {
  return runs(ms);
}
