import { readdirSync, readFileSync, statSync, existsSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { ROOT, tempDir } from "../helpers.js";
import { hasTmux, TmuxSession } from "./tmux.js";

// A trainee in a real terminal (tmux), on the bundled trees and a bundled scenario, making a typical mistake:
// the case says the assault was four days ago, and the trainee answers "more than 7 days ago" at the triage
// question on sexual violence. The comparison must name that question and explain it with its help text.
const dir = tempDir("signaalroute-practice-e2e-");
const env = {
  SIGNAALROUTE_DATA_DIR: join(dir, "data"),
  NO_COLOR: "1",
  TERM: "xterm-256color",
  LANG: "C.UTF-8",
  CI: "1",
};
const bin = `node ${join(ROOT, "bin/signaalroute.js")}`;
const scenario = join(ROOT, "scenarios/02-seksueel-geweld-binnen-7-dagen.yaml");
const sessions: TmuxSession[] = [];
afterAll(() => sessions.forEach((s) => s.kill()));

/** The prompt waiting now: the text from its last "? " line to the end of the screen, once the key line is drawn and the screen is still. */
async function pending(t: TmuxSession, before: string): Promise<string> {
  const deadline = Date.now() + 20000;
  let last = "";
  while (Date.now() < deadline) {
    const screen = t.screen();
    if (screen !== before && screen === last && /↑↓.bladeren/.test(screen.trimEnd().split("\n").at(-1) ?? "")) {
      const lines = screen.trimEnd().split("\n");
      const at = lines.findLastIndex((l) => l.startsWith("? "));
      return t.seen(lines.slice(at).join("\n"));
    }
    last = screen;
    await new Promise((r) => setTimeout(r, 150));
  }
  throw new Error(`no prompt waiting; the screen shows:\n${last}`);
}

/** Answers each question by its text with its keys; "Verder" on info steps; stops at the check page. Each question once. */
async function walk(t: TmuxSession, plan: [string, string[]][]): Promise<void> {
  let before = "";
  const left = new Map(plan);
  for (let i = 0; i < 40; i++) {
    const prompt = await pending(t, before);
    before = t.screen();
    if (prompt.includes("Kloppen uw antwoorden?")) {
      expect([...left.keys()]).toEqual([]);
      return;
    }
    if (prompt.startsWith("? Verder als u klaar bent met lezen")) {
      t.keys("Enter");
      continue;
    }
    const entry = [...left].find(([text]) => prompt.includes(text));
    if (!entry) throw new Error(`a question the trainee did not expect:\n${prompt}`);
    left.delete(entry[0]);
    t.keys(...entry[1]);
  }
  throw new Error("the consult did not reach the check page");
}

describe.skipIf(!hasTmux())("practice in a real terminal (tmux)", () => {
  it("shows the case, walks the real consult, and names the question where the trainee's route split, with its help", async () => {
    const t = TmuxSession.start(
      `sr-practice-${process.pid}`,
      `${bin} practice ${scenario} --out resultaat.json`,
      env,
      dir,
      { columns: 160, rows: 60 },
    );
    sessions.push(t);
    // The case text and the practice mark come before the first question.
    const first = await t.waitFor("nu in direct gevaar?", 20000);
    expect(first).toContain("OEFENING · casus 02-seksueel-geweld-binnen-7-dagen");
    expect(first).toContain("vier dagen geleden heeft aangerand");
    expect(first).toContain("er wordt geen concept en geen verslag bewaard");
    // The trainee reads each question and answers it; info steps are read and continued ("Verder").
    // The mistake: "Ja, langer dan 7 dagen geleden" (the third answer) where the case says four days ago.
    await walk(t, [
      ["nu in direct gevaar?", ["Down", "Enter"]], // Nee
      ["Is het kind nu vermist of weggelopen", ["Down", "Enter"]], // Nee
      ["Is het kind de komende dagen niet veilig", ["Down", "Enter"]], // Nee
      ["Heeft het kind mogelijk seksueel geweld meegemaakt?", ["Down", "Down", "Enter"]], // the mistake
      ["Waar gaat uw zorg over?", ["Down", "Down", "Space", "Enter"]], // [mishandeling]
      ["Speelt er ook iets online?", ["Down", "Enter"]], // Nee
      ["Wat is, na het overleg, uw vermoeden?", ["Down", "Enter"]], // mishandeling
      ["Heeft het kind u of een collega al zelf over geweld of misbruik verteld?", ["Enter"]], // Ja
      ["Vertelde het kind (ook) over seksueel geweld", ["Down", "Enter"]], // 3 tot 7 dagen geleden
    ]);
    expect(t.screen()).toContain("Ook na meer dan 7 dagen: het Centrum Seksueel Geweld"); // the info step the mistake leads to
    t.keys("Enter"); // Ja, toon het advies
    const end = await t.waitFor("Uitleg bij deze vraag:", 20000);
    expect(end).toContain("Vergelijking met het modelantwoord");
    expect(end).toContain(
      "Uw route week af bij vraag 4: Heeft het kind mogelijk seksueel geweld meegemaakt? Zo ja, wanneer? (seksueel-geweld)",
    );
    expect(end).toMatch(/U koos: +Ja, langer dan 7 dagen geleden/);
    expect(end).toMatch(/Het modelantwoord: +Ja, 3 tot 7 dagen geleden/);
    expect(end).toContain("Binnen 7 dagen kunnen sporen nog worden veiliggesteld.");
    await t.waitFor("Oefenresultaat opgeslagen");

    const result = JSON.parse(readFileSync(join(dir, "resultaat.json"), "utf8"));
    expect(statSync(join(dir, "resultaat.json")).mode & 0o777).toBe(0o600);
    expect(result.practice).toBe(true);
    expect(result.split).toMatchObject({
      question: "seksueel-geweld",
      trainee: "langer-geleden",
      model: "3-tot-7-dagen",
    });
    // No draft was kept: a practice run is never taken for a real consult.
    const drafts = join(dir, "data", "drafts");
    expect(existsSync(drafts) ? readdirSync(drafts) : []).toEqual([]);
  }, 60000);
});
