import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { hasErrors } from "../model/diagnostic.js";
import type { TreeSet } from "../model/tree-set.js";
import { bundledTreesDir, packageRoot } from "../util/package-root.js";
import { readSmallFile } from "../util/read-small-file.js";
import type { LoadResult } from "./load.js";
import { readHash, readSources, type ReadResult } from "./read-sources.js";
import { decodeSet, encodeSet } from "./set-json.js";

/**
 * The bundled trees, checked at build time and stored as JSON, so a consult
 * starts without parsing YAML or running the schema. The stored copy is used
 * only while its hash matches the YAML files on disk; an edited tree is
 * loaded and checked the slow way (src/pipeline/checked-set.ts: the build's
 * copy, else the cache, else check and store).
 *
 * The file: one line of JSON with the set's content hash, then the set as
 * src/load/set-json.ts encodes it (the cache's entries have the same body).
 */
const PRECOMPILED = "dist/bundled-trees.json";

/**
 * Parses, schema-checks and proves every consult rule on sources. Loading does not depend on
 * checking: the build passes the pipeline in (src/build-hooks.ts: src/pipeline/load-checked.ts).
 */
export type Check = (read: ReadResult) => LoadResult;

/**
 * The build's checked copy of the bundled trees, when `read` (the bundled folder, as read now) is
 * exactly what the build checked; else undefined. It passed every consult rule, so it serves the
 * maintainers' views (structural rules, a subset) too. `hash` is readHash(read), when known.
 */
export function precompiledSet(read: ReadResult, hash?: string): TreeSet | undefined {
  if (hasErrors(read.diagnostics) || !read.contacts) return undefined;
  // The build's own output (about 250 KB); through the safe reader all the same, with room to grow.
  const file = readSmallFile(join(packageRoot(), PRECOMPILED), { maxBytes: 32 * 1024 * 1024 });
  if (!("text" in file)) return undefined;
  const newline = file.text.indexOf("\n");
  if (newline < 0) return undefined;
  let stored: unknown;
  try {
    stored = (JSON.parse(file.text.slice(0, newline)) as { hash?: unknown }).hash;
  } catch {
    return undefined;
  }
  const now = hash ?? readHash(read);
  // The set keeps the names the build read its files under (they are the package's, not the user's).
  return stored === now ? decodeSet(file.text.slice(newline + 1), now) : undefined;
}

/** Build step: store the bundled trees as JSON when they load and pass every consult rule. */
export function precompileBundledTrees(
  check: Check,
  outFile = join(packageRoot(), PRECOMPILED),
): { ok: boolean; message: string } {
  const read = readSources([bundledTreesDir()], packageRoot());
  // The stored copy is what every bundled consult runs on: prove every safety rule on it first.
  const { treeSet: set, diagnostics } = check(read);
  if (!set || !read.contacts) {
    return {
      ok: false,
      message: `bundled trees not precompiled: ${diagnostics.length} problem(s); run 'signaalroute validate' to see them`,
    };
  }
  const body = encodeSet(set);
  if (body === undefined) return { ok: false, message: "bundled trees not precompiled: JSON cannot hold them exactly" };
  writeFileSync(outFile, `${JSON.stringify({ hash: set.hash })}\n${body}`);
  return { ok: true, message: "ok" };
}
