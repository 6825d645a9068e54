import { spawn } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync, existsSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { buildSync } from "esbuild";
import { beforeAll, describe, expect, it } from "vitest";
import { acquireLock, lockHolder } from "../../src/consult/pid-lock.js";

// The consult lock: one exclusive create, stale locks (the pid is gone) taken over, proved by racing real processes.
let dir: string;
let lib: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "sr-lock-"));
  lib = join(dir, "pid-lock.mjs");
  buildSync({
    entryPoints: [join(__dirname, "../../src/consult/pid-lock.ts")],
    bundle: true,
    platform: "node",
    format: "esm",
    outfile: lib,
    logLevel: "error",
  });
});

/** A pid that is certainly gone: a child that has exited and been reaped. */
async function deadPid(): Promise<number> {
  const child = spawn(process.execPath, ["-e", "0"]);
  await new Promise((r) => child.on("exit", r));
  return child.pid!;
}

function runWorker(
  script: string,
  args: string[],
): Promise<{ code: number | null; signal: string | null; out: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ["--input-type=module", "-e", script, ...args], {
      stdio: ["ignore", "pipe", "inherit"],
    });
    let out = "";
    child.stdout.on("data", (d) => (out += d));
    child.on("exit", (code, signal) => resolve({ code, signal, out }));
  });
}

// Every worker waits for the same moment, then tries once; a winner holds the lock well past that moment.
// Each worker leaves a "tried" mark after its attempt; the winner keeps the lock until all eight have tried
// (at most 60 s), so a worker that starts late on a loaded machine meets a held lock, not a released one.
const ONE_SHOT = (libPath: string) => `
import { acquireLock } from ${JSON.stringify(libPath)};
import { readdirSync, writeFileSync } from "node:fs";
import { basename, dirname, join } from "node:path";
const [lockPath, at] = process.argv.slice(1);
while (Date.now() < Number(at)) {}
const r = acquireLock(lockPath);
writeFileSync(join(dirname(lockPath), basename(lockPath) + ".tried." + process.pid), "");
console.log(r.ok ? "won" : "refused " + r.heldBy);
if (r.ok) {
  const deadline = Date.now() + 60000;
  const tried = () => readdirSync(dirname(lockPath)).filter((f) => f.startsWith(basename(lockPath) + ".tried.")).length;
  while (tried() < 8 && Date.now() < deadline) await new Promise((s) => setTimeout(s, 50));
  r.lock.release();
}
`;

describe("pid lock", () => {
  it("of eight processes racing for a free lock, exactly one gets it", async () => {
    const lock = join(dir, "free.lock");
    const at = String(Date.now() + 700);
    const results = await Promise.all(Array.from({ length: 8 }, () => runWorker(ONE_SHOT(lib), [lock, at])));
    expect(results.filter((r) => r.out.trim() === "won")).toHaveLength(1);
    expect(results.filter((r) => r.out.startsWith("refused"))).toHaveLength(7);
    expect(existsSync(lock)).toBe(false);
  });

  it("of eight processes racing to take over a stale lock (its pid is gone), exactly one gets it", async () => {
    for (let round = 0; round < 3; round++) {
      const lock = join(dir, `stale-${round}.lock`);
      // Round 0: a stale lock of this version; 1: a bare pid (earlier versions); 2: also a takeover marker left by a dead process.
      const dead = await deadPid();
      writeFileSync(lock, round === 1 ? `${dead}\n` : `${dead} 1 ${(await import("node:os")).hostname()} 00\n`);
      if (round === 2)
        writeFileSync(`${lock}.takeover`, `${await deadPid()} 1 ${(await import("node:os")).hostname()} 01\n`);
      const at = String(Date.now() + 700);
      const results = await Promise.all(Array.from({ length: 8 }, () => runWorker(ONE_SHOT(lib), [lock, at])));
      const winners = results.filter((r) => r.out.trim() === "won");
      expect(winners, `round ${round}: ${results.map((r) => r.out.trim()).join(", ")}`).toHaveLength(1);
      expect(existsSync(`${lock}.takeover`)).toBe(false);
    }
    // Eight node processes per round: slow on a loaded 2-core machine, so a generous limit (not a timing assertion).
  }, 90_000);

  it("over many rounds, with holders killed (kill -9) while holding it, no two processes ever hold it at once", async () => {
    const lock = join(dir, "many.lock");
    const log = join(dir, "many.log");
    writeFileSync(log, "");
    // Each worker takes the lock (retrying), logs enter, works a little, logs leave and releases. Now and then
    // a worker dies with SIGKILL while holding it: the others must take the stale lock over, one at a time.
    const worker = `
import { acquireLock } from ${JSON.stringify(lib)};
import { appendFileSync } from "node:fs";
const [lockPath, logPath, seed] = process.argv.slice(1);
let rnd = Number(seed);
const random = () => ((rnd = (rnd * 1103515245 + 12345) % 2147483648) / 2147483648);
const sleep = (ms) => Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
for (let i = 0; i < 8; i++) {
  let r;
  while (!(r = acquireLock(lockPath)).ok) sleep(1 + random() * 5);
  appendFileSync(logPath, "enter " + process.pid + "\\n");
  if (random() < 0.12) process.kill(process.pid, "SIGKILL");
  sleep(random() * 4);
  appendFileSync(logPath, "leave " + process.pid + "\\n");
  r.lock.release();
}
`;
    const results = await Promise.all(
      Array.from({ length: 6 }, (_, i) => runWorker(worker, [lock, log, String(1000 + i * 7919)])),
    );
    const killed = results.filter((r) => r.signal === "SIGKILL").length;
    const lines = readFileSync(log, "utf8").trim().split("\n");
    let holder: string | undefined;
    let enters = 0;
    for (const [i, line] of lines.entries()) {
      const [what, pid] = line.split(" ");
      if (what === "enter") {
        enters++;
        // Free, or its holder was killed while holding it (then that was the holder's last line).
        if (holder !== undefined)
          expect(
            lines.slice(i).some((l) => l.endsWith(` ${holder}`)),
            `line ${i + 1}: ${pid} entered while ${holder} held the lock`,
          ).toBe(false);
        holder = pid;
      } else {
        expect(pid, `line ${i + 1}`).toBe(holder);
        holder = undefined;
      }
    }
    // Every worker that was not killed got the lock all 8 times.
    expect(enters).toBeGreaterThanOrEqual((6 - killed) * 8);
    expect(results.filter((r) => r.signal === null).every((r) => r.code === 0)).toBe(true);
  }, 60_000);

  it("a lock held by a live process is refused and reported with its pid; a lock is released only by its owner", () => {
    const lock = join(dir, "live.lock");
    writeFileSync(lock, `${process.ppid}\n`);
    const r = acquireLock(lock);
    expect(r).toEqual({ ok: false, heldBy: process.ppid });
    expect(lockHolder(lock)).toEqual({ pid: process.ppid });
  });

  it("a FIFO or a folder where the lock should be is an error, not a hang", async () => {
    const { execFileSync } = await import("node:child_process");
    const fifo = join(dir, "fifo.lock");
    execFileSync("mkfifo", [fifo]);
    expect(() => acquireLock(fifo)).toThrow(/not a regular file/);
  });
});
