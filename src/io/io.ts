import type { Lang } from "../model/text.js";

/** Everything a command touches outside itself, so tests can supply their own. */
export interface Io {
  readonly out: (text: string) => void;
  readonly err: (text: string) => void;
  readonly stdoutIsTTY: boolean;
  readonly stdinIsTTY: boolean;
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly cwd: string;
  readonly now: () => Date;
  /** The terminal's size now (it can change while a consult runs); undefined when stdout is not a terminal. */
  readonly terminalSize?: () => TerminalSize | undefined;
}

export interface TerminalSize {
  readonly columns: number;
  readonly rows: number;
}

/** The real process's streams and settings. A closed pipe (`| head`) is handled in bin/, which alone ends the process. */
export function processIo(): Io {
  return {
    out: (t) => process.stdout.write(t),
    err: (t) => process.stderr.write(t),
    stdoutIsTTY: Boolean(process.stdout.isTTY),
    stdinIsTTY: Boolean(process.stdin.isTTY),
    env: process.env,
    cwd: process.cwd(),
    now: () => new Date(),
    terminalSize: () =>
      process.stdout.isTTY && process.stdout.columns > 0
        ? { columns: process.stdout.columns, rows: process.stdout.rows }
        : undefined,
  };
}

export interface GlobalOptions {
  readonly lang: Lang;
  readonly color: boolean;
}
