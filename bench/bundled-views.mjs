// The maintainers' commands on the bundled trees, as a maintainer runs them (a child process, no arguments
// beyond the command): validate, graph, routes and stats, against `node -e 0` in the same run. The rows are
// interleaved (round i runs every row once), so a change in the machine's load weighs on every row alike.
// Wall time and the child's CPU time (user + system, read by a probe loaded with --import). Not run by the
// tests. CLI: `node bench/bundled-views.mjs`.
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { runOnce, summary } from "./support.mjs";

const root = fileURLToPath(new URL("..", import.meta.url));
const bin = join(root, "bin/signaalroute.js");

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
      const m = runOnce(r.args, { env: { NO_COLOR: "1" } });
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
