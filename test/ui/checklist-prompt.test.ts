import { render } from "@inquirer/testing";
import { describe, expect, it } from "vitest";
import { checklistPrompt, type ChecklistOutcome, type ChecklistPromptConfig } from "../../src/ui/checklist-prompt.js";
import { checklistTexts } from "../../src/ui/inquirer-prompter.js";

// The checklist prompt on its own, key by key. The safety property: the only
// answers a checklist can give are the rows ticked with Space, or "nothing" /
// "weet ik niet" chosen on the "Geen van deze?" question after Enter.

type Key = string | { name?: string; ctrl?: boolean; sequence?: string };

const ROWS = [
  { value: "geld", name: "Plotseling veel geld", separatorBefore: "── Geld ──" },
  { value: "spijbelen", name: "Spijbelen", separatorBefore: "── School ──" },
  { value: "telefoons", name: "Meerdere telefoons" },
  { value: "unknown", name: "Weet ik niet", separatorBefore: "── Niet zeker? ──" },
];

function config(over: Partial<ChecklistPromptConfig> = {}): ChecklistPromptConfig {
  return { message: "Welke signalen ziet u?", hint: "Vink aan met de spatiebalk.", rows: ROWS, unknown: "unknown", canGoBack: true, texts: checklistTexts("nl"), size: () => ({ columns: 80, rows: 30 }), ...over };
}

async function open(over: Partial<ChecklistPromptConfig> = {}) {
  const r = await render(checklistPrompt, config(over));
  let settled: { outcome?: ChecklistOutcome; error?: unknown } | undefined;
  r.answer.then(
    (outcome) => (settled = { outcome }),
    (error) => (settled = { error }),
  );
  const press = async (...keys: Key[]) => {
    for (const k of keys) {
      r.events.keypress(k as never);
      await new Promise((done) => setImmediate(done));
    }
  };
  // Key hints keep a key and its action together with no-break spaces; read them as spaces.
  return { ...r, getScreen: () => r.getScreen().replace(/\u00a0/g, " "), press, settled: () => settled };
}

// Every key a user might press, named as readline names them in a real terminal.
const KEYS: Key[] = [
  "enter",
  "return",
  "space",
  "up",
  "down",
  "left",
  "right",
  "home",
  "end",
  "pageup",
  "pagedown",
  "tab",
  "backspace",
  "delete",
  "escape",
  { name: "?" },
  { sequence: "?" },
  "b",
  "t",
  "a",
  "i",
  "j",
  "k",
  "n",
  "y",
  "q",
  "1",
  "4",
  { name: "d", ctrl: true },
];
const keyName = (k: Key) => (typeof k === "string" ? k : JSON.stringify(k));

describe("checklist prompt: no key records an answer nobody chose", () => {
  for (let row = 0; row < ROWS.length; row++) {
    for (const key of KEYS) {
      it(`row ${row + 1} (${ROWS[row]!.value}), nothing ticked, key ${keyName(key)}`, async () => {
        const p = await open();
        await p.press(...Array<Key>(row).fill("down"), key);
        const s = p.settled();
        // Help and back are not answers; nothing else may settle the prompt.
        if (s) {
          expect(s.outcome?.kind).not.toBe("answer");
          if (key === "escape" || key === "b" || key === "t") expect(s.outcome).toEqual({ kind: "back" });
          else expect(s.outcome).toEqual({ kind: "help", ticked: [] });
        }
        const isHelp = typeof key === "object" && (key.name === "?" || key.sequence === "?");
        expect(Boolean(s)).toBe(isHelp || key === "escape" || key === "b" || key === "t");
        // Enter with nothing ticked asks first.
        if (key === "enter" || key === "return") expect(p.getScreen()).toContain("U heeft niets aangevinkt. Geen van deze?");
      });
    }
  }

  // The model of what the user chose: a cursor over the rows, the ticks Space made, and the "Geen van deze?"
  // question after an empty Enter (its cursor on "Terug naar de lijst" each time it opens).
  async function checkAgainstModel(alphabet: Key[], maxLength: number) {
    const sequences: Key[][] = [[]];
    for (let n = 0; n < maxLength; n++) for (const s of [...sequences]) if (s.length === n) for (const k of alphabet) sequences.push([...s, k]);
    const rows = ROWS.slice(1); // spijbelen, telefoons, unknown: a small list keeps this fast
    const answers: ChecklistOutcome[] = [];
    for (const seq of sequences) {
      const p = await open({ rows, checked: [] });
      await p.press(...seq);
      let cursor = 0;
      let confirmAt: number | undefined;
      const ticked = new Set<string>();
      let expected: ChecklistOutcome | undefined;
      for (const k of seq) {
        if (expected) break;
        if (confirmAt !== undefined) {
          if (k === "up") confirmAt = Math.max(0, confirmAt - 1);
          else if (k === "down") confirmAt = Math.min(2, confirmAt + 1);
          else if (k === "escape") confirmAt = undefined;
          else if (k === "enter") {
            if (confirmAt === 0) expected = { kind: "answer", ticked: [] };
            else if (confirmAt === 1) expected = { kind: "answer", ticked: ["unknown"] };
            confirmAt = undefined;
          }
          continue;
        }
        if (k === "up") cursor = Math.max(0, cursor - 1);
        else if (k === "down") cursor = Math.min(rows.length - 1, cursor + 1);
        else if (k === "space") {
          const v = rows[cursor]!.value;
          if (ticked.has(v)) ticked.delete(v);
          else ticked.add(v);
        } else if (k === "enter") {
          if (ticked.size === 0) confirmAt = 2;
          else expected = { kind: "answer", ticked: rows.map((r) => r.value).filter((v) => ticked.has(v)) };
        } else if (k === "escape") expected = { kind: "back" };
        else if (typeof k === "object") expected = { kind: "help", ticked: rows.map((r) => r.value).filter((v) => ticked.has(v)) };
      }
      const got = p.settled()?.outcome;
      expect(got, seq.map(keyName).join(" ")).toEqual(expected);
      if (got?.kind === "answer") answers.push(got);
    }
    return answers;
  }

  it("every sequence of up to three keys: an answer is exactly what Space ticked, or what the 'Geen van deze?' question chose", async () => {
    const answers = await checkAgainstModel(["enter", "space", "up", "down", "escape", { name: "?" }, "a", "1"], 3);
    // Not vacuous: 18 of the sequences answer, counted by hand: [space enter] 1; [space enter *] 8;
    // [X space enter] and [space X enter] with X one of up, down, a, 1: 4 + 4; [enter up enter] ("weet ik niet") 1.
    expect(answers).toHaveLength(18);
  });

  it("every sequence of up to five of Enter, Up, Esc, Space: the same, with the 'Geen van deze?' question left and reopened", async () => {
    const answers = await checkAgainstModel(["enter", "up", "escape", "space"], 5);
    // It reaches all three kinds of answer: ticks, "nothing" (enter up up enter) and "weet ik niet" (enter up enter).
    expect(answers).toContainEqual({ kind: "answer", ticked: ["spijbelen"] });
    expect(answers).toContainEqual({ kind: "answer", ticked: [] });
    expect(answers).toContainEqual({ kind: "answer", ticked: ["unknown"] });
  });
});

describe("checklist prompt: the 'Geen van deze?' question", () => {
  it("opens on Enter with nothing ticked, with the cursor on 'Terug naar de lijst'; Enter there goes back to the list", async () => {
    const p = await open();
    await p.press("enter");
    const confirm = p.getScreen();
    expect(confirm).toContain("U heeft niets aangevinkt. Geen van deze?");
    expect(confirm).toMatch(/ Ja, geen van deze\n {2}Weet ik niet\n❯ Terug naar de lijst/);
    expect(confirm).toContain("Aanvinken doet u in de lijst, met de spatiebalk.");
    await p.press("enter");
    expect(p.settled()).toBeUndefined();
    expect(p.getScreen()).toContain("❯◯ Plotseling veel geld");
    // Asked again on the next empty Enter: once per submit.
    await p.press("enter");
    expect(p.getScreen()).toContain("Geen van deze?");
    await p.press("escape");
    expect(p.getScreen()).toContain("Plotseling veel geld");
    expect(p.settled()).toBeUndefined();
  });

  it("opens with the cursor on 'Terug naar de lijst' every time, also after leaving it elsewhere with Esc", async () => {
    const p = await open();
    await p.press("enter", "up", "up", "escape", "enter");
    expect(p.getScreen()).toMatch(/❯ Terug naar de lijst/);
    await p.press("enter");
    expect(p.settled()).toBeUndefined();
  });

  it("'Ja, geen van deze' records nothing ticked", async () => {
    const p = await open();
    await p.press("enter", "up", "up", "enter");
    expect(p.settled()?.outcome).toEqual({ kind: "answer", ticked: [] });
    expect(p.getScreen()).toContain("Welke signalen ziet u? (niets aangevinkt)");
  });

  it("'Weet ik niet' records the plain unknown answer", async () => {
    const p = await open();
    await p.press("enter", "up", "enter");
    expect(p.settled()?.outcome).toEqual({ kind: "answer", ticked: ["unknown"] });
  });

  it("without 'weet ik niet' on the checklist it offers yes and back only", async () => {
    const p = await open({ rows: ROWS.slice(0, 3), unknown: undefined });
    await p.press("enter");
    expect(p.getScreen()).not.toContain("Weet ik niet");
    await p.press("up", "enter");
    expect(p.settled()?.outcome).toEqual({ kind: "answer", ticked: [] });
  });
});

describe("checklist prompt: ticking, help, back, stop", () => {
  it("Space ticks and unticks; Enter gives the ticked rows in list order", async () => {
    const p = await open();
    await p.press("down", "down", "space", "up", "up", "space", "down", "space", "space", "enter");
    expect(p.settled()?.outcome).toEqual({ kind: "answer", ticked: ["geld", "telefoons"] });
    expect(p.getScreen()).toContain("Plotseling veel geld, Meerdere telefoons");
  });

  it("items ticked together with 'Weet ik niet' keep both", async () => {
    const p = await open();
    await p.press("space", "down", "down", "down", "space", "enter");
    expect(p.settled()?.outcome).toEqual({ kind: "answer", ticked: ["geld", "unknown"] });
  });

  it("'Weet ik niet' on its own is ticked with Space like an item", async () => {
    const p = await open();
    await p.press("end", "down", "down", "down", "down", "space", "enter");
    expect(p.settled()?.outcome).toEqual({ kind: "answer", ticked: ["unknown"] });
  });

  it("starts with earlier ticks; Enter keeps them", async () => {
    const p = await open({ checked: ["spijbelen"] });
    expect(p.getScreen()).toMatch(/◉ Spijbelen/);
    await p.press("enter");
    expect(p.settled()?.outcome).toEqual({ kind: "answer", ticked: ["spijbelen"] });
  });

  it("? asks for help and keeps the ticks", async () => {
    const p = await open();
    await p.press("down", "space", { sequence: "?" });
    expect(p.settled()?.outcome).toEqual({ kind: "help", ticked: ["spijbelen"] });
  });

  it("Esc, b and t go back; on the first question they say why they cannot", async () => {
    for (const k of ["escape", "b", "t"]) {
      const p = await open();
      await p.press("space", k);
      expect(p.settled()?.outcome).toEqual({ kind: "back" });
    }
    const first = await open({ canGoBack: false });
    await first.press("escape");
    expect(first.settled()).toBeUndefined();
    expect(first.getScreen()).toContain("Dit is de eerste vraag: terug kan hier niet.");
    expect(first.getScreen()).not.toContain("esc terug");
  });

  it("Ctrl-C stops (the prompt rejects; the consult keeps its draft)", async () => {
    const p = await open();
    await p.press("space", { name: "c", ctrl: true });
    expect((p.settled()?.error as Error | undefined)?.name).toBe("ExitPromptError");
  });

  it("shows every action as a key hint, in Dutch and in English", async () => {
    const nl = await open();
    expect(nl.getScreen()).toContain("↑↓ bladeren • space aanvinken • ⏎ verder • ? uitleg • esc terug • ctrl+c stoppen");
    const en = await open({ texts: checklistTexts("en") });
    expect(en.getScreen()).toContain("↑↓ move • space tick • ⏎ continue • ? help • esc back • ctrl+c stop");
    // No action is a row: nothing else to land on.
    for (const gone of ["Uitleg bij deze vraag", "Terug naar de vorige vraag", "Stoppen"]) expect(nl.getScreen()).not.toContain(gone);
  });
});

describe("checklist prompt: fits the terminal", () => {
  it("wraps the question, rows and key hints at word boundaries, rows hanging under their text", async () => {
    const long = "Het kind vertelt over een oudere vriend die cadeaus geeft en het kind ophaalt van school";
    const p = await open({ rows: [{ value: "x", name: long }, ...ROWS.slice(1)], size: () => ({ columns: 30, rows: 40 }) });
    const lines = p.getScreen().split("\n");
    for (const l of lines) expect(l.length).toBeLessThanOrEqual(30);
    // Worked out by hand: 27 columns beside "❯◯ ", continuation indented by 3.
    expect(lines).toContain("❯◯ Het kind vertelt over een");
    expect(lines).toContain("   oudere vriend die cadeaus");
    expect(lines).toContain("   geeft en het kind ophaalt");
    expect(lines).toContain("   van school");
    expect(lines).toContain("? Welke signalen ziet u?");
  });

  it("is as tall as the terminal: a short terminal shows a window of the list", async () => {
    const many = Array.from({ length: 30 }, (_, i) => ({ value: `s${i}`, name: `Signaal ${i + 1}` }));
    const tall = await open({ rows: many, unknown: undefined, size: () => ({ columns: 80, rows: 40 }) });
    const short = await open({ rows: many, unknown: undefined, size: () => ({ columns: 80, rows: 15 }) });
    const count = (s: string) => s.split("\n").filter((l) => /Signaal \d+/.test(l)).length;
    // 40 rows: 40 - 2 (question, hint) - 2 (blank, keys) - 2 (the line above, a spare) = 34 >= 30 items.
    expect(count(tall.getScreen())).toBe(30);
    // 15 rows: 15 - 6 = 9 items in view.
    expect(count(short.getScreen())).toBe(9);
  });
});
