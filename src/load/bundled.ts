import { createHash } from "node:crypto";
import { readdirSync, writeFileSync } from "node:fs";
import { basename, dirname, join } from "node:path";
import type { Contact } from "../model/contact.js";
import { hasErrors } from "../model/diagnostic.js";
import type { Tree } from "../model/tree.js";
import { bundledTreesDir, packageRoot } from "../util/package-root.js";
import { readSmallFile } from "../util/read-small-file.js";
import { buildTreeSet, hashSources } from "./build-tree-set.js";
import type { LoadResult } from "./load.js";
import { readSources, type ReadResult } from "./read-sources.js";
import type { TreeSet } from "../model/tree-set.js";
import { cachedTreeSet, storeTreeSet } from "../cache/tree-cache.js";

/**
 * The bundled trees, checked at build time and stored as JSON, so a consult
 * starts without parsing YAML or running the schema. The stored copy is used
 * only while its hash matches the YAML files on disk; an edited tree is
 * loaded and checked the slow way.
 */
interface Precompiled {
  readonly hash: string;
  readonly trees: readonly { readonly file: string; readonly tree: Tree }[];
  readonly contacts: { readonly file: string; readonly list: readonly Contact[] };
}

const PRECOMPILED = "dist/bundled-trees.json";

/**
 * Parses, schema-checks and proves the rules on sources the slow way. Loading does not depend on
 * checking: the caller passes the pipeline in (src/pipeline/load-checked.ts, `loadConsultChecked`).
 */
export type SlowLoad = (read: ReadResult) => Promise<LoadResult>;

export async function loadBundled(slowLoad: SlowLoad, cwd = process.cwd()): Promise<LoadResult> {
  const read = readSources([bundledTreesDir()], cwd);
  if (hasErrors(read.diagnostics) || !read.contacts) return { diagnostics: read.diagnostics };
  const set = precompiledSet(read) ?? cachedTreeSet(read, "consult");
  if (set) return { treeSet: set, diagnostics: [] };
  // The YAML on disk differs from the build's copy (and from the cache's): load and check it the slow way.
  const checked = await slowLoad(read);
  if (checked.treeSet) storeTreeSet(read, "consult", checked.treeSet);
  return checked;
}

/**
 * The build's checked copy of the bundled trees, when `read` (the bundled folder, as read now) is
 * exactly what the build checked; else undefined. It passed every consult rule, so it serves the
 * maintainers' views (structural rules, a subset) too.
 */
export function precompiledSet(read: ReadResult): TreeSet | undefined {
  if (hasErrors(read.diagnostics) || !read.contacts) return undefined;
  const hash = hashSources([...read.trees, read.contacts].map((s) => ({ name: basename(s.file), text: s.text })));
  const pre = readPrecompiled();
  if (!pre || pre.hash !== hash) return undefined;
  const built = buildTreeSet(
    pre.trees.map((t) => ({ file: t.file, tree: t.tree, locate: () => ({ file: t.file }) })),
    { file: pre.contacts.file, contacts: pre.contacts.list, locate: () => ({ file: pre.contacts.file }) },
    hash,
  );
  return built.treeSet;
}

function readPrecompiled(): Precompiled | undefined {
  // The build's own output (about 250 KB); through the safe reader all the same, with room to grow.
  const read = readSmallFile(join(packageRoot(), PRECOMPILED), { maxBytes: 32 * 1024 * 1024 });
  if (!("text" in read)) return undefined;
  try {
    return JSON.parse(read.text) as Precompiled;
  } catch {
    return undefined;
  }
}

/** Build step: store the bundled trees as JSON when they load and pass the structural rules. */
export async function precompileBundledTrees(
  slowLoad: SlowLoad,
  outFile = join(packageRoot(), PRECOMPILED),
): Promise<{ ok: boolean; message: string }> {
  writeBuildId(dirname(outFile));
  const read = readSources([bundledTreesDir()], packageRoot());
  // The stored copy is what every bundled consult runs on: prove every safety rule on it first.
  const { treeSet: set, diagnostics } = await slowLoad(read);
  if (!set || !read.contacts) {
    return {
      ok: false,
      message: `bundled trees not precompiled: ${diagnostics.length} problem(s); run 'signaalroute validate' to see them`,
    };
  }
  const data: Precompiled = {
    hash: set.hash,
    trees: [...set.trees.values()].map((tree) => ({ file: set.files.get(tree.id)!, tree })),
    contacts: { file: read.contacts.file, list: [...set.contacts.values()] },
  };
  writeFileSync(outFile, JSON.stringify(data));
  return { ok: true, message: "ok" };
}

/**
 * Build step: dist/build-id, the sha256 of the build's code (every dist/*.js, by name), so the cache
 * of checked tree sets (src/cache/tree-cache.ts) never serves a set that an older build's rules passed.
 * Written whether or not the bundled trees precompile.
 */
export function writeBuildId(distDir: string): void {
  const hash = createHash("sha256");
  for (const name of readdirSync(distDir)
    .filter((f) => f.endsWith(".js"))
    .sort()) {
    const read = readSmallFile(join(distDir, name), { maxBytes: 64 * 1024 * 1024 });
    if (!("text" in read)) throw new Error(`build: cannot read ${name}`);
    hash.update(name).update("\0").update(read.text).update("\0");
  }
  writeFileSync(join(distDir, "build-id"), `${hash.digest("hex")}\n`);
}
