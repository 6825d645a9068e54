import { fileURLToPath } from "node:url";
import { join } from "node:path";
import { loadFromPaths } from "../src/load/load.js";
import type { TreeSet } from "../src/model/tree-set.js";

export const ROOT = fileURLToPath(new URL("..", import.meta.url));
export const FIXTURES = join(ROOT, "test/fixtures");
export const BASIC = join(FIXTURES, "trees/valid/basic");

/** Loads a fixture folder and fails the test with the diagnostics if it does not load. */
export function loadSet(dir: string): TreeSet {
  const r = loadFromPaths([dir]);
  if (!r.treeSet) throw new Error(`fixture did not load:\n${r.diagnostics.map((d) => `${d.file}:${d.line}:${d.column} ${d.message.en}`).join("\n")}`);
  return r.treeSet;
}
