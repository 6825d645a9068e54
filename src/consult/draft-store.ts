import { readFileSync, rmSync } from "node:fs";
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
  /** The tree folder a consult ran on, when not the bundled trees. */
  readonly trees?: readonly string[];
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

export function saveDraft(path: string, draft: Draft): void {
  writePrivateFile(path, JSON.stringify(draft, null, 2) + "\n");
}

export function readDraft(path: string): Draft | undefined {
  try {
    const data = JSON.parse(readFileSync(path, "utf8")) as Draft;
    if (data.format !== "signaalroute-draft/1" || !data.state || !Array.isArray(data.state.history)) return undefined;
    return data;
  } catch {
    return undefined;
  }
}

export function removeDraft(path: string): void {
  rmSync(path, { force: true });
}
