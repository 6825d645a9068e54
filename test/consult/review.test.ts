import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { run } from "../../src/commands/consult.js";
import { CHANGE, CONFIRM, QUIT, runSession } from "../../src/consult/interactive.js";
import { start } from "../../src/engine/engine.js";
import { makeStyle } from "../../src/render/style.js";
import type { Choice, Prompter } from "../../src/ui/prompter.js";
import { scriptedPrompter, type ScriptEntry } from "../../src/ui/scripted-prompter.js";
import { fakeIo } from "../fake-io.js";
import { BASIC, draftFiles, FIXTURES, loadSet, onlyDraft } from "../helpers.js";

/** The consult command on the basic trees in a (fake) terminal, answered by `script`; its drafts in `data`. */
async function consultInTerminal(script: ScriptEntry[]) {
  const dir = mkdtempSync(join(tmpdir(), "sr-review-"));
  const data = join(dir, "data");
  const io = fakeIo({ stdinIsTTY: true, stdoutIsTTY: true, cwd: dir, env: { SIGNAALROUTE_DATA_DIR: data } });
  const code = await run(
    { lang: "nl", color: false, trees: [BASIC] },
    { io, prompter: () => Promise.resolve(scriptedPrompter(script)) },
  );
  return { code, io, data };
}

const memory = loadSet(join(FIXTURES, "trees/valid/memory"));
const basic = loadSet(BASIC);

/** A scripted prompter that also keeps the choices of every check page it showed. */
function recording(script: ScriptEntry[]): { prompter: Prompter; pages: Choice<unknown>[][] } {
  const base = scriptedPrompter(script);
  const pages: Choice<unknown>[][] = [];
  return {
    pages,
    prompter: {
      ...base,
      select: (q) => {
        if (q.id === "review") pages.push([...q.choices]);
        return base.select(q);
      },
    },
  };
}

describe("the check-your-answers page", () => {
  it("lists every answer and offers to change each one the user gave; changing one keeps later answers the route still asks, asks what is new, and shows the page again", async () => {
    const { prompter, pages } = recording([
      { id: "gevaar", answer: "nee" },
      { id: "soort", answer: ["geld"] },
      { id: "vermoeden", answer: "nee" },
      // Change answer 1 (history index 0): the danger question
      { id: "review", answer: `${CHANGE}0` },
      { id: "gevaar", answer: "ja" },
      // New on the changed route: the 112 step. 'soort' is not asked again (kept), 'vermoeden' now follows from the danger.
      { id: "bel-112", answer: "continue" },
      { id: "review", answer: CONFIRM },
    ]);
    const printed: string[] = [];
    const end = await runSession(memory, start(memory), prompter, "nl", makeStyle(false), {
      onState: () => {},
      print: (t) => printed.push(t),
      review: true,
    });
    expect(end.kind).toBe("done");
    expect(end.state.history).toEqual([
      { node: "gevaar", answer: "ja" },
      { node: "bel-112", answer: "continue" },
      { node: "soort", answer: ["geld"] },
    ]);
    const text = printed.join("\n");
    expect(text).toContain("(bewaard) Welke signalen ziet u? Plotseling veel geld");
    // First page: three answers, each changeable; second page: 'vermoeden' is implied now, shown with its reason, not changeable.
    expect(pages[0]!.map((c) => c.value)).toEqual([CONFIRM, `${CHANGE}0`, `${CHANGE}1`, `${CHANGE}2`, QUIT]);
    expect(pages[1]!.map((c) => c.value)).toEqual([CONFIRM, `${CHANGE}0`, `${CHANGE}2`, QUIT]);
    const second = text.slice(text.lastIndexOf("Controleer uw antwoorden"));
    // Only the questions on the route: the two answered ones numbered, the implied one marked as implied (never "niet gevraagd").
    expect(second).toContain(
      "  2. Welke signalen ziet u?\n     Plotseling veel geld\n     ↳ Afgeleid uit uw antwoorden: Hebt u een vermoeden?\n       Ja\n       U meldde direct gevaar.",
    );
    expect(second).not.toContain("  3.");
    expect(second).not.toContain("niet gevraagd");
    // The change choices name the same numbers.
    expect(pages[1]!.map((c) => c.name).slice(1, 3)).toEqual([
      "Wijzig 1. Is het kind, of iemand anders, nu in direct gevaar?",
      "Wijzig 2. Welke signalen ziet u?",
    ]);
    // While the consult ran, the implied answer was said at once, with its question.
    expect(text).toContain("↳ Afgeleid uit uw antwoorden: Hebt u een vermoeden? Ja\n  U meldde direct gevaar.");
    expect(second).toContain(
      "  1. Is het kind, of iemand anders, nu in direct gevaar?\n     Ja, er is nu direct gevaar",
    );
  });

  it("a question that is new on the changed route is asked; the old answer is the default of the changed question", async () => {
    let defaultSeen: unknown = "none";
    const base = scriptedPrompter([
      { id: "gevaar", answer: "nee" },
      { id: "soort", answer: [] },
      { id: "review", answer: `${CHANGE}1` },
      { id: "soort", answer: ["geld"] },
      { id: "overleg", answer: "ja" },
      { id: "review", answer: CONFIRM },
    ]);
    const prompter: Prompter = {
      ...base,
      checklist: (q) => ((defaultSeen = defaultSeen === "none" ? "first" : q.checked), base.checklist(q)),
    };
    const end = await runSession(basic, start(basic), prompter, "nl", makeStyle(false), {
      onState: () => {},
      print: () => {},
      review: true,
    });
    expect(end.state.history.map((e) => e.node)).toEqual(["gevaar", "soort", "overleg"]);
    expect(defaultSeen).toEqual([]);
  });

  it("stopping on the page keeps every answer (exit 130, draft kept)", async () => {
    const script: ScriptEntry[] = [
      { id: "gevaar", answer: "nee" },
      { id: "soort", answer: [] },
      { id: "review", answer: QUIT },
    ];
    const { code, data } = await consultInTerminal(script);
    expect(code).toBe(130);
    expect(JSON.parse(readFileSync(onlyDraft(data), "utf8")).state.history).toHaveLength(2);
  });

  it("after the advice, 'terug' at the save question opens the page again; a changed answer gives the new advice", async () => {
    const script: ScriptEntry[] = [
      { id: "gevaar", answer: "nee" },
      { id: "soort", answer: [] },
      { id: "review", answer: CONFIRM },
      { id: "save-record", answer: "back" },
      { id: "review", answer: `${CHANGE}1` },
      { id: "soort", answer: ["geld"] },
      { id: "overleg", answer: "ja" },
      { id: "review", answer: CONFIRM },
      { id: "save-record", answer: "none" },
    ];
    const { code, io, data } = await consultInTerminal(script);
    expect(code).toBe(0);
    const out = io.stdout();
    expect(out.indexOf("Advies: Blijf opletten")).toBeGreaterThan(-1);
    expect(out.indexOf("Advies: Melden")).toBeGreaterThan(out.indexOf("Advies: Blijf opletten"));
    expect(draftFiles(data)).toEqual([]);
  });

  it("an --answers consult has no check page (it asks nothing)", async () => {
    const dir = mkdtempSync(join(tmpdir(), "sr-review-"));
    const { writeFileSync } = await import("node:fs");
    writeFileSync(join(dir, "a.yaml"), "gevaar: nee\nsoort: []\n");
    const io = fakeIo({ cwd: dir });
    expect(await run({ lang: "nl", color: false, trees: [BASIC], answers: join(dir, "a.yaml") }, { io })).toBe(0);
    expect(io.stdout() + io.stderr()).not.toContain("Controleer uw antwoorden");
  });
});
