import { createHash } from "node:crypto";
import { chmodSync, lstatSync, mkdirSync, readdirSync, rmSync, utimesSync, type Stats } from "node:fs";
import { basename, join } from "node:path";
import { readHash, type ReadResult } from "../load/read-sources.js";
import { decodeSet, encodeSet } from "../load/set-json.js";
import { hasErrors } from "../model/diagnostic.js";
import type { TreeSet } from "../model/tree-set.js";
import { packageRoot } from "../util/package-root.js";
import { writePrivateFile } from "../util/private-file.js";
import { readSmallFile } from "../util/read-small-file.js";
import { VERSION } from "../version.js";
import { treeCacheDir } from "./settings.js";

/**
 * The cache of checked tree sets (issue 14): a tree set that was parsed,
 * schema-checked and passed its rules is stored as JSON in the user's cache
 * folder, so the next run on the same files loads it as fast as the bundled
 * trees' build-time copy, without the YAML parser, the schema or the rules.
 *
 * An entry's name is the hash of its key: the format, the tool's version and
 * build (a new build may have other rules), the set's content hash over every
 * input file, and the files' names in the order they are read (trees, then
 * contacts). A region file
 * is applied after loading, with its own checks, every run: it is not an input.
 * The entry records which rules it passed (`consult` includes `structural`).
 *
 * Nothing in an entry is trusted: it is used only when it is a regular file
 * of ours (not a symlink, our uid, mode 0600) in a folder of ours that no one
 * else can write to, its header names the expected key, the sha256 of its
 * body matches the header, the body parses, has one tree per input file, and
 * joins into a set again. Anything else is ignored, and the trees are loaded
 * and checked afresh (and the entry replaced). The hash guards against a
 * damaged or edited entry; it is not a signature (whoever can write the
 * user's own files can change what runs anyway).
 *
 * Privacy: an entry holds tree and contacts content only (the same as the
 * YAML files), never an answer, a record or a draft.
 *
 * Bounded: at most MAX_ENTRIES entries and MAX_TOTAL_BYTES together (the
 * least recently used go first; a hit counts as a use); an entry larger than
 * MAX_ENTRY_BYTES is not written. Files 0600, folder 0700, written atomically.
 * Never throws: a cache that cannot be read or written is no cache.
 */

export type RuleSetName = "consult" | "structural";

// 2: the body is src/load/set-json.ts's encoding, the one the build's copy of the bundled trees has too.
const FORMAT = "signaalroute-tree-cache/2";
export const MAX_ENTRIES = 8;
export const MAX_TOTAL_BYTES = 64 * 1024 * 1024;
export const MAX_ENTRY_BYTES = 32 * 1024 * 1024;
const ENTRY = /^set-[0-9a-f]{64}\.json$/;
const TEMP = /^set-[0-9a-f]{64}\.json\.[0-9a-f]{12}\.tmp$/;
/** A temporary file this old was left by a killed run (a write takes milliseconds). */
const STALE_TEMP_MS = 60 * 60 * 1000;

interface Header {
  readonly format: string;
  readonly key: string;
  readonly rules: RuleSetName;
  readonly sha256: string;
}

/**
 * The checked set for these files from the cache, or undefined (off, missing, or not to be trusted).
 * `hash` is readHash(read), when the caller has it.
 */
export function cachedTreeSet(
  read: ReadResult,
  rules: RuleSetName,
  dir = treeCacheDir(),
  hash?: string,
): TreeSet | undefined {
  if (!dir || !read.contacts || hasErrors(read.diagnostics)) return undefined;
  try {
    if (!safeFolder(dir)) return undefined;
    hash ??= readHash(read);
    const key = entryKey(read, hash);
    const file = join(dir, `set-${key}.json`);
    const stat = lstatSync(file, { throwIfNoEntry: false });
    if (!stat || !ownPrivateFile(stat) || stat.size > MAX_ENTRY_BYTES) return undefined;
    const text = readSmallFile(file, { maxBytes: MAX_ENTRY_BYTES });
    if (!("text" in text)) return undefined;
    const set = decode(text.text, key, rules, read, hash);
    // A use: the least recently used entries are the ones pruned.
    if (set) touch(file);
    return set;
  } catch {
    return undefined;
  }
}

/**
 * Stores a set that passed `rules`; does nothing when the cache is off or the set cannot be stored
 * exactly. `hash` is readHash(read), when the caller has it.
 */
export function storeTreeSet(
  read: ReadResult,
  rules: RuleSetName,
  set: TreeSet,
  dir = treeCacheDir(),
  hash?: string,
): void {
  if (!dir || !read.contacts || hasErrors(read.diagnostics)) return;
  try {
    const trees = [...set.trees.values()];
    // One tree per file, in the order read (a set is built only so): the files' names are put back on load.
    if (trees.length !== read.trees.length || trees.some((t, i) => set.files.get(t.id) !== read.trees[i]!.file)) return;
    const body = encodeSet(set);
    if (body === undefined || Buffer.byteLength(body) > MAX_ENTRY_BYTES) return;
    hash ??= readHash(read);
    // The set of these very files (a set from elsewhere is not stored under their key).
    if (set.hash !== hash) return;
    const key = entryKey(read, hash);
    const header: Header = { format: FORMAT, key, rules, sha256: sha256(body) };
    mkdirSync(dir, { recursive: true, mode: 0o700 });
    if (!safeFolder(dir, true)) return;
    writePrivateFile(join(dir, `set-${key}.json`), `${JSON.stringify(header)}\n${body}`);
    prune(dir);
  } catch {
    // No cache this time; the consult runs on the set it has just checked.
  }
}

/**
 * The entry's key: the format, this build, the set's content hash (sha256 over every file's name and
 * text, as a record pins it) and the files' names in reading order. With two files of one name (from
 * two folders) the name-sorted content hash does not tell which came first: then each file's own
 * sha256 is added, in order.
 */
export function entryKey(read: ReadResult, setHash = readHash(read)): string {
  const h = createHash("sha256");
  h.update(`${FORMAT}\0${VERSION}\0${buildId()}\0${setHash}\0`);
  const sources = read.contacts ? [...read.trees, read.contacts] : read.trees;
  const names = sources.map((s) => basename(s.file));
  const unique = new Set(names).size === names.length;
  sources.forEach((s, i) =>
    h.update(`${i === read.trees.length ? "contacts" : "tree"}\0${names[i]}\0${unique ? "" : sha256(s.text)}\0`),
  );
  return h.digest("hex");
}

function decode(text: string, key: string, rules: RuleSetName, read: ReadResult, hash: string): TreeSet | undefined {
  const newline = text.indexOf("\n");
  if (newline < 0) return undefined;
  const header = JSON.parse(text.slice(0, newline)) as Partial<Header>;
  if (header.format !== FORMAT || header.key !== key) return undefined;
  // A set checked with the consult's rules also passed the structural ones (a subset), not the other way round.
  if (!(header.rules === "consult" || (header.rules === "structural" && rules === "structural"))) return undefined;
  const body = text.slice(newline + 1);
  if (typeof header.sha256 !== "string" || sha256(body) !== header.sha256) return undefined;
  // Under the names the files have now (the key holds their names, not their folder).
  return decodeSet(body, hash, { trees: read.trees.map((t) => t.file), contacts: read.contacts!.file });
}

/**
 * The cache folder may be used only if it is a real folder (not a symlink) of this user that no
 * one else can write to. When writing (`fix`), a folder of ours with a looser mode is set to 0700.
 */
function safeFolder(dir: string, fix = false): boolean {
  const stat = lstatSync(dir, { throwIfNoEntry: false });
  if (!stat || !stat.isDirectory() || !ownedByUs(stat)) return false;
  if ((stat.mode & 0o077) === 0) return true;
  if (!fix) return (stat.mode & 0o022) === 0;
  chmodSync(dir, 0o700);
  return true;
}

function ownPrivateFile(stat: Stats): boolean {
  return stat.isFile() && ownedByUs(stat) && (stat.mode & 0o077) === 0;
}

function ownedByUs(stat: Stats): boolean {
  // No uids on Windows: the folder's place (the user's own profile) is the guard there.
  return typeof process.getuid !== "function" || stat.uid === process.getuid();
}

function touch(file: string): void {
  try {
    const now = new Date();
    utimesSync(file, now, now);
  } catch {
    // An entry whose time cannot be set is pruned a little earlier; no matter.
  }
}

/** Keeps the most recently used entries within the bounds; removes temporary files left by killed runs. */
export function prune(dir: string): void {
  const entries: { file: string; size: number; used: number }[] = [];
  const now = Date.now();
  for (const name of readdirSync(dir)) {
    const file = join(dir, name);
    const stat = lstatSync(file, { throwIfNoEntry: false });
    if (!stat || !stat.isFile()) continue;
    if (ENTRY.test(name)) entries.push({ file, size: stat.size, used: stat.mtimeMs });
    else if (TEMP.test(name) && now - stat.mtimeMs > STALE_TEMP_MS) rmSync(file, { force: true });
  }
  entries.sort((a, b) => b.used - a.used);
  let total = 0;
  entries.forEach((e, i) => {
    total += e.size;
    if (i >= MAX_ENTRIES || total > MAX_TOTAL_BYTES) rmSync(e.file, { force: true });
  });
}

let build: string | undefined;

/**
 * The build this code came from: dist/build-id, the hash of everything the build read (sources,
 * schemas, trees, build script, package files; scripts/build.mjs), so a new build (other rules,
 * another loader) never uses an entry an older one checked. Run from source (the tests), "source".
 */
function buildId(): string {
  if (build === undefined) {
    const read = readSmallFile(join(packageRoot(), "dist", "build-id"), { maxBytes: 256 });
    build =
      "text" in read && /^[0-9a-f]{64}\s*$/.test(read.text) && import.meta.url.includes("/dist/")
        ? read.text.trim()
        : "source";
  }
  return build;
}

function sha256(text: string): string {
  return createHash("sha256").update(text).digest("hex");
}
