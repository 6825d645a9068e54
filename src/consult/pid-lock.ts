import { mkdirSync, rmSync } from "node:fs";
import { randomBytes } from "node:crypto";
import { hostname } from "node:os";
import { dirname } from "node:path";
import { readSmallFile } from "../util/read-small-file.js";
import { writePrivateFile } from "../util/private-file.js";

/**
 * An exclusive lock held by a live process, as a file holding its owner's
 * token: `pid start-time host nonce`.
 *
 * Taking it is one atomic step: the token is written to a private temporary
 * file, which is then hard-linked to the lock's name; link() fails when the
 * name exists, so of several processes exactly one gets it, and the lock never
 * exists half-written. A lock whose owner is gone (kill -9, a crash; a pid that
 * was reused by another process counts as gone, by its start time) is stale
 * and is taken over, also without a check-then-write race: the process that
 * takes it over first takes the lock's takeover marker the same way, checks
 * that the lock still holds the stale token, and only then removes it (a
 * marker whose owner died is itself taken over the same way). A lock from
 * another host (a shared home folder) is never judged stale: its process
 * cannot be seen from here.
 */
export type LockResult =
  | { readonly ok: true; readonly lock: HeldLock }
  | { readonly ok: false; readonly heldBy: number; readonly otherHost?: string };

export interface HeldLock {
  readonly path: string;
  /** Removes the lock if it is still ours. Never throws. */
  readonly release: () => void;
  /** True while the lock file still holds our token. */
  readonly held: () => boolean;
}

interface Token {
  readonly pid: number;
  readonly start?: string;
  readonly host?: string;
}

/** Throws only when the lock cannot be made at all (a folder that cannot be written); the caller says what that means. */
export function acquireLock(path: string, options: { createFolder?: boolean } = {}): LockResult {
  if (options.createFolder) mkdirSync(dirname(path), { recursive: true, mode: 0o700 });
  const token = tokenOf(process.pid);
  let unparsable = 0;
  for (let attempt = 0; attempt < 200; attempt++) {
    if (linkToken(path, token)) return { ok: true, lock: heldLock(path, token) };
    const seen = readSmallFile(path, { maxBytes: 4096 });
    if ("error" in seen) {
      if (seen.error === "missing") continue; // released just now: try again
      throw Object.assign(new Error(`lock file ${path} is not a regular file`), { code: "ENOTLOCK" });
    }
    const holder = parseToken(seen.text);
    // Not a token: a lock being written on a file system without hard links (see linkToken). Give it a moment.
    if (!holder && unparsable++ < 20) {
      pause(50);
      continue;
    }
    if (holder && holder.host !== undefined && holder.host !== hostname())
      return { ok: false, heldBy: holder.pid, otherHost: holder.host };
    if (holder && alive(holder)) return { ok: false, heldBy: holder.pid };
    // Stale (its process is gone) or not a lock of ours at all: take it over, then try again.
    takeOver(path, seen.text, 0);
  }
  throw new Error(`could not take the lock ${path}`);
}

/** Whether a live process holds the lock now (for listings); a stale or missing lock is not held. */
export function lockHolder(path: string): { readonly pid: number; readonly otherHost?: string } | undefined {
  const seen = readSmallFile(path, { maxBytes: 4096 });
  if ("error" in seen) return seen.error === "missing" ? undefined : { pid: 0 };
  const holder = parseToken(seen.text);
  if (!holder) return undefined;
  if (holder.host !== undefined && holder.host !== hostname()) return { pid: holder.pid, otherHost: holder.host };
  return alive(holder) ? { pid: holder.pid } : undefined;
}

function heldLock(path: string, token: string): HeldLock {
  const ours = () => {
    const now = readSmallFile(path, { maxBytes: 4096 });
    return "text" in now && now.text === token;
  };
  return {
    path,
    held: ours,
    release: () => {
      try {
        // Nobody else removes a lock whose owner is alive, so this check cannot go stale before the removal.
        if (ours()) rmSync(path, { force: true });
      } catch {
        // already gone, or the folder became read-only: a lock whose process is gone is stale anyway
      }
    },
  };
}

/**
 * Creates `path` holding `token`, atomically; false when it exists. writePrivateFile's noClobber hard-links a
 * private temporary file to the name (link() never replaces a file), or on file systems without hard links
 * creates it exclusively (readers wait for a token being written, see acquireLock).
 */
function linkToken(path: string, token: string): boolean {
  try {
    writePrivateFile(path, token, { noClobber: true });
    return true;
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === "EEXIST") return false;
    throw e;
  }
}

/**
 * Removes the lock at `path` if it still holds `stale`, holding `path`'s
 * takeover marker meanwhile, so two processes that both saw the same stale
 * lock cannot both remove it (the second would remove the first one's new lock).
 */
function takeOver(path: string, stale: string, depth: number): void {
  const marker = `${path}.takeover`;
  const token = tokenOf(process.pid);
  if (!linkToken(marker, token)) {
    const seen = readSmallFile(marker, { maxBytes: 4096 });
    const holder = "text" in seen ? parseToken(seen.text) : undefined;
    if ("text" in seen && (!holder || !alive(holder)) && depth < 5) takeOver(marker, seen.text, depth + 1);
    else pause(5 + Math.random() * 20); // another process is taking it over right now
    return;
  }
  try {
    const now = readSmallFile(path, { maxBytes: 4096 });
    if ("text" in now && now.text === stale) rmSync(path, { force: true });
  } finally {
    rmSync(marker, { force: true });
  }
}

function tokenOf(pid: number): string {
  return `${pid} ${startTime(pid) ?? "-"} ${hostname().replace(/\s/g, "_")} ${randomBytes(8).toString("hex")}\n`;
}

/** Also reads the single pid of the lock files of earlier versions. */
function parseToken(text: string): Token | undefined {
  const [pid, start, host] = text.trim().split(/\s+/);
  const n = Number(pid);
  if (!Number.isInteger(n) || n <= 0) return undefined;
  return { pid: n, ...(start && start !== "-" ? { start } : {}), ...(host ? { host } : {}) };
}

/** The process's start time in clock ticks since boot (Linux), to tell a reused pid from its first owner. */
function startTime(pid: number): string | undefined {
  const stat = readSmallFile(`/proc/${pid}/stat`, { maxBytes: 4096 });
  if (!("text" in stat)) return undefined;
  // Field 22; the command name (field 2) is in parentheses and may hold spaces.
  return stat.text.slice(stat.text.lastIndexOf(")") + 2).split(" ")[19];
}

function alive(holder: Token): boolean {
  try {
    process.kill(holder.pid, 0);
  } catch (e) {
    // EPERM: it exists but belongs to someone else; still alive.
    return (e as NodeJS.ErrnoException).code === "EPERM";
  }
  const stat = readSmallFile(`/proc/${holder.pid}/stat`, { maxBytes: 4096 });
  if (!("text" in stat)) return true;
  const fields = stat.text.slice(stat.text.lastIndexOf(")") + 2).split(" ");
  // A killed process its parent has not reaped yet (a zombie) still answers; it is gone all the same.
  if (fields[0] === "Z" || fields[0] === "X") return false;
  return holder.start === undefined || fields[19] === holder.start;
}

function pause(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}
