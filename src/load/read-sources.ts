import { readdirSync, statSync } from "node:fs";
import { basename, join, relative } from "node:path";
import { MESSAGES, mt } from "../i18n/messages.js";
import type { Diagnostic } from "../model/diagnostic.js";
import { bundledTreesDir } from "../util/package-root.js";
import { hashSources } from "./build-tree-set.js";
import { MAX_INPUT_BYTES, readSmallFile } from "../util/read-small-file.js";

// File access only (no YAML parser here), so a consult on the precompiled
// bundled trees does not load the parser at all.

/** Larger files are refused before reading: no real tree comes near this. */
export const MAX_FILE_BYTES = MAX_INPUT_BYTES;

export interface SourceText {
  /** Path as shown to the user. */
  readonly file: string;
  readonly text: string;
}

const CONTACTS_FILE = /^contacts\.ya?ml$/;

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
export function readSources(paths: readonly string[], cwd: string): ReadResult {
  const diagnostics: Diagnostic[] = [];
  const files: string[] = [];
  for (const p of paths) {
    let stat;
    try {
      stat = statSync(p);
    } catch {
      diagnostics.push(ioError(p, MESSAGES.srcMissing));
      continue;
    }
    if (stat.isDirectory()) {
      let found: string[];
      try {
        found = readdirSync(p)
          .filter((f) => /\.ya?ml$/.test(f))
          .sort();
      } catch {
        diagnostics.push(ioError(p, MESSAGES.srcDirUnreadable));
        continue;
      }
      if (found.length === 0) diagnostics.push(ioError(p, MESSAGES.srcDirEmpty));
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

/** Through the one safe reader: a FIFO, a device or a folder named like a tree file is refused, never waited on. */
function readText(path: string, shown: string, diagnostics: Diagnostic[]): string | undefined {
  const read = readSmallFile(path);
  if ("text" in read) return read.text;
  if (read.error === "too-large") {
    diagnostics.push(ioError(shown, mt("srcTooLarge", { mb: MAX_FILE_BYTES / 1024 / 1024 }), "file-too-large"));
  } else if (read.error === "not-a-file") {
    diagnostics.push(ioError(shown, MESSAGES.srcNotAFile));
  } else {
    diagnostics.push(ioError(shown, MESSAGES.srcUnreadable));
  }
  return undefined;
}

function ioError(file: string, message: Diagnostic["message"], ruleId = "io"): Diagnostic {
  return { file, ruleId, severity: "error", message };
}

/**
 * The content hash of the files as read (TreeSet.hash, over every file's name and text): computed once
 * per load and passed down to the build's copy, the cache and the parser, which all key on it.
 */
export function readHash(read: Pick<ReadResult, "contacts"> & { readonly trees: readonly SourceText[] }): string {
  const sources = read.contacts ? [...read.trees, read.contacts] : read.trees;
  return hashSources(sources.map((s) => ({ name: basename(s.file), text: s.text })));
}
