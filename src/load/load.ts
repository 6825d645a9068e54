import { readdirSync, readFileSync, statSync } from "node:fs";
import { basename, join, relative } from "node:path";
import * as validators from "../generated/validators.cjs";
import type { Contact } from "../model/contact.js";
import type { Diagnostic } from "../model/diagnostic.js";
import type { Tree } from "../model/tree.js";
import type { TreeSet } from "../model/tree-set.js";
import { bundledTreesDir } from "../util/package-root.js";
import { buildTreeSet, hashSources, type ParsedContacts, type ParsedTree } from "./build-tree-set.js";
import { checkSchema, type Validator } from "./schema-check.js";
import { MAX_FILE_BYTES, parseYaml } from "./yaml-file.js";

export interface SourceText {
  /** Path as shown to the user. */
  readonly file: string;
  readonly text: string;
}

export interface LoadResult {
  /** Present when the files parse, fit the schema and join into one set. */
  readonly treeSet?: TreeSet;
  readonly diagnostics: readonly Diagnostic[];
}

const CONTACTS_FILE = /^contacts\.ya?ml$/;

/** Parse, schema-check and join tree and contacts texts. Pure: no I/O, never throws. */
export function loadFromTexts(trees: readonly SourceText[], contacts: SourceText): LoadResult {
  const diagnostics: Diagnostic[] = [];
  const parsedTrees: ParsedTree[] = [];
  for (const src of trees) {
    const parsed = parseYaml(src.file, src.text);
    diagnostics.push(...parsed.diagnostics);
    if (!parsed.ok) continue;
    const schema = checkSchema(src.file, parsed.value.data, validators.tree as Validator, parsed.value.locate);
    diagnostics.push(...schema);
    if (schema.length === 0) parsedTrees.push({ file: src.file, tree: parsed.value.data as Tree, locate: parsed.value.locate });
  }
  let parsedContacts: ParsedContacts | undefined;
  const c = parseYaml(contacts.file, contacts.text);
  diagnostics.push(...c.diagnostics);
  if (c.ok) {
    const schema = checkSchema(contacts.file, c.value.data, validators.contacts as Validator, c.value.locate);
    diagnostics.push(...schema);
    if (schema.length === 0) {
      parsedContacts = { file: contacts.file, contacts: (c.value.data as { contacts: Contact[] }).contacts, locate: c.value.locate };
    }
  }
  if (diagnostics.some((d) => d.severity === "error") || !parsedContacts) return { diagnostics };
  const hash = hashSources([...trees, contacts].map((s) => ({ name: basename(s.file), text: s.text })));
  const built = buildTreeSet(parsedTrees, parsedContacts, hash);
  return built.treeSet ? { treeSet: built.treeSet, diagnostics: built.diagnostics } : { diagnostics: built.diagnostics };
}

export interface ReadResult {
  readonly trees: SourceText[];
  readonly contacts?: SourceText;
  readonly diagnostics: Diagnostic[];
}

/**
 * Reads tree files from files and folders (a folder: its *.yaml files, not
 * sub-folders). A file named contacts.yaml is the contacts directory; without
 * one, the bundled directory is used.
 */
export function readSources(paths: readonly string[], cwd = process.cwd()): ReadResult {
  const diagnostics: Diagnostic[] = [];
  const files: string[] = [];
  for (const p of paths) {
    let stat;
    try {
      stat = statSync(p);
    } catch {
      diagnostics.push(ioError(p, { nl: "Bestand of map bestaat niet of is niet leesbaar.", en: "File or folder does not exist or cannot be read." }));
      continue;
    }
    if (stat.isDirectory()) {
      const found = readdirSync(p).filter((f) => /\.ya?ml$/.test(f)).sort();
      if (found.length === 0) diagnostics.push(ioError(p, { nl: "Deze map bevat geen .yaml-bestanden.", en: "This folder holds no .yaml files." }));
      files.push(...found.map((f) => join(p, f)));
    } else files.push(p);
  }
  const trees: SourceText[] = [];
  let contacts: SourceText | undefined;
  for (const f of files) {
    const shown = relative(cwd, f) || f;
    const text = readText(f, shown, diagnostics);
    if (text === undefined) continue;
    if (CONTACTS_FILE.test(basename(f))) contacts = { file: shown, text };
    else trees.push({ file: shown, text });
  }
  if (!contacts) {
    const f = join(bundledTreesDir(), "contacts.yaml");
    const text = readText(f, f, diagnostics);
    if (text !== undefined) contacts = { file: relative(cwd, f) || f, text };
  }
  return contacts ? { trees, contacts, diagnostics } : { trees, diagnostics };
}

function readText(path: string, shown: string, diagnostics: Diagnostic[]): string | undefined {
  try {
    if (statSync(path).size > MAX_FILE_BYTES) {
      diagnostics.push(ioError(shown, { nl: `Bestand is groter dan ${MAX_FILE_BYTES / 1024 / 1024} MB en wordt niet gelezen.`, en: `File is larger than ${MAX_FILE_BYTES / 1024 / 1024} MB and is not read.` }, "file-too-large"));
      return undefined;
    }
    return readFileSync(path, "utf8");
  } catch {
    diagnostics.push(ioError(shown, { nl: "Bestand kan niet worden gelezen.", en: "File cannot be read." }));
    return undefined;
  }
}

function ioError(file: string, message: Diagnostic["message"], ruleId = "io"): Diagnostic {
  return { file, ruleId, severity: "error", message };
}

/** Reads and loads; I/O problems become diagnostics too. */
export function loadFromPaths(paths: readonly string[], cwd?: string): LoadResult {
  const read = readSources(paths, cwd);
  if (read.diagnostics.some((d) => d.severity === "error") || !read.contacts) {
    // Still parse what could be read, so the user sees every problem at once.
    const partial = read.contacts ? loadFromTexts(read.trees, read.contacts) : { diagnostics: [] };
    return { diagnostics: [...read.diagnostics, ...partial.diagnostics] };
  }
  const loaded = loadFromTexts(read.trees, read.contacts);
  return loaded;
}
