import { cpSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { main } from "../../src/cli.js";
import { fakeIo } from "../fake-io.js";
import { BASIC } from "../helpers.js";

describe("diff summary", () => {
  it("groups by what changed, not by outcomes that stayed the same", async () => {
    // Drop team-a's advice from the checklist route: it changes the advice at two different outcomes.
    const dir = mkdtempSync(join(tmpdir(), "sr-diff-"));
    cpSync(BASIC, dir, { recursive: true });
    const file = join(dir, "start.yaml");
    writeFileSync(file, readFileSync(file, "utf8").replace("next: naar-vervolg, advice: [ { contact: team-a, urgency: spoed, why: { nl: Meerdere signalen., en: Several signals. } } ]", "next: naar-vervolg"));
    const io = fakeIo();
    expect(await main(["--lang", "en", "diff", BASIC, dir], io)).toBe(0);
    const summary = io.stdout().split("Summary: how the advice changes\n")[1]!.split("\n\n")[0]!;
    // One line: team-a goes from spoed (checklist route 1) to regulier (outcome 'melden'), on
    // 3 answers to 'gevaar' x route 1 x 2 answers to 'overleg' = 6 combinations; the outcome is unchanged.
    expect(summary.trim().split("\n").map((l) => l.trim())).toEqual(["Test team A urgent -> regular: 6 answer combinations"]);
  });
});
