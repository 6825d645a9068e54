import type { Io } from "../src/io/io.js";

/** An Io that records what a command prints. */
export function fakeIo(overrides: Partial<Io> = {}): Io & { stdout: () => string; stderr: () => string } {
  const out: string[] = [];
  const err: string[] = [];
  return {
    out: (t) => void out.push(t),
    err: (t) => void err.push(t),
    stdoutIsTTY: false,
    stdinIsTTY: false,
    env: {},
    cwd: process.cwd(),
    now: () => new Date(2026, 10, 28, 14, 5, 0),
    ...overrides,
    stdout: () => out.join(""),
    stderr: () => err.join(""),
  };
}
