import * as validators from "../generated/validators.cjs";
import type { Contact } from "../model/contact.js";
import type { Diagnostic } from "../model/diagnostic.js";
import type { Tree } from "../model/tree.js";
import type { TreeSet } from "../model/tree-set.js";
import { buildTreeSet, type ParsedContacts, type ParsedTree } from "./build-tree-set.js";
import { checkSchema, type Validator } from "./schema-check.js";
import { readHash, readSources, type SourceText } from "./read-sources.js";
import { parseYaml } from "./yaml-file.js";

export type { SourceText };

export interface LoadResult {
  /** Present when the files parse, fit the schema and join into one set. */
  readonly treeSet?: TreeSet;
  readonly diagnostics: readonly Diagnostic[];
}

/**
 * Parse, schema-check and join tree and contacts texts. Pure: no I/O, never throws. `hash` is the
 * texts' content hash (readHash) when the caller has it already.
 */
export function loadFromTexts(trees: readonly SourceText[], contacts: SourceText, hash?: string): LoadResult {
  const diagnostics: Diagnostic[] = [];
  const parsedTrees: ParsedTree[] = [];
  for (const src of trees) {
    const parsed = parseYaml(src.file, src.text);
    diagnostics.push(...parsed.diagnostics);
    if (!parsed.ok) continue;
    const schema = checkSchema(src.file, parsed.value.data, validators.tree as Validator, parsed.value.locate);
    diagnostics.push(...schema);
    if (schema.length === 0)
      parsedTrees.push({ file: src.file, tree: parsed.value.data as Tree, locate: parsed.value.locate });
  }
  let parsedContacts: ParsedContacts | undefined;
  const c = parseYaml(contacts.file, contacts.text);
  diagnostics.push(...c.diagnostics);
  if (c.ok) {
    const schema = checkSchema(contacts.file, c.value.data, validators.contacts as Validator, c.value.locate);
    diagnostics.push(...schema);
    if (schema.length === 0) {
      parsedContacts = {
        file: contacts.file,
        contacts: (c.value.data as { contacts: Contact[] }).contacts,
        locate: c.value.locate,
      };
    }
  }
  if (diagnostics.some((d) => d.severity === "error") || !parsedContacts) return { diagnostics };
  const built = buildTreeSet(parsedTrees, parsedContacts, hash ?? readHash({ trees, contacts }));
  return built.treeSet
    ? { treeSet: built.treeSet, diagnostics: built.diagnostics }
    : { diagnostics: built.diagnostics };
}

/** Reads and loads; I/O problems become diagnostics too. */
export function loadFromPaths(paths: readonly string[], cwd: string): LoadResult {
  const read = readSources(paths, cwd);
  if (read.diagnostics.some((d) => d.severity === "error") || !read.contacts) {
    // Still parse what could be read, so the user sees every problem at once.
    const partial = read.contacts ? loadFromTexts(read.trees, read.contacts) : { diagnostics: [] };
    return { diagnostics: [...read.diagnostics, ...partial.diagnostics] };
  }
  const loaded = loadFromTexts(read.trees, read.contacts);
  return loaded;
}
