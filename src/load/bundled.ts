import { writeFileSync } from "node:fs";
import { basename, join } from "node:path";
import type { Contact } from "../model/contact.js";
import { hasErrors } from "../model/diagnostic.js";
import type { Tree } from "../model/tree.js";
import { bundledTreesDir, packageRoot } from "../util/package-root.js";
import { readSmallFile } from "../util/read-small-file.js";
import { buildTreeSet, hashSources } from "./build-tree-set.js";
import type { LoadResult } from "./load.js";
import { readSources, type ReadResult } from "./read-sources.js";

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
  const hash = hashSources([...read.trees, read.contacts].map((s) => ({ name: basename(s.file), text: s.text })));
  const pre = readPrecompiled();
  if (pre && pre.hash === hash) {
    const built = buildTreeSet(
      pre.trees.map((t) => ({ file: t.file, tree: t.tree, locate: () => ({ file: t.file }) })),
      { file: pre.contacts.file, contacts: pre.contacts.list, locate: () => ({ file: pre.contacts.file }) },
      hash,
    );
    if (built.treeSet) return { treeSet: built.treeSet, diagnostics: [] };
  }
  // The YAML on disk differs from the build's copy: load and check it the slow way.
  return slowLoad(read);
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
export async function precompileBundledTrees(slowLoad: SlowLoad, outFile = join(packageRoot(), PRECOMPILED)): Promise<{ ok: boolean; message: string }> {
  const read = readSources([bundledTreesDir()], packageRoot());
  // The stored copy is what every bundled consult runs on: prove every safety rule on it first.
  const { treeSet: set, diagnostics } = await slowLoad(read);
  if (!set || !read.contacts) {
    return { ok: false, message: `bundled trees not precompiled: ${diagnostics.length} problem(s); run 'signaalroute validate' to see them` };
  }
  const data: Precompiled = {
    hash: set.hash,
    trees: [...set.trees.values()].map((tree) => ({ file: set.files.get(tree.id)!, tree })),
    contacts: { file: read.contacts.file, list: [...set.contacts.values()] },
  };
  writeFileSync(outFile, JSON.stringify(data));
  return { ok: true, message: "ok" };
}
