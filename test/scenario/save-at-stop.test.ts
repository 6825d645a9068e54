import { existsSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { run } from "../../src/commands/consult.js";
import { CHANGE, CONFIRM } from "../../src/consult/interactive.js";
import { scriptedPrompter, type ScriptEntry } from "../../src/ui/scripted-prompter.js";
import { fakeIo } from "../fake-io.js";
import { BASIC, draftFiles, tempDir } from "../helpers.js";

const ROUTE: ScriptEntry[] = [
  { id: "gevaar", answer: "nee" },
  { id: "soort", answer: ["geld"] },
  { id: "overleg", answer: "ja" },
  { id: "review", answer: CONFIRM },
];

async function consult(dir: string, script: ScriptEntry[]) {
  const io = fakeIo({
    stdinIsTTY: true,
    stdoutIsTTY: true,
    cwd: dir,
    env: { SIGNAALROUTE_DATA_DIR: join(dir, "data") },
  });
  const code = await run(
    { lang: "en", color: false, trees: [BASIC], saveScenario: "casus.yaml" },
    { io, prompter: () => Promise.resolve(scriptedPrompter(script)), pager: null },
  );
  return { code, io };
}

describe("--save-scenario when the consult is stopped at the record question", () => {
  it("writes the finished route's scenario at Ctrl-C (0600); the answers stay in the draft", async () => {
    const dir = tempDir("sr-save-stop-");
    const { code, io } = await consult(dir, [...ROUTE, { stop: true }]);
    expect(code).toBe(130);
    const file = join(dir, "casus.yaml");
    expect(statSync(file).mode & 0o777).toBe(0o600);
    // By hand (test/fixtures/trees/valid/basic): gevaar nee (no 112), [geld] -> vervolg, overleg ja -> melden
    // (spoed), team-a regulier before team-b advies.
    expect(readFileSync(file, "utf8")).toContain(
      "answers:\n  gevaar: nee\n  soort:\n    - geld\n  overleg: ja\nexpect:\n  outcome: melden\n  urgency: spoed\n  contacts:\n    - team-a\n    - team-b\n",
    );
    expect(io.stderr()).toContain(file);
    const drafts = draftFiles(join(dir, "data"));
    expect(drafts).toHaveLength(1);
    // How to go on names this draft, as a stop at any question does.
    const id = drafts[0]!.replace(/^.*\//, "").replace(/\.json$/, "");
    expect(io.stderr()).toContain(
      `Stopped. Your answers are kept; continue with: signaalroute consult --resume ${id}\n`,
    );
  });

  it("after 'back' to the check page and a changed answer, the scenario holds the route it ends with", async () => {
    const dir = tempDir("sr-save-stop-");
    const { code } = await consult(dir, [
      ...ROUTE,
      { id: "save-record", answer: "back" },
      { id: "review", answer: `${CHANGE}2` }, // overleg, the third answer
      { id: "overleg", answer: "nee" },
      { id: "review", answer: CONFIRM },
      { stop: true },
    ]);
    expect(code).toBe(130);
    expect(readFileSync(join(dir, "casus.yaml"), "utf8")).toContain("  overleg: nee\nexpect:\n");
  });

  it("stopped before the route is finished: the scenario holds the answers so far, without expect (as before)", async () => {
    const dir = tempDir("sr-save-stop-");
    const { code } = await consult(dir, [{ id: "gevaar", answer: "nee" }, { stop: true }]);
    expect(code).toBe(130);
    expect(existsSync(join(dir, "casus.yaml"))).toBe(true);
    expect(readFileSync(join(dir, "casus.yaml"), "utf8")).not.toContain("expect:");
  });
});
