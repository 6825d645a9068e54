import { execFileSync, spawnSync } from "node:child_process";
import { cpSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { diff } from "../../src/commands/scenario.js";
import { fakeIo } from "../fake-io.js";
import { BASIC, ROOT, tempDir } from "../helpers.js";

// Old: the basic fixture. New: the same, with one edit: outcome 'melden' no longer gives team-b.
// By hand: scenario geld-en-overleg (nee, [geld], ja) lands on melden: old [team-a, team-b], new [team-a];
// scenario niets-gezien (nee, []) lands on rustig, [team-b], in both (rustig is not edited).
const TEAM_B_AT_MELDEN =
  "      - { contact: team-b, urgency: advies, why: { nl: Steun voor de jongere., en: Support for the young person. } }\n";
const MODULE = `- id: geld-en-overleg
  answers: { gevaar: nee, soort: [geld], overleg: ja }
  expect: { includes: [team-a] }
- id: niets-gezien
  answers: { gevaar: nee, soort: [] }
  expect: { outcome: rustig }
`;
let dir: string;
beforeAll(() => {
  dir = tempDir("sr-scenario-diff-");
  cpSync(BASIC, join(dir, "old"), { recursive: true });
  cpSync(BASIC, join(dir, "new"), { recursive: true });
  const vervolg = join(dir, "new", "vervolg.yaml");
  const text = readFileSync(vervolg, "utf8");
  expect(text).toContain(TEAM_B_AT_MELDEN);
  writeFileSync(vervolg, text.replace(TEAM_B_AT_MELDEN, ""));
  writeFileSync(join(dir, "module.yaml"), MODULE);
});

const opts = { lang: "en" as const, color: false };

describe("scenario diff", () => {
  it("one tree edit: the scenario it touches changes contacts, the other is the same (text table)", async () => {
    const io = fakeIo({ cwd: dir });
    expect(await diff({ ...opts, args: ["old", "new", "module.yaml"] }, io)).toBe(0);
    const out = io.stdout();
    expect(out).toContain("2 scenarios on old (old) and new (new): 1 changed");
    expect(out).toMatch(
      /geld-en-overleg +melden · spoed · \[team-a, team-b\] +melden · spoed · \[team-a\] +removed: team-b\n/,
    );
    expect(out).toMatch(/niets-gezien +rustig · advies · \[team-b\] +same +—\n/);
  });

  it("--json, and --exit-code: 1 when a scenario changed, 0 when none did", async () => {
    const io = fakeIo({ cwd: dir });
    expect(await diff({ ...opts, args: ["old", "new", "module.yaml"], json: true, exitCode: true }, io)).toBe(1);
    const json = JSON.parse(io.stdout());
    expect(json.changed).toBe(1);
    expect(json.scenarios[0]).toMatchObject({
      id: "geld-en-overleg",
      changed: true,
      old: { contacts: ["team-a", "team-b"] },
      new: { contacts: ["team-a"] },
      changes: ["removed: team-b"],
    });
    expect(json.scenarios[1]).toMatchObject({ id: "niets-gezien", changed: false, changes: [] });
    expect(await diff({ ...opts, args: ["old", "old", "module.yaml"], exitCode: true }, fakeIo({ cwd: dir }))).toBe(0);
  });

  it("a route change: another outcome, other contacts, and a scenario that now fails (its answer to 'overleg' is no longer asked)", async () => {
    const other = join(dir, "rerouted");
    cpSync(BASIC, other, { recursive: true });
    const startTree = join(other, "start.yaml");
    const text = readFileSync(startTree, "utf8");
    expect(text).toContain("- { anyOf: [geld], next: naar-vervolg }");
    // [geld] alone now ends at rustig (team-b), so overleg is never asked.
    writeFileSync(
      startTree,
      text.replace("- { anyOf: [geld], next: naar-vervolg }", "- { anyOf: [geld], next: rustig }"),
    );
    const io = fakeIo({ cwd: dir });
    expect(await diff({ ...opts, args: ["old", "rerouted", "module.yaml"], json: true }, io)).toBe(0);
    const rows = JSON.parse(io.stdout()).scenarios;
    expect(rows[0].new).toMatchObject({ passed: false, outcome: "rustig", urgency: "advies", contacts: ["team-b"] });
    expect(rows[0].changes).toEqual([
      "outcome melden → rustig",
      "urgency spoed → advies",
      "removed: team-a",
      "now fails",
    ]);
    expect(rows[1].changed).toBe(false);
  });

  it("--against git:REV compares the trees/ folder at that revision with the current trees/, via the installed command", () => {
    const repo = join(dir, "repo");
    mkdirSync(join(repo, "trees"), { recursive: true });
    cpSync(join(dir, "old"), join(repo, "trees"), { recursive: true });
    const git = (...a: string[]) =>
      execFileSync("git", ["-c", "user.email=t@example.org", "-c", "user.name=t", ...a], { cwd: repo, stdio: "pipe" });
    git("init", "-q");
    git("add", "trees");
    git("commit", "-qm", "trees");
    cpSync(join(dir, "new", "vervolg.yaml"), join(repo, "trees", "vervolg.yaml"));
    const bin = join(ROOT, "bin/signaalroute.js");
    const r = spawnSync(
      "node",
      [bin, "--lang", "en", "scenario", "diff", "--against", "git:HEAD", "../module.yaml", "--exit-code"],
      { cwd: repo, encoding: "utf8" },
    );
    expect(r.stderr).toBe("");
    expect(r.status).toBe(1);
    expect(r.stdout).toContain("2 scenarios on git:HEAD (old) and trees (new): 1 changed");
    expect(r.stdout).toMatch(/geld-en-overleg .* removed: team-b/);
    const bad = spawnSync(
      "node",
      [bin, "--lang", "en", "scenario", "diff", "--against", "git:no-such-rev", "../module.yaml"],
      { cwd: repo, encoding: "utf8" },
    );
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain("Cannot read revision 'no-such-rev'");
  });

  it("could not run: one tree version only (2); an invalid scenario file is listed (1)", async () => {
    await expect(diff({ ...opts, args: ["old"] }, fakeIo({ cwd: dir }))).rejects.toMatchObject({ exitCode: 2 });
    writeFileSync(join(dir, "kapot.yaml"), "answers: { gevaar: nee }\nexpext: {}\n");
    const io = fakeIo({ cwd: dir });
    expect(await diff({ ...opts, args: ["old", "new", "kapot.yaml"] }, io)).toBe(1);
    expect(io.stdout()).toContain("kapot.yaml");
  });
});
