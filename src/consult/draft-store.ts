import { linkSync, readdirSync, renameSync, rmSync } from "node:fs";
import { randomBytes } from "node:crypto";
import { homedir } from "node:os";
import { userFolder } from "../util/user-folder.js";
import { join } from "node:path";
import type { ConsultState } from "../engine/state.js";
import type { Lang, Text } from "../model/text.js";
import { acquireLock, lockHolder, type HeldLock, type LockResult } from "./pid-lock.js";
import { syncFolder, writePrivateFile } from "../util/private-file.js";
import { readSmallFile } from "../util/read-small-file.js";

/**
 * Drafts: one per consult, so a second child does not mean discarding the
 * first. Each is `drafts/<id>.json` in the data folder, with its own lock
 * `drafts/<id>.lock` (two consults on two drafts run at once; two on the same
 * draft cannot). The id is the local time the consult started plus four
 * random hex digits: `20261128-140500-a3f9`.
 */
export interface Draft {
  readonly format: "signaalroute-draft/2";
  /** When the consult started, local time with its zone. */
  readonly createdAt: string;
  /** When it was last saved (after every answer). */
  readonly savedAt: string;
  readonly lang: Lang;
  readonly treeSetHash: string;
  /** The tree folders a consult ran on, when not the bundled trees. */
  readonly trees?: readonly string[];
  /** The region file it used, if any. */
  readonly region?: string;
  /** Started with --start (training): it need not start at the main tree's entry. */
  readonly practice?: boolean;
  /** How far it got, for listings only (never used to route): questions answered, the first answers' labels. */
  readonly progress?: { readonly asked: number; readonly answers: readonly Text[]; readonly done?: boolean };
  readonly state: ConsultState;
}

/** The single draft of versions before drafts per consult (`draft.json`), read for migration. */
interface LegacyDraft extends Omit<Draft, "format" | "createdAt" | "practice" | "progress"> {
  readonly format: "signaalroute-draft/1";
}

export type Env = Readonly<Record<string, string | undefined>>;

/**
 * The user's data folder: $SIGNAALROUTE_DATA_DIR, else the user's data folder for signaalroute (util/user-folder.ts:
 * $XDG_DATA_HOME/signaalroute, else the platform's), else, with no home folder in the environment, the one
 * earlier versions used under the account's home folder: a consult needs somewhere to keep its draft.
 */
export function dataDir(env: Env): string {
  if (env.SIGNAALROUTE_DATA_DIR) return env.SIGNAALROUTE_DATA_DIR;
  return userFolder("data", env) ?? join(homedir(), ".local", "share", "signaalroute");
}

export function draftsDir(env: Env): string {
  return join(dataDir(env), "drafts");
}

const ID = /^\d{8}-\d{6}-[0-9a-f]{4}$/;
const DRAFT_FILE = /^(\d{8}-\d{6}-[0-9a-f]{4})\.json$/;
const TEMP_FILE = /^(\d{8}-\d{6}-[0-9a-f]{4})\.json\.[0-9a-f]{12}\.tmp$/;

export function isDraftId(id: string): boolean {
  return ID.test(id);
}

export function newDraftId(now: Date): string {
  const p = (n: number) => String(n).padStart(2, "0");
  return `${now.getFullYear()}${p(now.getMonth() + 1)}${p(now.getDate())}-${p(now.getHours())}${p(now.getMinutes())}${p(now.getSeconds())}-${randomBytes(2).toString("hex")}`;
}

export function draftFile(env: Env, id: string): string {
  return join(draftsDir(env), `${id}.json`);
}

const lockFile = (env: Env, id: string) => join(draftsDir(env), `${id}.lock`);

/** Throws when the data folder cannot be written; the caller decides what to tell the user. */
export function saveDraft(file: string, draft: Draft): void {
  writePrivateFile(file, JSON.stringify(draft, null, 2) + "\n", { createFolder: true });
}

/** Throws when it cannot be removed (a read-only folder); the caller says so. */
export function removeDraft(file: string): void {
  rmSync(file, { force: true });
}

export type DraftRead =
  | { readonly kind: "none" }
  | { readonly kind: "ok"; readonly draft: Draft }
  | { readonly kind: "corrupt"; readonly movedTo?: string };

/**
 * Reads a draft through the safe reader. One that is not a draft of ours
 * (damaged, edited, another version, a FIFO or a device) is moved aside to
 * `<id>.corrupt-<time>.json`, never overwritten, used or deleted, so nothing
 * the user entered is silently lost.
 */
export function readDraft(file: string, now: Date): DraftRead {
  const read = readSmallFile(file);
  if ("error" in read && read.error === "missing") return { kind: "none" };
  const data = "text" in read ? parseJson(read.text) : undefined;
  if (isDraft(data)) return { kind: "ok", draft: data };
  return { kind: "corrupt", ...moveAside(file, now) };
}

/** Moves a draft that must not be used out of the way, keeping it for whoever wants to look at it. */
export function moveAside(file: string, now: Date): { movedTo?: string } {
  return putAside(file, file.replace(/\.json$/, ""), now);
}

/**
 * Renames `file` to `<stem>.corrupt-<time>-<hex>.json` without ever replacing
 * a file already there (two drafts put aside in the same millisecond keep both).
 */
function putAside(file: string, stem: string, now: Date): { movedTo?: string } {
  for (let i = 0; i < 5; i++) {
    const movedTo = `${stem}.corrupt-${now.toISOString().replace(/[:.]/g, "-")}-${randomBytes(2).toString("hex")}.json`;
    try {
      // link() never replaces an existing name; then the old name goes.
      linkSync(file, movedTo);
      rmSync(file, { force: true });
      return { movedTo };
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      if (code === "EEXIST") continue;
      if (code === "ENOENT") return {};
      try {
        // No hard links on this file system: a rename to a fresh random name.
        renameSync(file, movedTo);
        return { movedTo };
      } catch {
        return {};
      }
    }
  }
  return {};
}

export interface DraftEntry {
  readonly id: string;
  readonly file: string;
  /** Missing when it is running elsewhere and could not be read, or was damaged (then it was moved aside). */
  readonly draft?: Draft;
  /** A live process holds its lock: the consult is running in another terminal. */
  readonly running?: { readonly pid: number; readonly otherHost?: string };
}

export interface DraftListing {
  readonly drafts: readonly DraftEntry[];
  /** Damaged drafts moved aside during this listing. */
  readonly movedAside: readonly string[];
  /** Drafts whose last answer was recovered from a temporary file left by a kill between write and rename. */
  readonly recovered: readonly string[];
  /** Drafts put aside earlier (`*.corrupt-*.json`), kept until the user removes them. */
  readonly setAside: readonly string[];
}

/**
 * Every draft in the data folder, most recently saved first. On the way: the
 * single `draft.json` of earlier versions is migrated, temporary files left by
 * a kill are recovered (a newer valid draft) or removed, and damaged drafts
 * are moved aside. A draft whose consult is running is only read, never touched.
 */
export function listDrafts(env: Env, now: Date): DraftListing {
  const movedAside: string[] = [];
  const recovered: string[] = [];
  const legacy = migrateLegacy(env, now);
  if (legacy.movedTo) movedAside.push(legacy.movedTo);
  const dir = draftsDir(env);
  let names: string[] = [];
  try {
    names = readdirSync(dir);
  } catch {
    // no drafts folder yet
  }
  const ids = new Set<string>();
  for (const n of names) {
    const id = DRAFT_FILE.exec(n)?.[1] ?? TEMP_FILE.exec(n)?.[1];
    if (id) ids.add(id);
  }
  const drafts: DraftEntry[] = [];
  for (const id of ids) {
    const file = draftFile(env, id);
    const running = lockHolder(lockFile(env, id));
    if (running) {
      const read = readSmallFile(file);
      const data = "text" in read ? parseJson(read.text) : undefined;
      drafts.push({ id, file, running, ...(isDraft(data) ? { draft: data } : {}) });
      continue;
    }
    let lock: LockResult;
    try {
      lock = acquireLock(lockFile(env, id));
    } catch {
      continue;
    }
    if (!lock.ok) {
      drafts.push({
        id,
        file,
        running: { pid: lock.heldBy, ...(lock.otherHost ? { otherHost: lock.otherHost } : {}) },
      });
      continue;
    }
    try {
      if (recoverTemps(dir, id, names, now)) recovered.push(id);
      const read = readDraft(file, now);
      if (read.kind === "ok") drafts.push({ id, file, draft: read.draft });
      else if (read.kind === "corrupt") movedAside.push(read.movedTo ?? file);
    } finally {
      lock.lock.release();
    }
  }
  let after: string[] = [];
  try {
    after = readdirSync(dir);
  } catch {
    // none
  }
  const setAside = after.filter((n) => /\.corrupt-.*\.json$/.test(n)).map((n) => join(dir, n));
  drafts.sort((a, b) => time(b.draft?.savedAt) - time(a.draft?.savedAt) || b.id.localeCompare(a.id));
  return { drafts, movedAside, recovered, setAside };
}

/** Takes a draft's lock: a draft has one consult at a time. Throws when the folder cannot be written. */
export function lockDraft(env: Env, id: string): LockResult {
  return acquireLock(lockFile(env, id), { createFolder: true });
}

export type { HeldLock };

/**
 * A kill between writing a draft's temporary file and renaming it leaves
 * `<id>.json.<hex>.tmp`. Under the draft's lock: a temporary file that holds a
 * valid draft saved no earlier than the draft itself (or where there is no
 * draft) is the latest answer, and becomes the draft; any other is removed.
 */
function recoverTemps(dir: string, id: string, names: readonly string[], now: Date): boolean {
  const file = join(dir, `${id}.json`);
  let recovered = false;
  const temps = names.filter((n) => TEMP_FILE.exec(n)?.[1] === id).map((n) => join(dir, n));
  for (const tmp of temps) {
    const read = readSmallFile(tmp);
    const data = "text" in read ? parseJson(read.text) : undefined;
    const current = readSmallFile(file);
    const existing = "text" in current ? parseJson(current.text) : undefined;
    const newer = isDraft(data) && (!isDraft(existing) || time(data.savedAt) >= time(existing.savedAt));
    try {
      if (newer) {
        if ("text" in current && !isDraft(existing)) moveAside(file, now);
        renameSync(tmp, file);
        syncFolder(dir);
        recovered = true;
      } else rmSync(tmp, { force: true });
    } catch {
      // a read-only folder: leave it for the next start
    }
  }
  return recovered;
}

/**
 * Earlier versions kept one draft, `draft.json`, next to `draft.lock`. It
 * becomes a draft of its own (format 2, its save time as its start), unless an
 * earlier version is running with it now. A damaged one is moved aside as before.
 */
function migrateLegacy(env: Env, now: Date): { movedTo?: string } {
  const base = dataDir(env);
  const old = join(base, "draft.json");
  let names: string[];
  try {
    names = readdirSync(base);
  } catch {
    return {};
  }
  const temps = names.filter((n) => /^draft\.json\.[0-9a-f]{12}\.tmp$/.test(n)).map((n) => join(base, n));
  if (!names.includes("draft.json") && temps.length === 0) return {};
  if (lockHolder(join(base, "draft.lock"))) return {};
  // The newest valid one of draft.json and its temporary files.
  let best: LegacyDraft | Draft | undefined;
  let sawDraftJson = false;
  for (const f of [old, ...temps]) {
    const read = readSmallFile(f);
    if (f === old && !("error" in read && read.error === "missing")) sawDraftJson = true;
    const data = "text" in read ? parseJson(read.text) : undefined;
    if ((isLegacyDraft(data) || isDraft(data)) && (!best || time(data.savedAt) >= time(best.savedAt))) best = data;
  }
  let movedTo: string | undefined;
  try {
    if (best) {
      const created = new Date(time(best.savedAt) || now.getTime());
      const { format: _format, ...rest } = best;
      void _format;
      const draft: Draft = { format: "signaalroute-draft/2", createdAt: best.savedAt, ...rest };
      saveDraft(draftFile(env, newDraftId(created)), draft);
      rmSync(old, { force: true });
    } else if (sawDraftJson) {
      movedTo = putAside(old, join(base, "draft"), now).movedTo;
    }
    for (const t of temps) rmSync(t, { force: true });
    rmSync(join(base, "draft.lock"), { force: true });
  } catch {
    // a read-only folder: the old draft stays where it is, and is tried again next time
  }
  return movedTo ? { movedTo } : {};
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

function time(iso: string | undefined): number {
  const t = iso === undefined ? NaN : Date.parse(iso);
  return Number.isNaN(t) ? 0 : t;
}

const isAnswer = (a: unknown): boolean =>
  typeof a === "string" || (Array.isArray(a) && a.every((x) => typeof x === "string"));
const isStringList = (a: unknown): boolean => Array.isArray(a) && a.every((x) => typeof x === "string");
const isText = (t: unknown): boolean =>
  t !== null && typeof t === "object" && typeof (t as Text).nl === "string" && typeof (t as Text).en === "string";

function hasValidBody(o: Record<string, unknown>): boolean {
  const s = o.state as Record<string, unknown> | undefined;
  return (
    (o.lang === "nl" || o.lang === "en") &&
    typeof o.savedAt === "string" &&
    typeof o.treeSetHash === "string" &&
    (o.trees === undefined || isStringList(o.trees)) &&
    (o.region === undefined || typeof o.region === "string") &&
    s !== null &&
    typeof s === "object" &&
    typeof s.start === "string" &&
    Array.isArray(s.history) &&
    s.history.every(
      (h) =>
        h !== null &&
        typeof h === "object" &&
        typeof (h as { node?: unknown }).node === "string" &&
        isAnswer((h as { answer?: unknown }).answer),
    ) &&
    s.remembered !== null &&
    typeof s.remembered === "object" &&
    !Array.isArray(s.remembered) &&
    Object.values(s.remembered as object).every(isAnswer)
  );
}

export function isDraft(d: unknown): d is Draft {
  if (d === null || typeof d !== "object" || Array.isArray(d)) return false;
  const o = d as Record<string, unknown>;
  const p = o.progress as Record<string, unknown> | undefined;
  return (
    o.format === "signaalroute-draft/2" &&
    typeof o.createdAt === "string" &&
    (o.practice === undefined || typeof o.practice === "boolean") &&
    (p === undefined ||
      (p !== null &&
        typeof p === "object" &&
        Number.isInteger(p.asked) &&
        Array.isArray(p.answers) &&
        p.answers.every(isText) &&
        (p.done === undefined || typeof p.done === "boolean"))) &&
    hasValidBody(o)
  );
}

function isLegacyDraft(d: unknown): d is LegacyDraft {
  return (
    d !== null &&
    typeof d === "object" &&
    !Array.isArray(d) &&
    (d as Record<string, unknown>).format === "signaalroute-draft/1" &&
    hasValidBody(d as Record<string, unknown>)
  );
}
