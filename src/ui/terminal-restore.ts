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
 * do that; the next start recovers the draft).
 *
 * That also means a handler waits for long synchronous work, such as checking
 * trees given with --trees (seconds): `withDefaultSignals` runs such work with
 * the default disposition, so a signal ends the process at once, with the
 * same exit code (the shell reports 128 + the signal) and the terminal as it
 * was (nothing is drawn while trees load, so there is nothing to restore).
 */
export interface SignalGuard {
  /** Removes the handlers. */
  readonly off: () => void;
  /** Runs `work` without the handlers (a signal ends the process at once), then puts them back. */
  readonly withDefaultSignals: <T>(work: () => Promise<T>) => Promise<T>;
}

export function exitOnSignals(onSignal: (signal: HandledSignal) => void): SignalGuard {
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
  const on = () => signals.forEach((s) => process.on(s, handler));
  const off = () => signals.forEach((s) => process.off(s, handler));
  on();
  return {
    off,
    withDefaultSignals: async (work) => {
      // A signal that arrived during the synchronous work just before is queued in the event loop, and is read in
      // the loop's next poll phase: let it be handled first (two turns of the loop make sure a poll phase ran).
      // Removing the handler before that would drop it: a Ctrl-C that does nothing.
      for (let i = 0; i < 2; i++) await new Promise((r) => setImmediate(r));
      off();
      try {
        return await work();
      } finally {
        on();
      }
    },
  };
}
