import type { Text } from "../model/text.js";

/** Exit codes, documented in the README. */
export const EXIT = {
  ok: 0,
  /** validate found problems; a consult's answers file does not fit; the trees have errors. */
  problems: 1,
  /** Could not run: bad arguments, unreadable path, bad file. */
  usage: 2,
  /** An interactive command was started without a terminal. */
  noTerminal: 3,
  /** The advice was given, but the record could not be saved (the file exists without --force, or cannot be written). */
  recordNotSaved: 4,
  /** A bug in signaalroute itself (sysexits EX_SOFTWARE). */
  internal: 70,
  /** The user stopped a consult (Ctrl-C, or "stoppen"); the draft is kept. */
  interrupted: 130,
} as const;

/** An error a command raises on purpose: a message for the user and an exit code. Caught in one place (cli.ts). */
export class CliError extends Error {
  constructor(
    readonly text: Text,
    readonly exitCode: number,
    readonly details: readonly string[] = [],
  ) {
    super(text.en);
  }
}
