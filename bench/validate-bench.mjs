// Times `signaalroute validate` on generated trees: 1,000 nodes, 10,000
// nodes, and the rejoining chain of 60 questions (2^60 paths). The command
// runs in-process (dist/cli.js `main`), so start-up is not measured; each
// case is run a few times and the median kept. The ratio is time per node
// relative to the 1,000-node case: about 1 means linear, which is what the
// rules promise (dynamic programming, never path enumeration). A second row
// per case times YAML parsing alone: at 10,000 nodes it is most of the time.
// Run `npm run build` first. CLI: `node bench/validate-bench.mjs`.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { LineCounter, parseDocument } from "yaml";
import { genChain, genLargeTree } from "./gen-trees.mjs";
import { summary, timeMain, writeSet } from "./support.mjs";

const root = new URL("..", import.meta.url).pathname;

/** The loader's own reader (src/load/yaml-file.ts parseYaml), bundled for the bench into node_modules/.cache. */
async function loaderReader() {
  const { build } = await import("esbuild");
  const out = join(root, "node_modules/.cache/signaalroute-bench/yaml-file.mjs");
  await build({
    entryPoints: [join(root, "src/load/yaml-file.ts")],
    outfile: out,
    bundle: true,
    format: "esm",
    platform: "node",
    packages: "external",
    logLevel: "warning",
  });
  const { parseYaml } = await import(out);
  return (text) => parseYaml("bench.yaml", text);
}

function timeParse(g, read) {
  const t0 = process.hrtime.bigint();
  for (const f of [...g.trees, g.contacts]) read(f.text);
  return Number(process.hrtime.bigint() - t0) / 1e6;
}

/** Rows { name, ms, ratio, note } for bench/run.mjs; ratio is ms per node against the 1k case. */
export async function benchValidate({ runs = 5 } = {}) {
  const { main } = await import(join(root, "dist/cli.js"));
  const readYaml = await loaderReader();
  const tmp = mkdtempSync(join(tmpdir(), "signaalroute-validate-bench-"));
  try {
    const cases = [
      ["1,000 nodes", genLargeTree(1_000)],
      ["10,000 nodes (10 linked files)", genLargeTree(10_000)],
      ["chain of 60 questions, 2^60 paths", genChain(60)],
    ];
    const rows = [];
    let basePerNode;
    for (const [name, g] of cases) {
      const dir = join(tmp, String(rows.length));
      writeSet(dir, g);
      const { median: ms, min, max, n, code } = await timeMain(main, ["validate", "--json", dir], runs, root);
      const perNode = ms / g.nodes;
      basePerNode ??= perNode;
      rows.push({
        name: `validate, ${name}`,
        nodes: g.nodes,
        ms,
        min,
        max,
        n,
        ratio: perNode / basePerNode,
        note: `${(perNode * 1000).toFixed(0)} µs/node, exit ${code}`,
      });
      // How much of that is only reading YAML (the loader's reader), so the rules' own share is visible;
      // and what parseDocument alone (the reader before the fast path) takes on the same texts.
      const parse = summary(Array.from({ length: runs }, () => timeParse(g, readYaml)));
      rows.push({
        name: `  of which YAML reading (loader)`,
        nodes: g.nodes,
        ms: parse.median,
        ...parse,
        ratio: parse.median / ms,
        ratioOf: "share of the validate time",
        note: "",
      });
      const full = summary(
        Array.from({ length: runs }, () =>
          timeParse(g, (t) => parseDocument(t, { lineCounter: new LineCounter() }).toJS()),
        ),
      );
      rows.push({
        name: `  parseDocument + toJS on the same texts`,
        nodes: g.nodes,
        ms: full.median,
        ...full,
        ratio: full.median / parse.median,
        ratioOf: "the loader's reading",
        note: "the reader before the fast path",
      });
    }
    return rows;
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  for (const r of await benchValidate())
    console.log(`${r.name.padEnd(50)} ${r.ms.toFixed(1).padStart(9)} ms  ${r.ratio.toFixed(2)}x  ${r.note}`);
}
