// What the benches share: a cache folder of their own, medians and summaries of timings, writing a
// generated set to a folder, and timing the CLI in-process. Not run by the tests.
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

// The benches' commands (children inherit this environment) use a cache of checked tree sets of their own,
// never the user's, whether a bench runs alone (`node bench/scale-bench.mjs`) or in `npm run bench`.
const cacheHome = mkdtempSync(join(tmpdir(), "signaalroute-bench-cache-"));
process.env.XDG_CACHE_HOME = cacheHome;
process.on("exit", () => rmSync(cacheHome, { recursive: true, force: true }));

/** The middle value (of an even count, the upper of the two middle ones). */
export function median(xs) {
  return summary(xs).median;
}

/** Median, min, max and count of timings. */
export function summary(xs) {
  const s = [...xs].sort((a, b) => a - b);
  return { median: s[Math.floor(s.length / 2)], min: s[0], max: s[s.length - 1], n: s.length };
}

/** Writes a generated set (bench/gen-trees.mjs) to `dir`: its tree files, each through `edit`, and its contacts. */
export function writeSet(dir, g, edit = (text) => text) {
  mkdirSync(dir, { recursive: true });
  for (const f of g.trees) writeFileSync(join(dir, f.file), edit(f.text));
  writeFileSync(join(dir, g.contacts.file), g.contacts.text);
}

/**
 * Runs dist/cli.js's `main(argv, io)` in-process (so start-up is not measured) with a silent, non-TTY Io
 * and a fixed date: one warm-up, then `runs` timed runs. The summary of their times (ms) and the last exit code.
 */
export async function timeMain(main, argv, runs, cwd) {
  const io = {
    out: () => {},
    err: () => {},
    stdoutIsTTY: false,
    stdinIsTTY: false,
    env: {},
    cwd,
    now: () => new Date(2026, 10, 28, 12, 0, 0),
  };
  let code = await main(argv, io);
  const times = [];
  for (let i = 0; i < runs; i++) {
    const t0 = process.hrtime.bigint();
    code = await main(argv, io);
    times.push(Number(process.hrtime.bigint() - t0) / 1e6);
  }
  return { ...summary(times), code };
}

// Loaded into each child with --import: writes its peak RSS (KB) and CPU time (µs) when it exits.
const PROBE =
  "data:text/javascript," +
  encodeURIComponent(
    'import { writeFileSync } from "node:fs"; process.on("exit", () => { const u = process.resourceUsage(); writeFileSync(process.env.BENCH_PROBE, JSON.stringify({ rss: u.maxRSS, cpu: u.userCPUTime + u.systemCPUTime })); });',
  );

/**
 * Runs a child once, as a user would: `node args` (or, with `node: false`, the program args[0], whose node is
 * given the probe through NODE_OPTIONS). Wall ms, and the child's peak RSS (MB) and CPU (ms, user + system)
 * when the probe could write them; its exit code and output size.
 */
export function runOnce(args, { node = true, env = {} } = {}) {
  const probe = join(tmpdir(), `signaalroute-probe-${process.pid}.json`);
  rmSync(probe, { force: true });
  const t0 = process.hrtime.bigint();
  const r = node
    ? spawnSync(process.execPath, ["--import", PROBE, ...args], {
        env: { ...process.env, ...env, BENCH_PROBE: probe, NODE_OPTIONS: "" },
        maxBuffer: 1 << 30,
      })
    : spawnSync(args[0], args.slice(1), {
        env: { ...process.env, ...env, BENCH_PROBE: probe, NODE_OPTIONS: `--import=${PROBE}` },
        maxBuffer: 1 << 30,
      });
  const wall = Number(process.hrtime.bigint() - t0) / 1e6;
  const p = existsSync(probe) ? JSON.parse(readFileSync(probe, "utf8")) : undefined;
  rmSync(probe, { force: true });
  return {
    wall,
    rss: p ? p.rss / 1024 : undefined,
    cpu: p ? p.cpu / 1000 : undefined,
    code: r.status ?? -1,
    bytes: r.stdout?.length ?? 0,
  };
}
