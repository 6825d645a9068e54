import {
  chmodSync,
  closeSync,
  constants,
  fsyncSync,
  linkSync,
  mkdirSync,
  openSync,
  renameSync,
  rmSync,
  writeSync,
} from "node:fs";
import { dirname } from "node:path";
import { randomBytes } from "node:crypto";

/**
 * Writes a file readable by its owner only (0600), atomically and durably:
 * the content is written to a temporary file, fsync'ed, renamed over the
 * target, and the folder is fsync'ed, so a crash or power loss leaves the old
 * file or the new one, never half a file. The temporary file has an
 * unpredictable name (`<file>.<12 hex>.tmp`), is created exclusively (never
 * through an existing file or symlink) and is removed if anything fails.
 * The write is synchronous: a signal caught by a handler (see
 * ui/terminal-restore.ts) is handled only after it, so only SIGKILL or a
 * crash can leave a temporary file; the next start recovers or removes a
 * draft's (consult/draft-store.ts). Only `createFolder` makes missing folders (for our own data folder): a
 * record goes where the user said, or nowhere. `noClobber` never replaces an existing file (EEXIST).
 *
 * Not write-file-atomic: it opens its temporary file with flag "w" under a
 * predictable name (a planted symlink there is followed) and resolves a
 * symlink at the target before writing; both break the rule that writes
 * never follow symlinks.
 */
export function writePrivateFile(
  path: string,
  content: string,
  options: { createFolder?: boolean; noClobber?: boolean } = {},
): void {
  if (options.createFolder) mkdirSync(dirname(path), { recursive: true, mode: 0o700 });
  const tmp = `${path}.${randomBytes(6).toString("hex")}.tmp`;
  try {
    createWithContent(tmp, content);
    chmodSync(tmp, 0o600);
    // noClobber: a hard link never replaces a file, so one created since the caller looked is kept (EEXIST).
    if (options.noClobber) linkOrCreate(tmp, path, content);
    else renameSync(tmp, path);
    syncFolder(dirname(path));
  } catch (e) {
    rmSync(tmp, { force: true });
    throw e;
  }
  if (options.noClobber) rmSync(tmp, { force: true });
}

/** Hard links, or on file systems without them (some network and FAT ones) an exclusive create: never over an existing file. */
export function linkOrCreate(
  tmp: string,
  path: string,
  content: string,
  link: (from: string, to: string) => void = linkSync,
): void {
  try {
    link(tmp, path);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code !== "EPERM" && code !== "ENOTSUP" && code !== "EOPNOTSUPP" && code !== "ENOSYS") throw e;
    // Not atomic like the link (a crash can leave part of the file), but it never replaces one (EEXIST).
    createWithContent(path, content);
  }
}

/** Creates `path` exclusively (never through an existing file or symlink), 0600, writes all of `content` and fsyncs it. */
function createWithContent(path: string, content: string): void {
  const fd = openSync(path, constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL | constants.O_NOFOLLOW, 0o600);
  try {
    const data = Buffer.from(content, "utf8");
    for (let off = 0; off < data.length;) off += writeSync(fd, data, off, data.length - off);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

/** Makes a rename durable. A folder that cannot be opened or synced (some file systems) is not an error. */
export function syncFolder(folder: string): void {
  let fd: number | undefined;
  try {
    fd = openSync(folder, constants.O_RDONLY | constants.O_DIRECTORY);
    fsyncSync(fd);
  } catch {
    // best effort
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}
