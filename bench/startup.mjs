// Start-up cost of the installed command, as ratios against `node -e 0`
// measured in the same run (absolute times vary between machines; ratios less so).
import { spawn, spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const root = new URL("..", import.meta.url).pathname;
const bin = join(root, "bin/signaalroute.js");
const tmp = mkdtempSync(join(tmpdir(), "signaalroute-bench-"));
const answers = join(tmp, "answers.yaml");
writeFileSync(answers, "{}\n");

function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

function timeCommand(args, runs, env = {}) {
  const times = [];
  for (let i = 0; i < runs; i++) {
    const t0 = process.hrtime.bigint();
    spawnSync(process.execPath, args, { stdio: "ignore", env: { ...process.env, ...env } });
    times.push(Number(process.hrtime.bigint() - t0) / 1e6);
  }
  return median(times);
}

/** Time until the first question is on screen, in a pseudo-terminal made by util-linux `script`. */
function firstPrompt(extraArgs, marker) {
  return new Promise((resolve, reject) => {
    const cmd = [process.execPath, bin, "consult", "--new", ...extraArgs].map((a) => `'${a}'`).join(" ");
    const t0 = process.hrtime.bigint();
    const child = spawn("script", ["-qfec", cmd, "/dev/null"], { env: { ...process.env, SIGNAALROUTE_DATA_DIR: join(tmp, "data"), NO_COLOR: "1" } });
    let out = "";
    const timer = setTimeout(() => (child.kill("SIGKILL"), reject(new Error(`no prompt; saw: ${out.slice(-300)}`))), 10000);
    child.stdout.on("data", (d) => {
      out += d.toString();
      if (out.includes(marker)) {
        const ms = Number(process.hrtime.bigint() - t0) / 1e6;
        clearTimeout(timer);
        child.kill("SIGKILL");
        resolve(ms);
      }
    });
  });
}

async function timeFirstPrompt(extraArgs, marker, runs) {
  const times = [];
  for (let i = 0; i < runs; i++) times.push(await firstPrompt(extraArgs, marker));
  return median(times);
}

export async function benchStartup({ runs = 15 } = {}) {
  const hasScript = spawnSync("script", ["--version"]).status === 0;
  const baseline = timeCommand(["-e", "0"], runs);
  const rows = [
    { name: "node -e 0 (baseline)", ms: baseline },
    { name: "signaalroute --version", ms: timeCommand([bin, "--version"], runs) },
    { name: "signaalroute trees (bundled, precompiled)", ms: timeCommand([bin, "trees"], runs) },
    { name: "signaalroute trees --trees trees/ (YAML + schema + rules)", ms: timeCommand([bin, "trees", "--trees", join(root, "trees")], runs) },
  ];
  if (hasScript) {
    const marker = "?"; // inquirer's question mark: the first prompt is drawn
    rows.push({ name: "consult: first question on screen (bundled)", ms: await timeFirstPrompt([], marker, runs) });
    rows.push({ name: "consult: first question on screen (--trees trees/)", ms: await timeFirstPrompt(["--trees", join(root, "trees")], marker, runs) });
  }
  return rows.map((r) => ({ ...r, ratio: r.ms / baseline }));
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const rows = await benchStartup();
  for (const r of rows) console.log(`${r.name.padEnd(58)} ${r.ms.toFixed(0).padStart(5)} ms  ${r.ratio.toFixed(2)}x`);
}
