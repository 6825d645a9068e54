import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import * as validators from "../../src/generated/validators.cjs";
import { BASIC, ROOT, tempDir } from "../helpers.js";
import { hasTmux, TmuxSession } from "./tmux.js";

// The built command in a real pseudo-terminal: keys typed, screen read back.
// tmux is installed by .ci/run; without it this suite says why it is skipped.
const dir = tempDir("signaalroute-e2e-");
// CI=1: no pager for the advice, except in the pager's own test.
const env = {
  SIGNAALROUTE_DATA_DIR: join(dir, "data"),
  NO_COLOR: "1",
  TERM: "xterm-256color",
  LANG: "C.UTF-8",
  CI: "1",
};
const bin = `node ${join(ROOT, "bin/signaalroute.js")}`;
const sessions: TmuxSession[] = [];
afterAll(() => sessions.forEach((s) => s.kill()));

describe.skipIf(!hasTmux())("consult in a real terminal (tmux)", () => {
  it("starts, shows help, goes back, survives kill -9, resumes, and saves a record that fits its schema", async () => {
    const t = TmuxSession.start(`sr-e2e-${process.pid}`, `${bin} consult --trees ${BASIC}`, env, dir);
    sessions.push(t);
    const first = await t.waitFor("nu in direct gevaar?");
    expect(first).toContain("Bij direct gevaar: bel 112.");

    // Help: Ja, Nee, Weet ik niet, Uitleg -> three downs.
    t.keys("Down", "Down", "Down", "Enter");
    await t.waitFor("Direct gevaar betekent:");
    // The question is asked again; the cursor starts on "Ja". Answer "Nee".
    t.keys("Down", "Enter");
    await t.waitFor("Welke signalen ziet u?");

    // The checklist trap is gone: Enter with nothing ticked, even with the cursor on "Weet ik niet", records nothing;
    // it asks "Geen van deze?" with the cursor on "Terug naar de lijst", and Enter there goes back to the list.
    t.keys("Down", "Down", "Down", "Enter");
    await t.waitFor("U heeft niets aangevinkt. Geen van deze?");
    t.keys("Enter");
    await t.waitFor(/↑↓.bladeren • space.aanvinken/);
    // Help is the key "?" (as a real terminal sends it), and keeps what was ticked: "Weet ik niet", still under the cursor.
    t.keys("Space", "?");
    await t.waitFor(/Welke signalen ziet u\? \? Uitleg bij deze vraag/);
    await t.waitFor(/◉ Weet ik niet/);
    // Back is Esc, and records nothing of this checklist: after its answer line ("... Terug naar de vorige vraag"),
    // the first question again.
    t.keys("Escape");
    const again = await t.waitFor(/Terug naar de vorige vraag\s*\n[\s\S]*nu in direct gevaar\?[\s\S]*❯/);
    // The earlier answer "Nee" is offered as the default (the cursor is on it).
    expect(
      again
        .split("\n")
        .filter((l) => l.includes("❯"))
        .at(-1),
    ).toContain("Nee");
    t.keys("Enter");
    // The list opens again with what was ticked before Esc ("Weet ik niet"): remembered, not yet an answer.
    await t.waitFor(/Terug naar de vorige vraag\s*\n[\s\S]*Welke signalen ziet u\?[\s\S]*◉ Weet ik niet/);
    // Tick geld + spijbelen and untick "Weet ik niet" (items: geld, spijbelen, telefoons, Weet ik niet).
    t.keys("Space", "Down", "Space", "Down", "Down", "Space");
    await t.waitFor(/◯ Weet ik niet/);
    t.keys("Enter");
    await t.waitFor("Heeft u overlegd?");

    // kill -9 mid-consult: the draft written after each answer must survive.
    // One draft per consult: data/drafts/<id>.json.
    const drafts = readdirSync(join(dir, "data", "drafts")).filter((f) => f.endsWith(".json"));
    expect(drafts).toHaveLength(1);
    const draftFile = join(dir, "data", "drafts", drafts[0]!);
    expect(statSync(draftFile).mode & 0o777).toBe(0o600);
    process.kill(t.pid(), "SIGKILL");
    t.kill();

    const r = TmuxSession.start(`sr-e2e-r-${process.pid}`, `${bin} consult --resume --trees ${BASIC}`, env, dir);
    sessions.push(r);
    await r.waitFor("Heeft u overlegd?");
    expect(r.screen()).toContain("gaat verder waar het stopte");
    r.keys("Enter"); // Ja
    // The check page lists every answer before the advice; Enter is "Ja, toon het advies".
    const check = await r.waitFor("Kloppen uw antwoorden?");
    expect(check).toMatch(
      /Controleer uw antwoorden[\s\S]*1\. Is het kind, of iemand anders, nu in direct gevaar\?\n\s+Nee, er is nu geen direct gevaar\n\s+2\. Welke signalen ziet u\?\n\s+Plotseling veel geld; Spijbelen\n\s+3\. Heeft u overlegd\?\n\s+Ja/,
    );
    r.keys("Enter");
    await r.waitFor("Wilt u een verslag van dit consult opslaan?");
    const advice = r.screen();
    // At 120x50 the whole advice fits: its headline is in view without scrolling.
    expect(r.visible()).toContain("Advies: Melden");
    // One headline and its one action, then one line per contact, most urgent first.
    expect(advice).toMatch(
      /Advies: Melden {2}\[Spoed: vandaag\]\n→ \[Spoed: vandaag\] Neem contact op met Testteam A \(0800-0000\)\.\n/,
    );
    expect(advice).toMatch(
      / {2}1\. Testteam A · 0800-0000 · \[Spoed: vandaag\] · Meerdere signalen\.\n {2}2\. Testteam B · /,
    );
    expect(advice).toContain("  - Testteam A: Meerdere signalen. Melden is de norm.");
    r.keys("Down", "Enter"); // JSON
    await r.waitFor("Uw kenmerk");
    r.keys("-l", "Z-2026-0142");
    r.keys("Enter");
    await r.waitFor("Uw functie");
    r.keys("Enter"); // left empty
    await r.waitFor("Bestandsnaam");
    r.keys("C-u");
    r.keys("-l", "e2e-verslag");
    r.keys("Enter");
    await r.waitFor("Opgeslagen");
    const file = join(dir, "e2e-verslag.json");
    expect(statSync(file).mode & 0o777).toBe(0o600);
    const record = JSON.parse(readFileSync(file, "utf8"));
    expect(validators.record(record)).toBe(true);
    expect(record.steps.map((s: { answer: unknown }) => s.answer)).toEqual(["nee", ["geld", "spijbelen"], "ja"]);
    expect(record.reference).toBe("Z-2026-0142");
    expect("role" in record).toBe(false);
    expect(existsSync(draftFile)).toBe(false);
  });

  it("colours in a terminal, and --no-color or NO_COLOR turn every colour off, prompts included", async () => {
    const colourEnv = { ...env, NO_COLOR: "" };
    const coloured = TmuxSession.start(
      `sr-e2e-col-${process.pid}`,
      `${bin} consult --new --trees ${BASIC}`,
      { ...colourEnv, SIGNAALROUTE_DATA_DIR: join(dir, "c1") },
      dir,
    );
    sessions.push(coloured);
    await coloured.waitFor("nu in direct gevaar?");
    expect(coloured.screen(true)).toContain("\u001b[");
    coloured.keys("Down", "Enter");
    await coloured.waitFor("Welke signalen ziet u?");
    coloured.keys("Space");
    await coloured.waitFor("◉ Plotseling veel geld");
    // The tick is green.
    expect(coloured.screen(true)).toContain("\u001b[32m◉");
    coloured.kill();
    const plain = TmuxSession.start(
      `sr-e2e-nocol-${process.pid}`,
      `${bin} consult --new --no-color --trees ${BASIC}`,
      { ...colourEnv, SIGNAALROUTE_DATA_DIR: join(dir, "c2") },
      dir,
    );
    sessions.push(plain);
    await plain.waitFor("nu in direct gevaar?");
    expect(plain.screen(true)).not.toContain("\u001b[");
    // The checklist is signaalroute's own prompt: no colour there either, ticked or not.
    plain.keys("Down", "Enter");
    await plain.waitFor("Welke signalen ziet u?");
    plain.keys("Space");
    await plain.waitFor("◉ Plotseling veel geld");
    expect(plain.screen(true)).not.toContain("\u001b[");
    plain.kill();
  });

  it("at 60 columns and 15 rows every text is wrapped at word boundaries, and the progress is counted", async () => {
    const t = TmuxSession.start(
      `sr-e2e-narrow-${process.pid}`,
      `${bin} consult --new --trees ${BASIC}`,
      { ...env, SIGNAALROUTE_DATA_DIR: join(dir, "narrow") },
      dir,
      { columns: 60, rows: 15 },
    );
    sessions.push(t);
    const first = await t.waitFor("nu in direct gevaar?");
    const lines = first.split("\n").map((l) => l.trimEnd());
    for (const l of lines) expect(l.length).toBeLessThanOrEqual(60);
    // Read back as words, the wrapped text is the whole sentence: no word was cut.
    const words = lines.map((l) => l.trim()).join(" ");
    expect(words).toContain(
      "Bij direct gevaar: bel 112. Dit hulpmiddel ondersteunt u bij de meldcode; het vervangt de meldcode en uw professionele oordeel niet.",
    );
    // Worked out by hand on the basic fixture: from the first question 2 (nee, then the checklist: nothing ticked
    // ends in 'rustig') to 3 questions (the checklist on to 'overleg').
    expect(first).toContain("Startboom · nog 2 tot 3 vragen");
    t.keys("Down", "Enter"); // Nee
    const checklist = await t.waitFor("Welke signalen ziet u?");
    for (const l of checklist.split("\n")) expect(l.trimEnd().length).toBeLessThanOrEqual(60);
    const all = checklist
      .split("\n")
      .map((l) => l.trim())
      .join(" ");
    expect(all).toContain(
      "Vink met de spatiebalk aan wat past; Enter gaat verder. Niets aanvinken is ook een antwoord.",
    );
    expect(all.replace(/\u00a0/g, " ")).toContain(
      "↑↓ bladeren • space aanvinken • ⏎ verder • ? uitleg • esc terug • ctrl+c stoppen",
    );
    t.keys("Space", "Down", "Space", "Enter"); // geld + spijbelen
    await t.waitFor("Heeft u overlegd?");
    t.keys("Enter"); // Ja
    await t.waitFor("Kloppen uw antwoorden?");
    t.keys("Enter");
    const end = await t.waitFor("Wilt u een verslag van dit consult opslaan?");
    for (const l of end.split("\n")) expect(l.trimEnd().length).toBeLessThanOrEqual(60);
    const whole = end
      .split("\n")
      .map((l) => l.trim())
      .join(" ");
    // At 60 columns a contact's line has no room for its reason; the reasons follow in full.
    expect(whole).toContain("1. Testteam A · 0800-0000 · [Spoed: vandaag] 2. Testteam B");
    expect(whole).toContain("- Testteam A: Meerdere signalen. Melden is de norm.");
    // The advice is taller than 15 rows: its headline and first action are said again, in view above the question.
    const inView = t
      .visible()
      .split("\n")
      .map((l) => l.trim())
      .join(" ");
    expect(inView).toContain(
      "In het kort: Melden  [Spoed: vandaag] → [Spoed: vandaag] Neem contact op met Testteam A (0800-0000). ? Wilt u een verslag",
    );
    t.kill();
  });

  it("a double Enter at 60x15 does not answer the next question: the screen says so and asks it again", async () => {
    const t = TmuxSession.start(
      `sr-e2e-double-${process.pid}`,
      `${bin} consult --new --trees ${BASIC}`,
      { ...env, SIGNAALROUTE_DATA_DIR: join(dir, "double") },
      dir,
      { columns: 60, rows: 15 },
    );
    sessions.push(t);
    await t.waitFor("nu in direct gevaar?");
    t.keys("Down", "Enter"); // Nee
    await t.waitFor("Welke signalen ziet u?");
    t.keys("Space", "Enter"); // geld
    await t.waitFor("Heeft u overlegd?");
    // Enter on "Ja", and the same Enter again a moment later: it lands on the check page, whose cursor is on
    // "Ja, toon het advies". Without the guard the advice would open; nobody read the check page.
    t.keys("Enter");
    await t.waitFor("Kloppen uw antwoorden?");
    t.keysNow("Enter");
    const after = await t.waitFor("telt niet als antwoord");
    expect(after).not.toContain("Advies:");
    // The check page is asked again, below the notice, its cursor on the same row.
    const again = await t.waitFor(/telt niet als antwoord[\s\S]*Kloppen uw antwoorden\?[\s\S]*❯ Ja, toon het advies/);
    expect(again).not.toContain("Wilt u een verslag");
    // A deliberate Enter goes on.
    t.keys("Enter");
    await t.waitFor("Advies:");
    t.kill();
  });

  it("advice taller than the terminal goes through the pager (less -R -F -X): headline, first action and first contacts on its first screen", async () => {
    const t = TmuxSession.start(
      `sr-e2e-pager-${process.pid}`,
      `${bin} consult --new --trees ${BASIC}`,
      { ...env, CI: "", PAGER: "", SIGNAALROUTE_DATA_DIR: join(dir, "pager") },
      dir,
      { columns: 60, rows: 15 },
    );
    sessions.push(t);
    await t.waitFor("Is het kind, of iemand anders, nu in direct gevaar?");
    t.keys("Down", "Enter"); // Nee
    await t.waitFor("Welke signalen ziet u?");
    t.keys("Space", "Down", "Space", "Enter"); // geld + spijbelen
    await t.waitFor("Heeft u overlegd?");
    t.keys("Enter"); // Ja
    await t.waitFor("Kloppen uw antwoorden?");
    t.keys("Enter");
    // less waits with its prompt on the last row; the first screen is the top of the advice.
    await t.waitFor(/\n:\s*$/);
    const first = t
      .visible()
      .split("\n")
      .map((l) => l.trim())
      .join(" ");
    expect(first).toContain(
      "Advies: Melden  [Spoed: vandaag] → [Spoed: vandaag] Neem contact op met Testteam A (0800-0000).",
    );
    expect(first).toContain("1. Testteam A · 0800-0000 · [Spoed: vandaag] 2. Testteam B");
    expect(first).not.toContain("Wilt u een verslag");
    t.keys("q");
    await t.waitFor("Wilt u een verslag van dit consult opslaan?");
    const inView = t
      .visible()
      .split("\n")
      .map((l) => l.trim())
      .join(" ");
    expect(inView).toContain("In het kort: Melden  [Spoed: vandaag]");
    t.kill();
  });

  it("Ctrl-C stops with exit 130 and a hint to resume", async () => {
    const t = TmuxSession.start(
      `sr-e2e-c-${process.pid}`,
      `sh -c '${bin} consult --new --lang en --trees ${BASIC}; echo EXIT=$?'`,
      env,
      dir,
    );
    sessions.push(t);
    await t.waitFor("in direct danger right now?");
    t.keys("C-c");
    const screen = await t.waitFor("EXIT=");
    expect(screen).toContain("signaalroute consult --resume");
    expect(screen).toContain("EXIT=130");
  });
});
