import { writeSync } from "node:fs";

/** Exit codes after a signal: 128 + its number, as a shell reports them (README, exit codes). */
export const SIGNAL_EXIT = { SIGHUP: 129, SIGINT: 130, SIGTERM: 143 } as const;
export type HandledSignal = keyof typeof SIGNAL_EXIT;

/**
 * Puts the terminal back as the shell expects it: raw mode off (so input is
 * echoed and lines are edited again) and the cursor shown (a prompt hides it).
 * Safe to call at any time, also when the terminal is gone (SIGHUP). Never throws.
 */
export function restoreTerminal(): void {
  try {
    if (process.stdin.isTTY && process.stdin.isRaw) process.stdin.setRawMode(false);
  } catch {
    // the terminal is gone
  }
  try {
    if (process.stdout.isTTY) writeSync(1, "\x1b[?25h");
  } catch {
    // the terminal is gone
  }
}

/** Writes to stderr at once (a signal handler exits right after); a closed terminal is ignored. */
export function sayNow(text: string): void {
  try {
    writeSync(2, text);
  } catch {
    // nobody to tell
  }
}

/**
 * While a command runs with a terminal (the consult, `drafts --purge`):
 * SIGINT, SIGTERM and SIGHUP restore the terminal, run `onSignal` (say what
 * was kept, release the lock; synchronous) and exit with 128 + the signal's
 * number. With a handler installed, Node delivers the signal between two
 * pieces of synchronous work, never in the middle of writing a draft, so a
 * write and its rename are never cut apart by these signals (only SIGKILL can
 * do that; the next start recovers the draft). Returns the function that
 * removes the handlers again.
 */
export function exitOnSignals(onSignal: (signal: HandledSignal) => void): () => void {
  const handler = (signal: HandledSignal) => {
    restoreTerminal();
    try {
      onSignal(signal);
    } catch {
      // the exit code is what is left to give
    }
    process.exit(SIGNAL_EXIT[signal]);
  };
  const signals = Object.keys(SIGNAL_EXIT) as HandledSignal[];
  for (const s of signals) process.on(s, handler);
  return () => {
    for (const s of signals) process.off(s, handler);
  };
}
