import { cpSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { run as consult } from "../../src/commands/consult.js";
import { from, run } from "../../src/commands/scenario.js";
import { fakeIo } from "../fake-io.js";
import { BASIC, tempDir } from "../helpers.js";

describe("record to scenario", () => {
  it("a record saved, the trees edited: scenario from + scenario run report the change", async () => {
    const dir = tempDir("sr-from-");
    const trees = join(dir, "trees");
    cpSync(BASIC, trees, { recursive: true });
    writeFileSync(join(dir, "a.yaml"), "gevaar: ja\nsoort: [geld]\noverleg: nee\n");
    const opts = { lang: "en" as const, color: false, trees: [trees] };
    expect(
      await consult(
        { ...opts, answers: "a.yaml", record: "r.json", saveScenario: "saved.yaml" },
        { io: fakeIo({ cwd: dir }) },
      ),
    ).toBe(0);
    expect(statSync(join(dir, "saved.yaml")).mode & 0o777).toBe(0o600);
    const io = fakeIo({ cwd: dir });
    expect(await from({ lang: "en", record: "r.json" }, io)).toBe(0);
    // The same scenario from the record as from the consult itself; no free text copied.
    expect(io.stdout()).toBe(readFileSync(join(dir, "saved.yaml"), "utf8"));
    // By hand: gevaar ja (alarm-112 acuut), [geld] -> vervolg, overleg nee -> melden (team-a regulier, team-b advies).
    expect(io.stdout()).toContain(
      "answers:\n  gevaar: ja\n  soort:\n    - geld\n  overleg: nee\nexpect:\n  outcome: melden\n  urgency: acuut\n  contacts:\n    - alarm-112\n    - team-a\n    - team-b\n",
    );
    writeFileSync(join(dir, "s.yaml"), io.stdout());
    expect(await run({ ...opts, paths: ["s.yaml"] }, fakeIo({ cwd: dir }))).toBe(0);
    // Edit the trees: at 'melden', team-b becomes spoed, so it now comes before team-a (regulier).
    const vervolg = join(trees, "vervolg.yaml");
    const text = readFileSync(vervolg, "utf8");
    const edited = text.replace(
      "{ contact: team-b, urgency: advies, why: { nl: Steun voor de jongere.",
      "{ contact: team-b, urgency: spoed, why: { nl: Steun voor de jongere.",
    );
    expect(edited).not.toBe(text);
    writeFileSync(vervolg, edited);
    const after = fakeIo({ cwd: dir });
    expect(await run({ ...opts, paths: ["s.yaml"] }, after)).toBe(1);
    expect(after.stdout()).toContain("contacts: expected [alarm-112, team-a, team-b], got [alarm-112, team-b, team-a]");
  });

  it("a stopped consult is saved without expect and says what to add; a file that is not a record is exit 2", async () => {
    const dir = tempDir("sr-from-");
    writeFileSync(join(dir, "x.yaml"), "gevaar: ja\n");
    await expect(from({ lang: "en", record: "x.yaml" }, fakeIo({ cwd: dir }))).rejects.toMatchObject({ exitCode: 2 });
    // --save-scenario to an existing file is refused before the consult starts.
    await expect(
      consult(
        { lang: "en", color: false, trees: [BASIC], answers: "x.yaml", saveScenario: "x.yaml" },
        { io: fakeIo({ cwd: dir }) },
      ),
    ).rejects.toMatchObject({ exitCode: 2 });
  });
});
