import { readFileSync, statSync } from "node:fs";

/** No input file of ours comes near this; larger ones are refused before reading. */
export const MAX_INPUT_BYTES = 2 * 1024 * 1024;

/**
 * Reads a regular file of at most MAX_INPUT_BYTES. A folder, a FIFO or a
 * device such as /dev/zero is refused up front, so reading cannot hang or
 * fill the memory. Never throws.
 */
export function readSmallFile(path: string): { text: string } | { error: "missing" | "not-a-file" | "too-large" | "unreadable" } {
  let stat;
  try {
    stat = statSync(path);
  } catch {
    return { error: "missing" };
  }
  if (!stat.isFile()) return { error: "not-a-file" };
  if (stat.size > MAX_INPUT_BYTES) return { error: "too-large" };
  try {
    return { text: readFileSync(path, "utf8") };
  } catch {
    return { error: "unreadable" };
  }
}

export function readErrorText(error: "missing" | "not-a-file" | "too-large" | "unreadable", what: { nl: string; en: string }, path: string): { nl: string; en: string } {
  switch (error) {
    case "missing":
      return { nl: `${what.nl} '${path}' bestaat niet.`, en: `${what.en} '${path}' does not exist.` };
    case "not-a-file":
      return { nl: `${what.nl} '${path}' is geen gewoon bestand.`, en: `${what.en} '${path}' is not a regular file.` };
    case "too-large":
      return { nl: `${what.nl} '${path}' is groter dan ${MAX_INPUT_BYTES / 1024 / 1024} MB en wordt niet gelezen.`, en: `${what.en} '${path}' is larger than ${MAX_INPUT_BYTES / 1024 / 1024} MB and is not read.` };
    case "unreadable":
      return { nl: `${what.nl} '${path}' kan niet worden gelezen.`, en: `${what.en} '${path}' cannot be read.` };
  }
}
