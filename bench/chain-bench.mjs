// Counting and comparing routes on a rejoining chain of questions (2^n paths) must grow with the number
// of questions, never with the number of paths. Times, in-process (dist/cli.js `main`, median of `runs`
// after a warm-up): `stats` (path counts: src/analysis/path-facts.ts) and `diff` of two versions whose
// outcome changed urgency (src/analysis/route-diff.ts), each on a short and a long chain. The ratio is
// the long chain's time per question against the short chain's in the same run: about 1 is linear; a
// walk over paths would be 2^(long - short) times slower. These were wall-clock assertions in
// test/analysis/path-facts.test.ts and route-diff.test.ts; the tests keep the counts. Not run by the tests.
// Run `npm run build` first. CLI: `node bench/chain-bench.mjs`.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { genChain } from "./gen-trees.mjs";
import { timeMain, writeSet } from "./support.mjs";

const root = new URL("..", import.meta.url).pathname;

/** The same chain with its outcome one level more urgent, so every one of its 2^n routes changes. */
const moreUrgent = (t) => {
  const out = t.replace(/(einde: \{ kind: outcome, [^\n]*?urgency: )regulier/, "$1spoed");
  if (out === t) throw new Error("bench/chain-bench.mjs: genChain's outcome changed; update the edit");
  return out;
};

/** Rows { name, ms, ratio, note } for bench/run.mjs. */
export async function benchChains({ runs = 5, short = 6, long = 60 } = {}) {
  const { main } = await import(join(root, "dist/cli.js"));
  const tmp = mkdtempSync(join(tmpdir(), "signaalroute-chain-bench-"));
  try {
    const rows = [];
    const perQuestion = {};
    for (const n of [short, long]) {
      const g = genChain(n);
      const a = join(tmp, `a${n}`);
      const b = join(tmp, `b${n}`);
      writeSet(a, g);
      writeSet(b, g, moreUrgent);
      for (const [what, argv] of [
        ["stats", ["stats", "--json", "--trees", a]],
        ["diff", ["diff", "--json", a, b]],
      ]) {
        const ms = (await timeMain(main, argv, runs, root)).median;
        perQuestion[`${what}${n}`] = ms / n;
        const ratio = n === short ? 1 : ms / n / perQuestion[`${what}${short}`];
        rows.push({
          name: `${what}, chain of ${n} questions (2^${n} paths)`,
          ms,
          ratio,
          note:
            n === short
              ? "baseline: time per question"
              : `time per question against ${short} questions; 2^${long - short} would be path enumeration`,
        });
      }
    }
    return rows;
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  for (const r of await benchChains())
    console.log(`${r.name.padEnd(50)} ${r.ms.toFixed(1).padStart(9)} ms  ${r.ratio.toFixed(2)}x  ${r.note}`);
}
