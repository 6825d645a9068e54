// Start-up cost of the installed command, as ratios against `node -e 0` (and, for a consult on
// other trees, against the bundled consult) measured in the same run: absolute times vary between
// machines and with their load; ratios less so.
import { spawn, spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, rmSync } from "node:fs";
import { cpus, tmpdir } from "node:os";
import { join } from "node:path";
import { median, summary } from "./support.mjs";

const root = new URL("..", import.meta.url).pathname;
const bin = join(root, "bin/signaalroute.js");
const trees = join(root, "trees");

function stats(times) {
  const { median: ms, min, max, n } = summary(times);
  return { ms, min, max, n };
}

/**
 * The benches' own folders: a data folder for drafts and a cache folder (XDG_CACHE_HOME) for the
 * cache of checked tree sets, so a run never reads or fills the user's real cache.
 */
function benchEnv(tmp) {
  return {
    ...process.env,
    SIGNAALROUTE_DATA_DIR: join(tmp, "data"),
    XDG_CACHE_HOME: join(tmp, "cache"),
    NO_COLOR: "1",
    SIGNAALROUTE_NO_CACHE: "",
  };
}

/** One run of `node args`, in ms; a failing command stops the bench (it would time an error message). */
function runCommand(args, env) {
  const t0 = process.hrtime.bigint();
  const r = spawnSync(process.execPath, args, { stdio: ["ignore", "ignore", "pipe"], env });
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  if (r.status !== 0) throw new Error(`${args.join(" ")} exited ${r.status}: ${r.stderr}`);
  return ms;
}

/** Time until the first question is on screen, in a pseudo-terminal made by util-linux `script`. */
function firstPrompt(extraArgs, env) {
  const marker = "?"; // inquirer's question mark: the first prompt is drawn
  return new Promise((resolve, reject) => {
    const cmd = [process.execPath, bin, "consult", "--new", ...extraArgs].map((a) => `'${a}'`).join(" ");
    const t0 = process.hrtime.bigint();
    const child = spawn("script", ["-qfec", cmd, "/dev/null"], { env });
    let out = "";
    let ms;
    const timer = setTimeout(
      () => (child.kill("SIGKILL"), reject(new Error(`no prompt; saw: ${out.slice(-300)}`))),
      60000,
    );
    child.stdout.on("data", (d) => {
      out += d.toString();
      if (out.includes(marker) && ms === undefined) {
        ms = Number(process.hrtime.bigint() - t0) / 1e6;
        clearTimeout(timer);
        // Ctrl-C, as a user would: the consult saves its draft and ends, and `script` with it, before
        // the next run starts (a process killed by SIGKILL leaves its child running on the next run's time).
        child.stdin.write("\x03");
        setTimeout(() => child.kill("SIGKILL"), 20000).unref();
      }
    });
    // Each run starts as a user's first consult: the run's draft is removed once it has ended.
    child.on("close", () => {
      if (ms === undefined) return;
      rmSync(env.SIGNAALROUTE_DATA_DIR, { recursive: true, force: true });
      resolve(ms);
    });
  });
}

/** What a consult cannot start without: the CLI, the consult command and inquirer, imported and nothing run. */
function importFloorArgs() {
  const dist = join(root, "dist");
  const chunk = (prefix) =>
    join(
      dist,
      readdirSync(dist).find((f) => f.startsWith(prefix) && f.endsWith(".js")),
    );
  const files = [join(dist, "cli.js"), chunk("consult-"), chunk("inquirer-prompter-")];
  return ["--input-type=module", "-e", files.map((f) => `await import(${JSON.stringify(f)});`).join(" ")];
}

/**
 * Rows: name, median/min/max/n, ratio to `node -e 0`; the consults on `--trees` also as a ratio to
 * the bundled consult. The rows are interleaved (round i runs every row once), so a change in the
 * machine's load during the run weighs on every row alike; the rows that check the trees at start
 * (--no-cache) run only in the first `slowRuns` rounds.
 */
export async function benchStartup({ runs = 21, slowRuns = 5 } = {}) {
  const tmp = mkdtempSync(join(tmpdir(), "signaalroute-bench-"));
  const env = benchEnv(tmp);
  try {
    const hasScript = spawnSync("script", ["--version"]).status === 0;
    const rows = [
      { name: "node -e 0 (baseline)", run: () => runCommand(["-e", "0"], env) },
      { name: "import floor: cli + consult + inquirer, nothing run", run: () => runCommand(importFloorArgs(), env) },
      { name: "signaalroute --version", run: () => runCommand([bin, "--version"], env) },
      { name: "signaalroute trees (bundled, precompiled)", run: () => runCommand([bin, "trees"], env) },
      {
        name: "signaalroute trees --trees trees/ (warm cache)",
        run: () => runCommand([bin, "trees", "--trees", trees], env),
      },
      {
        name: "signaalroute trees --trees trees/ --no-cache",
        slow: true,
        run: () => runCommand([bin, "--no-cache", "trees", "--trees", trees], env),
      },
    ];
    if (hasScript) {
      rows.push({ name: "consult: first question (bundled)", id: "bundled", run: () => firstPrompt([], env) });
      rows.push({
        name: "consult: first question (--trees trees/, warm cache)",
        peer: "bundled",
        run: () => firstPrompt(["--trees", trees], env),
      });
      rows.push({
        name: "consult: first question (--trees trees/, --no-cache)",
        peer: "bundled",
        slow: true,
        run: () => firstPrompt(["--no-cache", "--trees", trees], env),
      });
    }
    // Fills the cache for the warm rows (one cold run, not timed).
    runCommand([bin, "trees", "--trees", trees], env);
    const times = rows.map(() => []);
    for (let i = 0; i < runs; i++) {
      for (const [k, row] of rows.entries()) if (!row.slow || i < slowRuns) times[k].push(await row.run());
    }
    const measured = rows.map((row, k) => ({ ...row, ...stats(times[k]), times: times[k] }));
    const baseline = measured[0].ms;
    const byId = Object.fromEntries(measured.filter((r) => r.id).map((r) => [r.id, r]));
    // Against its peer: the ratio of the medians, and the median of the ratios of runs in the same round.
    const vsPeer = (r, peer) => {
      const paired = median(r.times.map((t, i) => t / peer.times[i]));
      return `${(r.ms / peer.ms).toFixed(2)}x the bundled consult (paired by round: ${paired.toFixed(2)}x)`;
    };
    return measured.map(({ run: _run, slow: _slow, id: _id, times: _times, peer, ...r }) => ({
      ...r,
      ratio: r.ms / baseline,
      ...(peer ? { note: vsPeer({ ...r, times: _times }, byId[peer]) } : {}),
    }));
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  console.log(`Node ${process.version}, ${cpus().length} cores; medians, ratio to node -e 0 in the same run`);
  const rows = await benchStartup();
  for (const r of rows) {
    const range = `min ${r.min.toFixed(0)} max ${r.max.toFixed(0)} n ${r.n}`;
    console.log(
      `${r.name.padEnd(56)} ${r.ms.toFixed(0).padStart(5)} ms  ${r.ratio.toFixed(2)}x  (${range})${r.note ? `  ${r.note}` : ""}`,
    );
  }
}
