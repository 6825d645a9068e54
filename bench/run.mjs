// `npm run bench`: every benchmark, as ratios against a baseline measured in
// the same run. Never run by the tests: timings are not assertions.
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { benchStartup } from "./startup.mjs";

// The benches' commands inherit this environment: a cache of checked tree sets of their own, never the user's.
const cacheHome = mkdtempSync(join(tmpdir(), "signaalroute-bench-cache-"));
process.env.XDG_CACHE_HOME = cacheHome;
process.on("exit", () => rmSync(cacheHome, { recursive: true, force: true }));

const print = (title, rows) => {
  console.log(`\n${title}`);
  for (const r of rows) console.log(`  ${r.name.padEnd(60)} ${String(r.ms.toFixed(1)).padStart(8)} ms  ${r.ratio.toFixed(2)}x${r.note ? `  ${r.note}` : ""}`);
};

print("Start-up (ratio to `node -e 0`)", await benchStartup());
const validateBench = new URL("./validate-bench.mjs", import.meta.url);
if (existsSync(validateBench)) {
  const { benchValidate } = await import(validateBench.href);
  print("validate on generated trees", await benchValidate());
}
const diffBench = new URL("./diff-bench.mjs", import.meta.url);
if (existsSync(diffBench)) {
  const { benchDiff } = await import(diffBench.href);
  print("diff on the bundled trees (ratio to `node -e 0`)", benchDiff());
}
const chainBench = new URL("./chain-bench.mjs", import.meta.url);
if (existsSync(chainBench)) {
  const { benchChains } = await import(chainBench.href);
  print("routes on a rejoining chain (ratio: time per question, long chain against short)", await benchChains());
}
