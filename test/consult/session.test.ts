import { cpSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runSession } from "../../src/consult/interactive.js";
import { position, start } from "../../src/engine/engine.js";
import type { ConsultState } from "../../src/engine/state.js";
import { makeStyle } from "../../src/render/style.js";
import { scriptedPrompter, type ScriptEntry } from "../../src/ui/scripted-prompter.js";
import { BASIC, FIXTURES, loadSet } from "../helpers.js";

const set = loadSet(BASIC);
const HELP = "\u0000help";

async function play(script: ScriptEntry[], initial: ConsultState = start(set)) {
  const printed: string[] = [];
  const states: ConsultState[] = [];
  const end = await runSession(set, initial, scriptedPrompter(script), "nl", makeStyle(false), {
    onState: (s) => states.push(s),
    print: (t) => printed.push(t),
  });
  return { end, printed: printed.join("\n"), states };
}

describe("interactive session (scripted prompter)", () => {
  it("walks to an outcome, saving a state after every answer", async () => {
    const { end, states } = await play([
      { id: "gevaar", answer: "nee" },
      { id: "soort", answer: ["geld"] },
      { id: "overleg", answer: "ja" },
    ]);
    expect(end.kind).toBe("done");
    expect(states).toHaveLength(3);
    const p = position(set, end.state);
    expect(p.ok && p.value.node.id).toBe("melden");
  });

  it("shows help on request and asks the same question again", async () => {
    const { end, printed } = await play([
      { id: "gevaar", answer: HELP },
      { id: "gevaar", answer: "nee" },
      { id: "soort", answer: [] },
    ]);
    expect(end.kind).toBe("done");
    // The danger question's help is the tool's own (kind: danger).
    expect(printed).toContain("Direct gevaar betekent: iemand loopt nu lichamelijk gevaar");
  });

  it("back from a checklist keeps its ticks not yet given: the list opens with them again, nothing is answered", async () => {
    const log: string[] = [];
    const seen: unknown[] = [];
    const base = scriptedPrompter(
      [
        { id: "gevaar", answer: "nee" },
        { id: "soort", answer: { kind: "back", ticked: ["geld"] } },
        { id: "gevaar", answer: "nee" },
        { id: "soort", answer: [] },
      ],
      log,
    );
    const prompter = {
      ...base,
      checklist: (q: Parameters<typeof base.checklist>[0]) => (seen.push(q.checked), base.checklist(q)),
    };
    const states: ConsultState[] = [];
    const end = await runSession(set, start(set), prompter, "nl", makeStyle(false), {
      onState: (s) => states.push(s),
      print: () => {},
    });
    expect(seen).toEqual([undefined, ["geld"]]);
    // After "gevaar: nee" and the way back: nothing answered, both only remembered as defaults.
    expect(states[1]!.history).toEqual([]);
    expect(states[1]!.remembered).toEqual({ gevaar: "nee", soort: ["geld"] });
    expect(end.kind).toBe("done");
  });

  it("goes back, and keeps the earlier answer as the default", async () => {
    const log: string[] = [];
    let defaultSeen: unknown;
    const base = scriptedPrompter(
      [
        { id: "gevaar", answer: "nee" },
        { id: "soort", answer: { kind: "back" } },
        { id: "gevaar", answer: "nee" },
        { id: "soort", answer: [] },
      ],
      log,
    );
    const prompter = {
      ...base,
      select: async <T>(q: Parameters<typeof base.select<T>>[0]) => (
        (defaultSeen = defaultSeen ?? (log.length === 2 ? q.default : undefined)),
        base.select(q)
      ),
    };
    const end = await runSession(set, start(set), prompter, "nl", makeStyle(false), {
      onState: () => {},
      print: () => {},
    });
    expect(log).toEqual(["select:gevaar", "checklist:soort", "select:gevaar", "checklist:soort"]);
    expect(defaultSeen).toBe("nee");
    expect(end.kind).toBe("done");
  });

  it("a checklist's 'weet ik niet' ticked with items keeps both; ticked alone it is the plain 'unknown'", async () => {
    const both = await play([
      { id: "gevaar", answer: "nee" },
      { id: "soort", answer: ["geld", "unknown"] },
      { id: "overleg", answer: "nee" },
    ]);
    expect(both.end.state.history[1]).toEqual({ node: "soort", answer: ["geld", "unknown"] });
    const alone = await play([
      { id: "gevaar", answer: "nee" },
      { id: "soort", answer: ["unknown"] },
      { id: "overleg", answer: "nee" },
    ]);
    expect(alone.end.state.history[1]).toEqual({ node: "soort", answer: "unknown" });
  });

  it("stopping keeps the answers so far", async () => {
    const { end } = await play([{ id: "gevaar", answer: "ja" }, { stop: true }]);
    expect(end.kind).toBe("stopped");
    expect(end.state.history).toEqual([{ node: "gevaar", answer: "ja" }]);
  });

  it("an info step shows its text and the acute reason before continuing", async () => {
    const { printed } = await play([
      { id: "gevaar", answer: "ja" },
      { id: "bel-112", answer: "continue" },
      { stop: true },
    ]);
    expect(printed).toContain("Bel nu 112.");
    expect(printed).toContain("Er is direct gevaar.");
  });

  it("says urgent advice given on an answer at once, not only at the end", async () => {
    // A copy of the fixture where 'ja' itself carries the 112 advice.
    const dir = mkdtempSync(join(tmpdir(), "sr-session-"));
    cpSync(BASIC, dir, { recursive: true });
    const file = join(dir, "start.yaml");
    const text = readFileSync(file, "utf8").replace(
      "ja: {next: bel-112}",
      "ja: { next: bel-112, advice: [ { contact: alarm-112, urgency: acuut, why: { nl: Meteen bellen., en: Call at once. } } ] }",
    );
    writeFileSync(file, text);
    const own = loadSet(dir);
    const printed: string[] = [];
    await runSession(
      own,
      start(own),
      scriptedPrompter([{ id: "gevaar", answer: "ja" }, { stop: true }]),
      "nl",
      makeStyle(false),
      { onState: () => {}, print: (t) => printed.push(t) },
    );
    expect(printed).toContain("[Acuut: nu] Alarmnummer 112: Meteen bellen.");
  });

  it("help on a checklist keeps what was just ticked, and the row the cursor was on", async () => {
    const seen: unknown[] = [];
    const cursors: unknown[] = [];
    const base = scriptedPrompter([
      { id: "gevaar", answer: "nee" },
      { id: "soort", answer: { kind: "help", ticked: ["geld"], cursor: "telefoons" } },
      { id: "soort", answer: ["geld", "spijbelen"] },
      { id: "overleg", answer: "ja" },
    ]);
    const prompter = {
      ...base,
      checklist: async (q: Parameters<typeof base.checklist>[0]) => (
        seen.push(q.checked),
        cursors.push(q.cursor),
        base.checklist(q)
      ),
    };
    const printed: string[] = [];
    await runSession(set, start(set), prompter, "nl", makeStyle(false), {
      onState: () => {},
      print: (t) => printed.push(t),
    });
    expect(seen).toEqual([undefined, ["geld"]]);
    // The first time the cursor starts at the top; after help, on the row it was on.
    expect(cursors).toEqual([undefined, "telefoons"]);
    // The checklist's own help was shown in between.
    expect(printed).toContain("Vink alleen aan wat u zelf hebt gezien of gehoord.");
  });

  it("fails loudly when the consult asks a question the script did not expect", async () => {
    await expect(play([{ id: "soort", answer: [] }])).rejects.toThrow(
      "script expected prompt 'soort', but the consult asked 'gevaar'",
    );
  });
});

describe("where the user is, and how many questions are still to come", () => {
  const headers = (printed: string) =>
    printed.split("\n").filter((l) => l.includes(" · ") || /^(Startboom|Stap|Vervolg)/.test(l));

  it("basic: the tree's title (its 'Signalen' is no step), the node's own step where it names one, and an honest count", async () => {
    const { printed } = await play([
      { id: "gevaar", answer: "nee" },
      { id: "soort", answer: ["geld"] },
      { id: "overleg", answer: "ja" },
    ]);
    // By hand: gevaar 2..3 (soort, then rustig or overleg); soort 1..2; overleg is the last question.
    expect(headers(printed)).toEqual([
      "Startboom · nog 2 tot 3 vragen",
      "Startboom · nog 1 tot 2 vragen",
      "Stap 2 van 2 · nog 1 vraag",
    ]);
  });

  it("memory: after 'ja' (danger) the implied question is not counted: one question left at the info step and at the checklist", async () => {
    const memory = loadSet(join(FIXTURES, "trees/valid/memory"));
    const printed: string[] = [];
    await runSession(
      memory,
      start(memory),
      scriptedPrompter([
        { id: "gevaar", answer: "ja" },
        { id: "bel-112", answer: "continue" },
        { id: "soort", answer: [] },
      ]),
      "en",
      makeStyle(false),
      {
        onState: () => {},
        print: (t) => printed.push(t),
      },
    );
    expect(printed.filter((l) => l.startsWith("\nStart tree")).map((l) => l.trim())).toEqual([
      "Start tree · 2 to 3 questions to go",
      "Start tree · 1 question to go",
      "Start tree · 1 question to go",
    ]);
  });
});

describe("an info step shows only the advice the engine gave there (its when/unless applied)", () => {
  const bundled = loadSet(join(FIXTURES, "../../trees"));
  const to = async (when: string) => {
    const printed: string[] = [];
    const script: ScriptEntry[] = [
      { id: "acuut-gevaar", answer: "nee" },
      { id: "vermist", answer: "nee" },
      { id: "onveilig-komende-dagen", answer: "nee" },
      { id: "seksueel-geweld", answer: when },
      { stop: true },
    ];
    await runSession(bundled, start(bundled), scriptedPrompter(script), "nl", makeStyle(false), {
      onState: () => {},
      print: (t) => printed.push(t),
    });
    return printed.join("\n");
  };
  const within72 = "Mogelijk seksueel geweld in de afgelopen 72 uur";

  it("within 72 hours: the acute line ('call now') is shown at csg-bellen", async () => {
    expect(await to("72-uur")).toContain(within72);
  });

  it("3 to 7 days: the 72-hour line is not shown, though csg-bellen lists it under a `when`", async () => {
    expect(await to("3-tot-7-dagen")).not.toContain(within72);
  });
});
