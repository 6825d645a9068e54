import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { run } from "../../src/commands/consult.js";
import { CONFIRM } from "../../src/consult/interactive.js";
import { systemPager } from "../../src/ui/pager.js";
import { scriptedPrompter } from "../../src/ui/scripted-prompter.js";
import { fakeIo } from "../fake-io.js";
import { BASIC, tempDir } from "../helpers.js";

describe("the pager", () => {
  it("is never used with CI set, and there is none without $PAGER and without less on the PATH", () => {
    expect(systemPager({ CI: "true", PAGER: "less" })).toBeUndefined();
    expect(systemPager({ PATH: "" })).toBeUndefined();
    expect(systemPager({ PAGER: "more" })).toBeTypeOf("function");
  });

  const script = [
    { id: "gevaar", answer: "nee" },
    { id: "soort", answer: ["geld"] },
    { id: "overleg", answer: "ja" },
    { id: "review", answer: CONFIRM },
    { id: "save-record", answer: "none" },
  ];
  const consult = async (rows: number) => {
    const dir = tempDir("sr-pager-");
    const paged: string[] = [];
    const io = fakeIo({
      stdinIsTTY: true,
      stdoutIsTTY: true,
      cwd: dir,
      env: { SIGNAALROUTE_DATA_DIR: join(dir, "data") },
      terminalSize: () => ({ columns: 100, rows }),
    });
    await run(
      { lang: "nl", color: false, trees: [BASIC] },
      { io, prompter: () => Promise.resolve(scriptedPrompter(script)), pager: (t) => (paged.push(t), true) },
    );
    return { paged, out: io.stdout() };
  };

  it("shows the advice when it is taller than the terminal, headline first; the headline is said again above the save question", async () => {
    const { paged, out } = await consult(10);
    expect(paged).toHaveLength(1);
    expect(paged[0]!.split("\n").slice(0, 3)).toEqual([
      "",
      "Advies: Melden  [Spoed: vandaag]",
      "→ [Regulier: binnen enkele dagen] Neem contact op met Testteam A (0800-0000).",
    ]);
    expect(out).not.toContain("Advies: Melden");
    expect(out).toContain("In het kort: Melden");
  });

  it("is not used when the advice fits", async () => {
    const { paged, out } = await consult(60);
    expect(paged).toEqual([]);
    expect(out).toContain("Advies: Melden");
  });
});
