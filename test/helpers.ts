import { fileURLToPath } from "node:url";
import { join } from "node:path";
import { loadFromPaths } from "../src/load/load.js";
import type { TreeSet } from "../src/model/tree-set.js";
import { expect } from "vitest";
import { runAnswers } from "../src/consult/answers-file.js";
import { position, start, type Position } from "../src/engine/engine.js";

export const ROOT = fileURLToPath(new URL("..", import.meta.url));
export const FIXTURES = join(ROOT, "test/fixtures");
export const BASIC = join(FIXTURES, "trees/valid/basic");

/** Loads a fixture folder and fails the test with the diagnostics if it does not load. */
export function loadSet(dir: string): TreeSet {
  const r = loadFromPaths([dir]);
  if (!r.treeSet) throw new Error(`fixture did not load:\n${r.diagnostics.map((d) => `${d.file}:${d.line}:${d.column} ${d.message.en}`).join("\n")}`);
  return r.treeSet;
}

/** Replays a case's answers (as parsed from YAML) on a tree set through the engine; fails the test on any problem. */
export function replayCase(set: TreeSet, raw: Readonly<Record<string, unknown>>): Position {
  const answers = new Map(Object.entries(raw).map(([k, a]) => [k, Array.isArray(a) ? a.map(String) : String(a)] as const));
  const run = runAnswers(set, start(set), answers, () => undefined);
  expect(run.diagnostics.map((d) => d.message.en)).toEqual([]);
  const pos = position(set, run.state);
  if (!pos.ok) throw new Error(pos.error.message.en);
  return pos.value;
}
