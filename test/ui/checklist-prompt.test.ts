import { render } from "@inquirer/testing";
import { describe, expect, it } from "vitest";
import {
  checklistPrompt,
  lastWholeLine,
  type ChecklistOutcome,
  type ChecklistPromptConfig,
} from "../../src/ui/checklist-prompt.js";
import { wrapBeside } from "../../src/render/wrap.js";
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
  return {
    message: "Welke signalen ziet u?",
    hint: "Vink aan met de spatiebalk.",
    rows: ROWS,
    unknown: "unknown",
    canGoBack: true,
    texts: checklistTexts("nl"),
    size: () => ({ columns: 80, rows: 30 }),
    ...over,
  };
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
          if (key === "escape" || key === "b" || key === "t") expect(s.outcome).toEqual({ kind: "back", ticked: [] });
          else expect(s.outcome).toEqual({ kind: "help", ticked: [], cursor: ROWS[row]!.value });
        }
        const isHelp = typeof key === "object" && (key.name === "?" || key.sequence === "?");
        expect(Boolean(s)).toBe(isHelp || key === "escape" || key === "b" || key === "t");
        // Enter with nothing ticked asks first.
        if (key === "enter" || key === "return")
          expect(p.getScreen()).toContain("U heeft niets aangevinkt. Geen van deze?");
      });
    }
  }

  // The model of what the user chose: a cursor over the rows, the ticks Space made, and the "Geen van deze?"
  // question after an empty Enter (its cursor on "Terug naar de lijst" each time it opens).
  async function checkAgainstModel(alphabet: Key[], maxLength: number) {
    const sequences: Key[][] = [[]];
    for (let n = 0; n < maxLength; n++)
      for (const s of [...sequences]) if (s.length === n) for (const k of alphabet) sequences.push([...s, k]);
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
        } else if (k === "escape")
          expected = { kind: "back", ticked: rows.map((r) => r.value).filter((v) => ticked.has(v)) };
        else if (typeof k === "object")
          expected = {
            kind: "help",
            ticked: rows.map((r) => r.value).filter((v) => ticked.has(v)),
            cursor: rows[cursor]!.value,
          };
      }
      const got = p.settled()?.outcome;
      expect(got, seq.map(keyName).join(" ")).toEqual(expected);
      if (got?.kind === "answer") answers.push(got);
    }
    return answers;
  }

  // Hundreds of prompts each: CPU-bound, so on a loaded machine they get a longer limit (it guards a hang, not speed).
  it(
    "every sequence of up to three keys: an answer is exactly what Space ticked, or what the 'Geen van deze?' question chose",
    { timeout: 90_000 },
    async () => {
      const answers = await checkAgainstModel(["enter", "space", "up", "down", "escape", { name: "?" }, "a", "1"], 3);
      // Not vacuous: 18 of the sequences answer, counted by hand: [space enter] 1; [space enter *] 8;
      // [X space enter] and [space X enter] with X one of up, down, a, 1: 4 + 4; [enter up enter] ("weet ik niet") 1.
      expect(answers).toHaveLength(18);
    },
  );

  it(
    "every sequence of up to five of Enter, Up, Esc, Space: the same, with the 'Geen van deze?' question left and reopened",
    { timeout: 90_000 },
    async () => {
      const answers = await checkAgainstModel(["enter", "up", "escape", "space"], 5);
      // It reaches all three kinds of answer: ticks, "nothing" (enter up up enter) and "weet ik niet" (enter up enter).
      expect(answers).toContainEqual({ kind: "answer", ticked: ["spijbelen"] });
      expect(answers).toContainEqual({ kind: "answer", ticked: [] });
      expect(answers).toContainEqual({ kind: "answer", ticked: ["unknown"] });
    },
  );
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

  it("? asks for help and keeps the ticks and the cursor's row", async () => {
    const p = await open();
    await p.press("down", "space", "down", { sequence: "?" });
    expect(p.settled()?.outcome).toEqual({ kind: "help", ticked: ["spijbelen"], cursor: "telefoons" });
  });

  it("opens again with the cursor on the row it was on and the ticks it had (after help)", async () => {
    const p = await open({ checked: ["spijbelen"], cursor: "telefoons" });
    const screen = p.getScreen();
    expect(screen).toContain("❯◯ Meerdere telefoons");
    expect(screen).toContain(" ◉ Spijbelen");
    expect(screen).toContain(" ◯ Plotseling veel geld");
    // Space acts on that row, not on the first: the cursor really is there.
    await p.press("space", "enter");
    expect(p.settled()?.outcome).toEqual({ kind: "answer", ticked: ["spijbelen", "telefoons"] });
  });

  it("a cursor naming no row starts on the first row", async () => {
    const p = await open({ cursor: "bestaat-niet" });
    expect(p.getScreen()).toContain("❯◯ Plotseling veel geld");
  });

  it("Esc, b and t go back with what was ticked (kept for coming back); on the first question they say why they cannot", async () => {
    for (const k of ["escape", "b", "t"]) {
      const p = await open();
      await p.press("space", k);
      expect(p.settled()?.outcome).toEqual({ kind: "back", ticked: [ROWS[0]!.value] });
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
    expect(nl.getScreen()).toContain(
      "↑↓ bladeren • space aanvinken • ⏎ verder • ? uitleg • esc terug • ctrl+c stoppen",
    );
    const en = await open({ texts: checklistTexts("en") });
    expect(en.getScreen()).toContain("↑↓ move • space tick • ⏎ continue • ? help • esc back • ctrl+c stop");
    // No action is a row: nothing else to land on.
    for (const gone of ["Uitleg bij deze vraag", "Terug naar de vorige vraag", "Stoppen"])
      expect(nl.getScreen()).not.toContain(gone);
  });
});

describe("checklist prompt: fits the terminal", () => {
  it("wraps the question, rows and key hints at word boundaries, rows hanging under their text", async () => {
    const long = "Het kind vertelt over een oudere vriend die cadeaus geeft en het kind ophaalt van school";
    const p = await open({
      rows: [{ value: "x", name: long }, ...ROWS.slice(1)],
      size: () => ({ columns: 30, rows: 40 }),
    });
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
    // 15 rows: 15 - 6 = 9 lines for the list, one of them the line saying what is below: 8 items in view.
    expect(count(short.getScreen())).toBe(8);
    expect(short.getScreen()).toContain("↓ nog 22 keuzes onder — pijltje omlaag");
    // The tall one fits: no such line.
    expect(tall.getScreen()).not.toContain("pijltje omlaag");
  });
});

describe("checklist prompt: says what is below the window", () => {
  const many = Array.from({ length: 30 }, (_, i) => ({ value: `s${i}`, name: `Signaal ${i + 1}` }));
  /** The numbers of the signals on the screen, and the count the hint line gives (0 without one). */
  const read = (screen: string) => {
    const shown = [...screen.matchAll(/Signaal (\d+)$/gm)].map((x) => Number(x[1]));
    const hint = /nog (\d+) keuzes? onder/.exec(screen);
    return { shown, below: hint ? Number(hint[1]) : 0 };
  };

  it("at every cursor position, the count is the signals under the last one on screen, and ends when the last is in view", async () => {
    const p = await open({ rows: many, unknown: undefined, size: () => ({ columns: 80, rows: 15 }) });
    for (let at = 0; at < many.length; at++) {
      const { shown, below } = read(p.getScreen());
      // The window is a run of consecutive signals with the cursor's inside it.
      expect(shown).toEqual(Array.from({ length: shown.length }, (_, i) => shown[0]! + i));
      expect(shown).toContain(at + 1);
      expect(below, `cursor on ${at + 1}`).toBe(30 - shown.at(-1)!);
      await p.press("down");
    }
    expect(read(p.getScreen()).below).toBe(0);
    expect(p.getScreen()).not.toContain("pijltje omlaag");
    // Not vacuous: at the top, 22 were below (8 in view), counted as in the test above.
  });

  it("names 'weet ik niet' when it is below the window, also on its own", async () => {
    const rows = [
      ...many.slice(0, 12),
      { value: "unknown", name: "Weet ik niet", separatorBefore: "── Niet zeker? ──" },
    ];
    const p = await open({ rows, unknown: "unknown", size: () => ({ columns: 80, rows: 15 }) });
    // 8 lines of list: Signaal 1-8 in view; 9-12 and 'weet ik niet' below.
    expect(read(p.getScreen()).shown).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    expect(p.getScreen()).toContain("↓ nog 4 keuzes en 'weet ik niet' onder — pijltje omlaag");
    await p.press(...Array<Key>(9).fill("down"));
    // Cursor on Signaal 10, kept in the middle (line 5 of 8): Signaal 6-12 and the heading; 'weet ik niet' is the one line below.
    const screen = p.getScreen();
    expect(read(screen).shown).toEqual([6, 7, 8, 9, 10, 11, 12]);
    expect(screen).toContain("── Niet zeker? ──");
    expect(screen).toContain("↓ 'weet ik niet' staat nog onder — pijltje omlaag");
    await p.press("down");
    expect(p.getScreen()).toContain("◯ Weet ik niet");
    expect(p.getScreen()).not.toContain("pijltje omlaag");
  });

  it("in English, with one signal below", async () => {
    const p = await open({
      rows: many.slice(0, 10),
      unknown: undefined,
      texts: checklistTexts("en"),
      size: () => ({ columns: 80, rows: 15 }),
    });
    expect(p.getScreen()).toContain("↓ 2 more options below — arrow down");
    // Cursor on Signaal 6, in the middle of 8 lines: Signaal 2-9 in view, Signaal 10 below.
    await p.press(...Array<Key>(5).fill("down"));
    expect(read(p.getScreen()).shown).toEqual([2, 3, 4, 5, 6, 7, 8, 9]);
    expect(p.getScreen()).toContain("↓ 1 more option below — arrow down");
  });

  it("counts rows that wrap over several lines as the list draws them (lastWholeLine against usePagination)", async () => {
    // Rows of 1 to 3 lines at 30 columns, in a terminal of 16 rows.
    const words = [
      "kort",
      "een wat langere zin die twee regels vult",
      "een heel lange zin die op dertig kolommen drie regels nodig heeft, of meer",
    ];
    const rows = Array.from({ length: 14 }, (_, i) => ({ value: `r${i}`, name: `R${i + 1} ${words[i % 3]}` }));
    // Each row's height as the prompt draws it: its name wrapped beside the 3-column cursor and box.
    const height = rows.map((r) => wrapBeside(r.name, 30, 3).split("\n").length);
    expect(height.slice(0, 3)).toEqual([1, 2, 3]);
    const p = await open({ rows, unknown: undefined, hint: undefined, size: () => ({ columns: 30, rows: 16 }) });
    let sawHidden = 0;
    for (let at = 0; at < rows.length; at++) {
      const lines = p.getScreen().split("\n");
      // The list ends where the line about what is below starts (or at the blank line before the key hints).
      const end = lines.findIndex((l, j) => j > 0 && (l.startsWith("↓") || l.trim() === ""));
      let lastWhole = -1;
      for (let i = 0; i < rows.length; i++) {
        const start = lines.findIndex((l) => new RegExp(`^.. R${i + 1} `).test(l));
        if (start >= 0 && start + height[i]! <= end) lastWhole = i;
      }
      const hint = /nog (\d+) keuzes? onder/.exec(p.getScreen());
      const below = hint ? Number(hint[1]) : 0;
      expect(below, `cursor on R${at + 1}`).toBe(rows.length - 1 - lastWhole);
      if (below > 0) sawHidden++;
      await p.press("down");
    }
    // Not vacuous: most cursor positions had rows below the window.
    expect(sawHidden).toBeGreaterThan(8);
  });

  it("lastWholeLine: a list that fits shows all; the cursor stays in the middle until the end comes into view", () => {
    expect(lastWholeLine([1, 1, 1], 0, 5)).toBe(2);
    // Ten rows of one line in a page of 4: at the top, rows 0-3; with the cursor on row 5, rows 3-6 (cursor at line 2).
    expect(lastWholeLine(Array(10).fill(1), 0, 4)).toBe(3);
    expect(lastWholeLine(Array(10).fill(1), 5, 4)).toBe(6);
    expect(lastWholeLine(Array(10).fill(1), 9, 4)).toBe(9);
    // Under the cursor at the top of a page of 4: a row of 3 lines fits whole, a row of 4 does not.
    expect(lastWholeLine([1, 3, 1], 0, 4)).toBe(1);
    expect(lastWholeLine([1, 4, 1], 0, 4)).toBe(0);
  });
});
