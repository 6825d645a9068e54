import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { fileURLToPath } from "node:url";
import { join } from "node:path";
import { loadFromPaths } from "../src/load/load.js";
import type { TreeSet } from "../src/model/tree-set.js";
import { afterAll, expect, onTestFinished } from "vitest";
import { runAnswers } from "../src/consult/answers-file.js";
import { position, start, type Position } from "../src/engine/engine.js";

export const ROOT = fileURLToPath(new URL("..", import.meta.url));
export const FIXTURES = join(ROOT, "test/fixtures");
export const BASIC = join(FIXTURES, "trees/valid/basic");

/** Folders made by tempDir outside a test (in a describe or beforeAll), removed after the file's tests. */
const madeOutsideTests: string[] = [];
afterAll(() => {
  for (const dir of madeOutsideTests.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/**
 * A new temporary folder (`<tmp>/<prefix>XXXXXX`), removed when the test that made it has finished (also in a
 * beforeEach), or after the file's tests when made outside a test.
 */
export function tempDir(prefix = "sr-test-"): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  try {
    onTestFinished(() => rmSync(dir, { recursive: true, force: true }));
  } catch {
    madeOutsideTests.push(dir);
  }
  return dir;
}

/** Loads a fixture folder and fails the test with the diagnostics if it does not load. */
export function loadSet(dir: string): TreeSet {
  const r = loadFromPaths([dir], process.cwd());
  if (!r.treeSet)
    throw new Error(
      `fixture did not load:\n${r.diagnostics.map((d) => `${d.file}:${d.line}:${d.column} ${d.message.en}`).join("\n")}`,
    );
  return r.treeSet;
}

/** Replays a case's answers (as parsed from YAML) on a tree set through the engine; fails the test on any problem. */
export function replayCase(set: TreeSet, raw: Readonly<Record<string, unknown>>): Position {
  const answers = new Map(
    Object.entries(raw).map(([k, a]) => [k, Array.isArray(a) ? a.map(String) : String(a)] as const),
  );
  const run = runAnswers(set, start(set), answers, () => undefined);
  expect(run.diagnostics.map((d) => d.message.en)).toEqual([]);
  const pos = position(set, run.state);
  if (!pos.ok) throw new Error(pos.error.message.en);
  return pos.value;
}

/** A copy of a fixture folder (the basic one by default) with one file changed; the change must change something. */
export function fixtureVariant(file: string, change: (text: string) => string, from = BASIC): string {
  const dir = tempDir("sr-variant-");
  cpSync(from, dir, { recursive: true });
  const path = join(dir, file);
  const text = readFileSync(path, "utf8");
  const changed = change(text);
  expect(changed).not.toBe(text);
  writeFileSync(path, changed);
  return dir;
}

/** A consult's own draft file: `<id>.json` with the consult's id (20261128-140500-a3f9), not a draft set aside. */
const DRAFT_FILE = /^\d{8}-\d{6}-[0-9a-f]{4}\.json$/;

/** Every JSON file in a data folder's drafts/ (the drafts and the ones set aside as corrupt), by name. */
export function draftFiles(data: string): string[] {
  const folder = join(data, "drafts");
  return existsSync(folder)
    ? readdirSync(folder)
        .filter((f) => f.endsWith(".json"))
        .sort()
    : [];
}

/** The drafts proper in a data folder: one per consult. */
export function draftsOf(data: string): string[] {
  return draftFiles(data).filter((f) => DRAFT_FILE.test(f));
}

/** The path of the one draft a consult left in the data folder; the test fails when there is not exactly one. */
export function onlyDraft(data: string): string {
  const files = draftsOf(data);
  expect(files, `drafts in ${data}`).toHaveLength(1);
  return join(data, "drafts", files[0]!);
}
