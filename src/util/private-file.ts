import { chmodSync, mkdirSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";
import { randomBytes } from "node:crypto";

/**
 * Writes a file readable by its owner only (0600), atomically: a crash
 * mid-write leaves the old file, never half a file. The temporary file has an
 * unpredictable name, is created exclusively (never through an existing
 * file or symlink) and is removed if anything fails, so no copy of a record
 * is left behind. Only `createFolder` makes missing folders (for our own data
 * folder): a record goes where the user said, or nowhere.
 */
export function writePrivateFile(path: string, content: string, options: { createFolder?: boolean } = {}): void {
  if (options.createFolder) mkdirSync(dirname(path), { recursive: true, mode: 0o700 });
  const tmp = `${path}.${randomBytes(6).toString("hex")}.tmp`;
  try {
    writeFileSync(tmp, content, { mode: 0o600, flag: "wx" });
    chmodSync(tmp, 0o600);
    renameSync(tmp, path);
  } catch (e) {
    rmSync(tmp, { force: true });
    throw e;
  }
}
