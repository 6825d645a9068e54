// `diff` on the bundled trees: against themselves, and against a copy whose `bel-112` info step names one more
// contact (politie, acuut): the edit of issue 14 that made the lockstep walk run for minutes. Ratios against
// `node -e 0` measured in the same run; medians of `runs`. Not run by the tests.
import { spawnSync } from "node:child_process";
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { median } from "./support.mjs";

const root = new URL("..", import.meta.url).pathname;
const bin = join(root, "bin/signaalroute.js");

function time(args, runs) {
  const times = [];
  let out = "";
  for (let i = 0; i < runs; i++) {
    const t0 = process.hrtime.bigint();
    const r = spawnSync(process.execPath, args, { encoding: "utf8", maxBuffer: 256 * 1024 * 1024 });
    times.push(Number(process.hrtime.bigint() - t0) / 1e6);
    out = r.stdout ?? "";
  }
  return { ms: median(times), out };
}

export function editedTrees() {
  const dir = mkdtempSync(join(tmpdir(), "signaalroute-bench-diff-"));
  cpSync(join(root, "trees"), dir, { recursive: true });
  const file = join(dir, "triage.yaml");
  const text = readFileSync(file, "utf8");
  const anchor =
    '          en: "There is (possibly) direct danger. In direct danger you always call 112 first."\n    next: vermist';
  if (!text.includes(anchor)) throw new Error("bench/diff-bench.mjs: triage.yaml's bel-112 changed; update the anchor");
  writeFileSync(
    file,
    text.replace(
      anchor,
      anchor.replace(
        "\n    next: vermist",
        '\n      - contact: politie\n        urgency: acuut\n        why: { nl: "Bench: de politie weet het ook.", en: "Bench: the police know too." }\n    next: vermist',
      ),
    ),
  );
  return dir;
}

export function benchDiff({ runs = 3 } = {}) {
  const base = time(["-e", "0"], runs).ms;
  const edited = editedTrees();
  const same = time([bin, "diff", join(root, "trees"), join(root, "trees")], runs);
  const one = time([bin, "diff", join(root, "trees"), edited, "--lang", "en"], runs);
  return [
    { name: "node -e 0 (baseline)", ms: base, ratio: 1 },
    { name: "diff trees trees (no change)", ms: same.ms, ratio: same.ms / base },
    {
      name: "diff trees +1 contact at bel-112",
      ms: one.ms,
      ratio: one.ms / base,
      note: one.out.includes("compared on the contacts")
        ? "summary compared on the changed contacts (not complete)"
        : one.out.includes("incomplete")
          ? "stops at its limit: incomplete"
          : "complete",
    },
  ];
}
