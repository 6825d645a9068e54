import type { Text } from "../model/text.js";
import { mt, type MessageKey } from "./messages.js";

/** The common reasons a write fails, by Node's error code (errno), in words; the code itself stays in brackets. */
const REASONS: Readonly<Record<string, MessageKey>> = {
  EACCES: "writeNoPermission",
  EPERM: "writeNoPermission",
  ENOSPC: "writeDiskFull",
  EDQUOT: "writeQuota",
  EROFS: "writeReadOnly",
  ENOENT: "writeNoFolder",
  EEXIST: "writeExists",
  EISDIR: "writeIsFolder",
  ENOTDIR: "writeNotFolder",
};

/**
 * "Kan uit.json niet schrijven: de schijf is vol (ENOSPC)." for a failed write of `file` (named as the user gave it).
 * `error` is what the write threw (a Node error with a `code`), or just the code.
 */
export function cannotWriteText(file: string, error: unknown): Text {
  return mt("cannotWrite", { file, why: writeErrorReason(error) });
}

/** Why a write (or making a folder) failed, in words with the code in brackets: "de schijf is vol (ENOSPC)". */
export function writeErrorReason(error: unknown): Text {
  const code =
    typeof error === "string"
      ? error
      : typeof (error as { code?: unknown } | null)?.code === "string"
        ? (error as { code: string }).code
        : error instanceof Error
          ? error.message
          : String(error);
  return mt(Object.hasOwn(REASONS, code) ? REASONS[code]! : "writeOther", { code });
}
