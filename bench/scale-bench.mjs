// How `validate`, `stats`, `routes` and `graph` grow with the size of a tree set: generated sets of
// 1,000, 10,000 and 100,000 nodes (at 100,000 only validate and its peer, run once: about a minute and
// 1 GB; BENCH_100K=1 adds stats there, BENCH_100K=0 leaves 100,000 out), each command run as the installed CLI would be
// (a child process), wall time and peak RSS per run; and ajv-cli, schema-only, on the same tree files
// as the peer of `validate`. Ratios are within this run: 10k against 1k (10x the nodes), validate
// against ajv-cli on the same files. Not run by the tests. CLI: `node bench/scale-bench.mjs`.
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { genLargeTree } from "./gen-trees.mjs";
import { runOnce, summary, writeSet } from "./support.mjs";

const root = fileURLToPath(new URL("..", import.meta.url));
const bin = join(root, "bin/signaalroute.js");
const ajvBin = join(root, "node_modules/.bin/ajv");

/** Runs `node args` `runs` times: wall ms, peak RSS MB and CPU ms of each run, summarised; and the last exit code and output size. */
function measure(args, runs, { node = true } = {}) {
  const all = Array.from({ length: runs }, () => runOnce(args, { node }));
  const rss = all.flatMap((r) => (r.rss === undefined ? [] : [r.rss]));
  const cpu = all.flatMap((r) => (r.cpu === undefined ? [] : [r.cpu]));
  const last = all.at(-1);
  return {
    ...summary(all.map((r) => r.wall)),
    rss: rss.length ? summary(rss).median : undefined,
    cpu: cpu.length ? summary(cpu).median : undefined,
    code: last?.code ?? 0,
    bytes: last?.bytes ?? 0,
  };
}

const mb = (bytes) => `${(bytes / 1e6).toFixed(bytes < 1e6 ? 2 : 1)} MB`;

/**
 * Rows { group, name, median, min, max, n, ratio, ratioOf, rss, note } for bench/run.mjs. `ratio` is
 * against the row named in `ratioOf` (same run): the 1k row of the same command, or ajv-cli.
 */
export function benchScale({ runs = 3, big = process.env.BENCH_100K !== "0" } = {}) {
  const tmp = mkdtempSync(join(tmpdir(), "signaalroute-scale-bench-"));
  const sizes = [1_000, 10_000, ...(big ? [100_000] : [])];
  // 100,000 nodes: one run per command (n=1 in the table), as each takes most of a minute on a shared machine.
  const runsAt = (size) => (size > 10_000 ? 1 : runs);
  const rows = [];
  try {
    const base = {};
    for (const size of sizes) {
      const dir = join(tmp, String(size));
      const g = genLargeTree(size);
      writeSet(dir, g);
      const yamlBytes = readdirSync(dir).reduce((a, f) => a + readFileSync(join(dir, f)).length, 0);
      const label = `${size.toLocaleString("en")} nodes`;
      const treeFiles = g.trees.map((t) => join(dir, t.file));
      // ajv-cli checks the tree files against the tree schema only (no positions, no rules): the floor.
      if (existsSync(ajvBin)) {
        const ajv = measure(
          [
            ajvBin,
            "validate",
            "--spec=draft2020",
            "--strict=false",
            "-s",
            join(root, "schemas/tree.schema.json"),
            "-d",
            treeFiles.length === 1 ? treeFiles[0] : `{${treeFiles.join(",")}}`,
          ],
          runsAt(size),
          { node: false },
        );
        rows.push({
          group: "scale",
          name: `ajv-cli schema-only, ${label} (${g.trees.length} files, ${mb(yamlBytes)})`,
          ...ajv,
          ratio: 1,
          ratioOf: "itself",
          note: `exit ${ajv.code}, CPU ${Math.round(ajv.cpu ?? 0)} ms`,
        });
        base[`ajv ${size}`] = ajv;
      }
      // The 2^n-path views print every outcome's shortest route: their output grows with nodes x depth, so 100k is left out.
      const commands =
        size > 10_000
          ? ["validate", ...(process.env.BENCH_100K === "1" ? ["stats"] : [])]
          : ["validate", "stats", "routes", "graph"];
      for (const cmd of commands) {
        const args = cmd === "validate" ? [bin, "validate", dir] : [bin, cmd, "--trees", dir];
        const r = measure(args, runsAt(size));
        const first = base[`${cmd} ${sizes[0]}`];
        const ajv = base[`ajv ${size}`];
        let ratio = 1;
        let ratioOf = "itself";
        if (cmd === "validate" && ajv) {
          ratio = r.median / ajv.median;
          ratioOf = "ajv-cli, same files";
        } else if (first) {
          ratio = r.median / first.median;
          ratioOf = `${cmd}, ${sizes[0].toLocaleString("en")} nodes (${size / sizes[0]}x the nodes)`;
        }
        // CPU time too: on a shared machine it is less disturbed by other work than wall time.
        const cpuVs = (x) => (x?.cpu && r.cpu ? ` (${(r.cpu / x.cpu).toFixed(2)}x` : "");
        const growth =
          (cmd === "validate" && ajv?.cpu ? `${cpuVs(ajv)} ajv-cli's CPU)` : "") +
          (first && size !== sizes[0]
            ? `; ${(r.median / first.median).toFixed(1)}x the ${sizes[0].toLocaleString("en")}-node wall time, ${(r.cpu / first.cpu).toFixed(1)}x its CPU, for ${size / sizes[0]}x the nodes`
            : "");
        rows.push({
          group: "scale",
          name: `${cmd}, ${label}`,
          ...r,
          ratio,
          ratioOf,
          note: `exit ${r.code}, CPU ${Math.round(r.cpu ?? 0)} ms${growth}, output ${mb(r.bytes)}`,
        });
        if (size === sizes[0]) base[`${cmd} ${size}`] = r;
      }
    }
    return rows;
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  for (const r of benchScale())
    console.log(
      `${r.name.padEnd(60)} ${r.median.toFixed(0).padStart(7)} ms (${r.min.toFixed(0)}-${r.max.toFixed(0)}, n=${r.n})  ${r.ratio.toFixed(2)}x ${r.ratioOf}  RSS ${r.rss?.toFixed(0)} MB  ${r.note}`,
    );
}
