import type { Io } from "../../src/io/io.js";
import { ROOT } from "../helpers.js";

/** An Io that records what a command prints; no terminal, no colour. */
export function fakeIo(cwd = ROOT): Io & { stdout: () => string; stderr: () => string } {
  let out = "";
  let err = "";
  return {
    out: (t) => void (out += t),
    err: (t) => void (err += t),
    stdoutIsTTY: false,
    stdinIsTTY: false,
    env: {},
    cwd,
    now: () => new Date("2026-11-28T12:00:00Z"),
    stdout: () => out,
    stderr: () => err,
  };
}
