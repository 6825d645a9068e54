import { existsSync, readFileSync, renameSync, rmSync } from "node:fs";
import { homedir } from "node:os";
import { join } from "node:path";
import type { ConsultState } from "../engine/state.js";
import type { Lang } from "../model/text.js";
import { writePrivateFile } from "../util/private-file.js";

/** What is saved after every answer, so an interrupted consult can resume. */
export interface Draft {
  readonly format: "signaalroute-draft/1";
  readonly savedAt: string;
  readonly lang: Lang;
  readonly treeSetHash: string;
  /** The tree folders a consult ran on, when not the bundled trees. */
  readonly trees?: readonly string[];
  /** The region file it used, if any. */
  readonly region?: string;
  readonly state: ConsultState;
}

/** The user's data folder: $SIGNAALROUTE_DATA_DIR, else $XDG_DATA_HOME/signaalroute, else ~/.local/share/signaalroute. */
export function dataDir(env: Readonly<Record<string, string | undefined>>): string {
  if (env.SIGNAALROUTE_DATA_DIR) return env.SIGNAALROUTE_DATA_DIR;
  const base = env.XDG_DATA_HOME || join(env.HOME || homedir(), ".local", "share");
  return join(base, "signaalroute");
}

export function draftPath(env: Readonly<Record<string, string | undefined>>): string {
  return join(dataDir(env), "draft.json");
}

/** Throws when the data folder cannot be written; the caller decides what to tell the user. */
export function saveDraft(path: string, draft: Draft): void {
  writePrivateFile(path, JSON.stringify(draft, null, 2) + "\n", { createFolder: true });
}

export type DraftRead = { readonly kind: "none" } | { readonly kind: "ok"; readonly draft: Draft } | { readonly kind: "corrupt"; readonly movedTo?: string };

/**
 * Reads the draft. One that is not a draft of ours (damaged, edited, another
 * version) is moved aside to draft.corrupt-<time>.json, never overwritten or
 * used, so nothing the user entered is silently lost.
 */
export function readDraft(path: string, now: Date = new Date()): DraftRead {
  if (!existsSync(path)) return { kind: "none" };
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(path, "utf8"));
  } catch {
    data = undefined;
  }
  if (isDraft(data)) return { kind: "ok", draft: data };
  const movedTo = join(path, "..", `draft.corrupt-${now.toISOString().replace(/[:.]/g, "-")}.json`);
  try {
    renameSync(path, movedTo);
    return { kind: "corrupt", movedTo };
  } catch {
    return { kind: "corrupt" };
  }
}

export function removeDraft(path: string): void {
  rmSync(path, { force: true });
}

const isAnswer = (a: unknown): boolean => typeof a === "string" || (Array.isArray(a) && a.every((x) => typeof x === "string"));
const isStringList = (a: unknown): boolean => Array.isArray(a) && a.every((x) => typeof x === "string");

export function isDraft(d: unknown): d is Draft {
  if (d === null || typeof d !== "object") return false;
  const o = d as Record<string, unknown>;
  const s = o.state as Record<string, unknown> | undefined;
  return (
    o.format === "signaalroute-draft/1" &&
    (o.lang === "nl" || o.lang === "en") &&
    typeof o.treeSetHash === "string" &&
    (o.trees === undefined || isStringList(o.trees)) &&
    (o.region === undefined || typeof o.region === "string") &&
    s !== null &&
    typeof s === "object" &&
    typeof s.start === "string" &&
    Array.isArray(s.history) &&
    s.history.every((h) => h !== null && typeof h === "object" && typeof (h as { node?: unknown }).node === "string" && isAnswer((h as { answer?: unknown }).answer)) &&
    s.remembered !== null &&
    typeof s.remembered === "object" &&
    !Array.isArray(s.remembered) &&
    Object.values(s.remembered as object).every(isAnswer)
  );
}

/**
 * One consult at a time per data folder: a second terminal would otherwise
 * overwrite the first one's draft. The lock holds the owner's pid; a lock
 * whose process is gone (kill -9, a crash) is stale and taken over.
 */
export function acquireLock(draftFile: string, pid: number = process.pid): { ok: true } | { ok: false; heldBy: number } {
  const lock = join(draftFile, "..", "draft.lock");
  try {
    const holder = Number(readFileSync(lock, "utf8").trim());
    if (Number.isInteger(holder) && holder > 0 && holder !== pid && alive(holder)) return { ok: false, heldBy: holder };
  } catch {
    // no lock yet
  }
  writePrivateFile(lock, `${pid}\n`, { createFolder: true });
  return { ok: true };
}

export function releaseLock(draftFile: string, pid: number = process.pid): void {
  const lock = join(draftFile, "..", "draft.lock");
  try {
    if (Number(readFileSync(lock, "utf8").trim()) === pid) rmSync(lock, { force: true });
  } catch {
    // already gone
  }
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    // A killed process that its parent has not reaped yet (a zombie) still answers; it is gone all the same.
    try {
      return !/^\d+ \(.*\) Z/.test(readFileSync(`/proc/${pid}/stat`, "utf8"));
    } catch {
      return true;
    }
  } catch (e) {
    // EPERM: it exists but belongs to someone else; still alive.
    return (e as NodeJS.ErrnoException).code === "EPERM";
  }
}
