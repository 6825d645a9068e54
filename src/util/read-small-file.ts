import { mt } from "../i18n/messages.js";
import type { Text } from "../model/text.js";
import { closeSync, constants, fstatSync, openSync, readSync } from "node:fs";

/** No input file of ours comes near this; larger ones are refused before reading. */
export const MAX_INPUT_BYTES = 2 * 1024 * 1024;

export type ReadError = "missing" | "not-a-file" | "too-large" | "unreadable";

/**
 * The one way signaalroute reads a file (trees, contacts, drafts, locks,
 * region, config, answers, records, terms; an ESLint rule keeps it so).
 *
 * The file is opened without blocking (O_NONBLOCK: opening a FIFO with no
 * writer returns at once instead of hanging) and then checked on the open
 * descriptor, so it cannot be swapped between the check and the read: a
 * folder, a FIFO, a socket or a device such as /dev/zero is refused, and a
 * regular file is read to at most `maxBytes` (one byte more tells that it is
 * larger, or grew while being read). A file that reports size 0 (as /proc
 * files do) is read the same way, to the same limit. Never throws.
 */
export function readSmallFile(
  path: string,
  options: { maxBytes?: number } = {},
): { text: string } | { error: ReadError } {
  const max = options.maxBytes ?? MAX_INPUT_BYTES;
  let fd: number;
  try {
    fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK | constants.O_NOCTTY);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    return {
      error: code === "ENOENT" || code === "ENOTDIR" ? "missing" : code === "EISDIR" ? "not-a-file" : "unreadable",
    };
  }
  try {
    const stat = fstatSync(fd);
    if (!stat.isFile()) return { error: "not-a-file" };
    if (stat.size > max) return { error: "too-large" };
    let buffer = Buffer.alloc(Math.min(max, Math.max(stat.size, 64 * 1024)) + 1);
    let length = 0;
    for (;;) {
      if (length === buffer.length) {
        if (length > max) return { error: "too-large" };
        const bigger = Buffer.alloc(Math.min(max + 1, buffer.length * 2));
        buffer.copy(bigger, 0, 0, length);
        buffer = bigger;
      }
      const n = readSync(fd, buffer, length, buffer.length - length, null);
      if (n === 0) break;
      length += n;
      if (length > max) return { error: "too-large" };
    }
    return { text: buffer.toString("utf8", 0, length) };
  } catch {
    return { error: "unreadable" };
  } finally {
    closeSync(fd);
  }
}

/** Why a file could not be read, naming it: `what` is the kind of file (MESSAGES.fileRegion, ...). */
export function readErrorText(error: ReadError, what: Text, path: string): Text {
  switch (error) {
    case "missing":
      return mt("readMissing", { what, path });
    case "not-a-file":
      return mt("readNotAFile", { what, path });
    case "too-large":
      return mt("readTooLarge", { what, path, mb: MAX_INPUT_BYTES / 1024 / 1024 });
    case "unreadable":
      return mt("readUnreadable", { what, path });
  }
}
