// The maintainers' commands on the bundled trees, as a maintainer runs them (a child process, no arguments
// beyond the command): validate, graph, routes and stats, against `node -e 0` in the same run. The rows are
// interleaved (round i runs every row once), so a change in the machine's load weighs on every row alike.
// Wall time and the child's CPU time (user + system, read by a probe loaded with --import). Not run by the
// tests. CLI: `node bench/bundled-views.mjs`.
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { summary } from "./support.mjs";

const root = fileURLToPath(new URL("..", import.meta.url));
const bin = join(root, "bin/signaalroute.js");

// Loaded into each child with --import: writes its CPU time (µs) when it exits.
const PROBE =
  "data:text/javascript," +
  encodeURIComponent(
    'import { writeFileSync } from "node:fs"; process.on("exit", () => { const u = process.resourceUsage(); writeFileSync(process.env.BENCH_PROBE, JSON.stringify({ cpu: u.userCPUTime + u.systemCPUTime, rss: u.maxRSS })); });',
  );

function once(args) {
  const probe = join(tmpdir(), `signaalroute-views-probe-${process.pid}.json`);
  rmSync(probe, { force: true });
  const t0 = process.hrtime.bigint();
  const r = spawnSync(process.execPath, ["--import", PROBE, ...args], {
    env: { ...process.env, BENCH_PROBE: probe, NODE_OPTIONS: "", NO_COLOR: "1" },
    maxBuffer: 1 << 28,
  });
  const wall = Number(process.hrtime.bigint() - t0) / 1e6;
  const p = existsSync(probe) ? JSON.parse(readFileSync(probe, "utf8")) : undefined;
  rmSync(probe, { force: true });
  return { wall, cpu: p ? p.cpu / 1000 : undefined, rss: p ? p.rss / 1024 : undefined, code: r.status };
}

export function benchBundledViews({ runs = 5 } = {}) {
  const rows = [
    { name: "node -e 0 (baseline)", args: ["-e", "0"] },
    { name: "validate (bundled trees)", args: [bin, "validate"] },
    { name: "graph (bundled trees)", args: [bin, "graph"] },
    { name: "routes (bundled trees)", args: [bin, "routes"] },
    { name: "stats (bundled trees)", args: [bin, "stats"] },
  ].map((r) => ({ ...r, wall: [], cpu: [], rss: [], code: 0 }));
  for (let i = 0; i < runs; i++)
    for (const r of rows) {
      const m = once(r.args);
      r.wall.push(m.wall);
      if (m.cpu !== undefined) r.cpu.push(m.cpu);
      if (m.rss !== undefined) r.rss.push(m.rss);
      r.code = m.code;
    }
  const base = summary(rows[0].wall).median;
  const baseCpu = summary(rows[0].cpu).median;
  return rows.map((r) => {
    const s = summary(r.wall);
    const cpu = r.cpu.length ? summary(r.cpu).median : undefined;
    return {
      name: r.name,
      ...s,
      ratio: s.median / base,
      rss: r.rss.length ? summary(r.rss).median : undefined,
      note:
        cpu === undefined
          ? `exit ${r.code}`
          : `exit ${r.code}, CPU ${cpu.toFixed(0)} ms (${(cpu / baseCpu).toFixed(2)}x \`node -e 0\`'s CPU)`,
    };
  });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  for (const r of benchBundledViews()) console.log(r);
}
