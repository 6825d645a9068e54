import { execFileSync } from "node:child_process";
import { SETTLE_MS } from "../../src/ui/settle.js";

/** Waits without giving up the thread (keys() is synchronous). */
function pause(ms: number): void {
  if (ms > 0) Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

/** Drives a real terminal: a tmux session running one command, read with capture-pane. */
export function hasTmux(): boolean {
  try {
    execFileSync("tmux", ["-V"], { stdio: "ignore" });
    return true;
  } catch {
    return false;
  }
}

export class TmuxSession {
  /** When waitFor last saw what it waited for: a question that just opened ignores a bare Enter (src/ui/settle.ts). */
  private seenAt = 0;

  constructor(readonly name: string) {}

  static start(
    name: string,
    command: string,
    env: Record<string, string>,
    cwd: string,
    size: { columns: number; rows: number } = { columns: 120, rows: 50 },
  ): TmuxSession {
    // The test's temporary cache folder (test/setup-cache-env.ts): a tmux server started elsewhere has the real one.
    const withCache = process.env.XDG_CACHE_HOME ? { XDG_CACHE_HOME: process.env.XDG_CACHE_HOME, ...env } : env;
    const exports = Object.entries(withCache)
      .map(([k, v]) => `${k}=${JSON.stringify(v)}`)
      .join(" ");
    // The pid keeps sessions of test runs in other checkouts, running at the same time, apart.
    name = `${name}-${process.pid}`;
    new TmuxSession(name).kill();
    // exec: the pane's process is the command itself, so a test can kill it.
    return TmuxSession.spawn(name, `cd ${JSON.stringify(cwd)} && exec env ${exports} ${command}`, size);
  }

  private static spawn(name: string, shellCommand: string, size: { columns: number; rows: number }): TmuxSession {
    execFileSync("tmux", [
      "new-session",
      "-d",
      "-s",
      name,
      "-x",
      String(size.columns),
      "-y",
      String(size.rows),
      shellCommand,
    ]);
    execFileSync("tmux", ["set-option", "-t", name, "remain-on-exit", "on"]);
    return new TmuxSession(name);
  }

  /** The screen as text; with `escapes`, with its colour and style codes. */
  screen(escapes = false): string {
    return execFileSync("tmux", [
      "capture-pane",
      "-p",
      ...(escapes ? ["-e"] : []),
      "-t",
      this.name,
      "-S",
      "-50",
    ]).toString();
  }

  /** Only what is in view now, without the scrollback. */
  visible(): string {
    return execFileSync("tmux", ["capture-pane", "-p", "-t", this.name]).toString();
  }

  /**
   * Types keys. A bare Enter as the first key waits until the question has been on screen for the settle
   * time, as a person who reads it does; `keysNow` types without waiting (to test the stray Enter itself).
   */
  keys(...keys: string[]): void {
    if (keys[0] === "Enter") pause(this.seenAt + SETTLE_MS + 100 - Date.now());
    this.keysNow(...keys);
  }

  /** Marks `screen` as just seen (a question on it may have just opened), and gives it back. */
  seen(screen: string): string {
    this.seenAt = Date.now();
    return screen;
  }

  keysNow(...keys: string[]): void {
    for (const k of keys) execFileSync("tmux", ["send-keys", "-t", this.name, k]);
  }

  /** Waits until the screen shows `text` (and returns the screen), or fails with what it does show. */
  async waitFor(text: string | RegExp, timeoutMs = 10000): Promise<string> {
    const deadline = Date.now() + timeoutMs;
    let last = "";
    while (Date.now() < deadline) {
      last = this.screen();
      if (typeof text === "string" ? last.includes(text) : text.test(last)) return this.seen(last);
      await new Promise((r) => setTimeout(r, 50));
    }
    throw new Error(`screen never showed ${String(text)}; it shows:\n${last}`);
  }

  /** The process running in the pane. */
  pid(): number {
    return Number(execFileSync("tmux", ["display-message", "-p", "-t", this.name, "#{pane_pid}"]).toString().trim());
  }

  kill(): void {
    try {
      execFileSync("tmux", ["kill-session", "-t", this.name], { stdio: "ignore" });
    } catch {
      // already gone
    }
  }
}
