// `npm run bench`: every benchmark in one table, each row with its median, min, max and number of runs,
// and its ratio to a baseline measured in the same run (named in the "against" column). Never run by the
// tests: timings are not assertions. The 100,000-node validate row runs once (n=1; about a minute, ~1 GB);
// BENCH_100K=1 adds stats at 100,000 nodes, BENCH_100K=0 leaves 100,000 out.
import { existsSync } from "node:fs";
import { cpus, loadavg } from "node:os";
// The benches' commands get a cache of checked tree sets of their own, never the user's (bench/support.mjs).
import "./support.mjs";

// BENCH_ONLY=scale,validate runs only those groups (start-up, bundled, validate, diff, scale, chains).
const only = process.env.BENCH_ONLY ? new Set(process.env.BENCH_ONLY.split(",")) : undefined;
const rows = [];
/** Runs one group; a group that fails becomes one row saying why, and the others still run. */
const group = async (name, file, run, against) => {
  if (only && !only.has(name)) return;
  const url = new URL(file, import.meta.url);
  if (!existsSync(url)) return;
  try {
    for (const r of await run(await import(url.href)))
      rows.push({ group: name, against: r.ratioOf ?? against, ...r, median: r.median ?? r.ms });
  } catch (e) {
    rows.push({ group: name, name: "(failed)", ratio: NaN, against: "", note: String(e?.message ?? e).split("\n")[0] });
  }
};

await group("start-up", "./startup.mjs", (m) => m.benchStartup(), "`node -e 0`");
await group("bundled", "./bundled-views.mjs", (m) => m.benchBundledViews(), "`node -e 0`");
await group("validate", "./validate-bench.mjs", (m) => m.benchValidate(), "per node: the 1,000-node case");
await group("diff", "./diff-bench.mjs", (m) => m.benchDiff(), "`node -e 0`");
await group("scale", "./scale-bench.mjs", (m) => m.benchScale(), "");
await group("chains", "./chain-bench.mjs", (m) => m.benchChains(), "time per question: the short chain");

const ms = (x) => (x === undefined ? "-" : x.toFixed(0));
const cell = (s) => String(s).replace(/\|/g, "\\|");
console.log(
  `\nNode ${process.version}, ${cpus().length} cores, load average ${loadavg()[0].toFixed(2)} at the end (a shared machine inflates wall times; compare ratios within one run)\n`,
);
console.log("| group | what | median ms | min | max | n | ratio | against (same run) | peak RSS | note |");
console.log("|---|---|---:|---:|---:|---:|---:|---|---:|---|");
for (const r of rows) {
  console.log(
    `| ${r.group} | ${cell(r.name)} | ${ms(r.median)} | ${ms(r.min)} | ${ms(r.max)} | ${r.n ?? "-"} | ${Number.isNaN(r.ratio) ? "-" : `${r.ratio.toFixed(2)}x`} | ${cell(r.against)} | ${r.rss === undefined ? "-" : `${r.rss.toFixed(0)} MB`} | ${cell(r.note ?? "")} |`,
  );
}
