import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeEach, describe, expect, it } from "vitest";
import { run } from "../../src/commands/consult.js";
import { CONFIRM } from "../../src/consult/interactive.js";
import * as validators from "../../src/generated/validators.cjs";
import { scriptedPrompter, type ScriptEntry } from "../../src/ui/scripted-prompter.js";
import { fakeIo } from "../fake-io.js";
import { BASIC, draftFiles, onlyDraft } from "../helpers.js";

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "signaalroute-test-"));
});

const opts = { lang: "nl" as const, color: false, trees: [BASIC] };
/** A terminal on both ends; with a size, that many columns and rows; drafts under `data` in the test's folder. */
const tty = (size?: { columns: number; rows: number }, data = "data") =>
  fakeIo({
    stdinIsTTY: true,
    stdoutIsTTY: true,
    cwd: dir,
    env: { SIGNAALROUTE_DATA_DIR: join(dir, data) },
    ...(size ? { terminalSize: () => size } : {}),
  });
/** The one draft in the data folder (drafts are per consult: data/drafts/<id>.json). */
const draftFile = () => onlyDraft(join(dir, "data"));
const prompterOf = (script: ScriptEntry[]) => () => Promise.resolve(scriptedPrompter(script));
/** "Ja, toon het advies" on the check-your-answers page. */
const REVIEW_OK: ScriptEntry = { id: "review", answer: CONFIRM };

describe("consult command", () => {
  it("without a terminal and without --answers: a clear error and exit 3, no hang", async () => {
    const io = fakeIo({ cwd: dir });
    await expect(run(opts, { io })).rejects.toMatchObject({ exitCode: 3 });
  });

  it("saves a 0600 draft after each answer; Ctrl-C keeps it; --resume continues from it", async () => {
    const io = tty();
    const code = await run(opts, {
      io,
      prompter: prompterOf([{ id: "gevaar", answer: "nee" }, { id: "soort", answer: ["geld"] }, { stop: true }]),
    });
    expect(code).toBe(130);
    expect(statSync(draftFile()).mode & 0o777).toBe(0o600);
    const draft = JSON.parse(readFileSync(draftFile(), "utf8"));
    expect(draft.state.history).toEqual([
      { node: "gevaar", answer: "nee" },
      { node: "soort", answer: ["geld"] },
    ]);
    expect(io.stderr()).toContain("signaalroute consult --resume");

    // The resumed consult asks only what is left, then offers to save the record.
    const io2 = tty();
    const code2 = await run(
      { ...opts, resume: true },
      {
        io: io2,
        prompter: prompterOf([
          { id: "overleg", answer: "ja" },
          REVIEW_OK,
          { id: "save-record", answer: "both" },
          { id: "record-reference", answer: "" },
          { id: "record-role", answer: "" },
          { id: "record-path", answer: "verslag" },
        ]),
      },
    );
    expect(code2).toBe(0);
    expect(draftFiles(join(dir, "data"))).toEqual([]);
    for (const f of ["verslag.md", "verslag.json"]) expect(statSync(join(dir, f)).mode & 0o777).toBe(0o600);
    const record = JSON.parse(readFileSync(join(dir, "verslag.json"), "utf8"));
    expect(validators.record(record)).toBe(true);
    expect(record.steps.map((s: { node: string }) => s.node)).toEqual(["gevaar", "soort", "overleg"]);
    expect(record.advice.map((a: { contact: string }) => a.contact)).toEqual(["team-a", "team-b"]);
    expect(record.createdAt).toMatch(/^2026-11-28T14:05:00[+-]\d\d:\d\d$/);
    const md = readFileSync(join(dir, "verslag.md"), "utf8");
    expect(md).toContain("# Verslag signaalroute-consult");
    expect(md).toContain("Heeft u overlegd?");
  });

  it("--resume without a draft says so (exit 2)", async () => {
    await expect(run({ ...opts, resume: true }, { io: tty(), prompter: prompterOf([]) })).rejects.toMatchObject({
      exitCode: 2,
    });
  });

  it("asks whether to resume when a draft exists", async () => {
    await run(opts, { io: tty(), prompter: prompterOf([{ id: "gevaar", answer: "ja" }, { stop: true }]) });
    const code = await run(opts, {
      io: tty(),
      prompter: prompterOf([
        { id: "resume-or-new", answer: "resume" },
        { id: "bel-112", answer: "continue" },
        { id: "soort", answer: [] },
        REVIEW_OK,
        { id: "save-record", answer: "none" },
      ]),
    });
    expect(code).toBe(0);
  });

  it("--answers runs without a terminal and prints the advice; --json gives a record that fits its schema", async () => {
    const file = join(dir, "a.yaml");
    writeFileSync(file, "gevaar: ja\nsoort: [geld, spijbelen]\noverleg: nee\n");
    const io = fakeIo({ cwd: dir });
    expect(await run({ ...opts, answers: file }, { io })).toBe(0);
    const text = io.stdout();
    // 112 first (acuut), then team-a (spoed from the checklist), then team-b.
    expect(text.indexOf("Alarmnummer 112")).toBeLessThan(text.indexOf("Testteam A"));
    expect(text.indexOf("Testteam A")).toBeLessThan(text.indexOf("Testteam B"));
    expect(text).toContain("Controleer de actuele gegevens op https://example.org/b");
    const io2 = fakeIo({ cwd: dir });
    await run({ ...opts, answers: file, json: true, lang: "en" }, { io: io2 });
    const record = JSON.parse(io2.stdout());
    expect(validators.record(record)).toBe(true);
    expect(record.advice.map((a: { contact: string; urgency: string }) => `${a.contact}:${a.urgency}`)).toEqual([
      "alarm-112:acuut",
      "team-a:spoed",
      "team-b:advies",
    ]);
    expect(record.steps[0].question).toBe("Is the child, or someone else, in direct danger right now?");
  });

  it("--answers with an unknown question id or an answer not offered is a clear error with the line", async () => {
    const file = join(dir, "bad.yaml");
    writeFileSync(file, "gevaar: misschien\n");
    const e1 = await run({ ...opts, answers: file }, { io: fakeIo({ cwd: dir }) }).catch((e) => e);
    expect(e1.exitCode).toBe(1);
    expect(e1.details.join("\n")).toContain(
      "'misschien' is geen antwoord op vraag 'gevaar'. Mogelijk: ja, nee, unknown.",
    );
    expect(e1.details.join("\n")).toContain(":1:9");
    writeFileSync(file, "gevaar: nee\nsoortt: []\n");
    const e2 = await run({ ...opts, answers: file }, { io: fakeIo({ cwd: dir }) }).catch((e) => e);
    expect(e2.details.join("\n")).toContain("Onbekende vraag-id 'soortt'. Bedoelt u 'soort'?");
  });

  it("--answers also takes a scenario file (description, answers, expect) and points errors into its answers", async () => {
    const file = join(dir, "s.yaml");
    writeFileSync(
      file,
      "description: { nl: Fictief, en: Fictional }\nanswers:\n  gevaar: nee\n  soort: [geld, spijbelen]\n  overleg: misschien\nexpect: { outcome: melden }\n",
    );
    const e = await run({ ...opts, answers: file }, { io: fakeIo({ cwd: dir }) }).catch((x) => x);
    expect(e.details.join("\n")).toContain("s.yaml:5:12");
    writeFileSync(file, "description: { nl: Fictief, en: Fictional }\nanswers:\n  gevaar: nee\n  soort: []\n");
    const io = fakeIo({ cwd: dir });
    expect(await run({ ...opts, answers: file }, { io })).toBe(0);
    expect(io.stdout()).toContain("Blijf opletten");
  });

  it("a scenario's expect: is checked after the run; a scenario that lands elsewhere fails with exit 1 and says how", async () => {
    const file = join(dir, "s.yaml");
    // By hand: gevaar nee, nothing ticked -> 'otherwise' -> outcome rustig, only team-b (advies).
    writeFileSync(
      file,
      "description: { nl: Fictief, en: Fictional }\nanswers: { gevaar: nee, soort: [] }\nexpect: { outcome: rustig, urgency: advies, contacts: [team-b] }\n",
    );
    const ok = fakeIo({ cwd: dir });
    expect(await run({ ...opts, answers: file }, { io: ok })).toBe(0);
    expect(ok.stderr()).toContain("Scenario klopt");
    writeFileSync(
      file,
      "description: { nl: Fictief, en: Fictional }\nanswers: { gevaar: nee, soort: [] }\nexpect: { outcome: melden, urgency: spoed, contacts: [team-a] }\n",
    );
    const e = await run({ ...opts, answers: file, lang: "en" }, { io: fakeIo({ cwd: dir }) }).catch((x) => x);
    expect(e.exitCode).toBe(1);
    expect(e.details).toEqual([
      "outcome: expected 'melden', got 'rustig'",
      "urgency: expected 'spoed', got 'advies'",
      "contacts: expected [team-a], got [team-b]",
    ]);
  });

  it("a saved JSON record replays as an answers file, and says when today's trees advise differently", async () => {
    const answers = join(dir, "a.yaml");
    writeFileSync(answers, "gevaar: nee\nsoort: [geld]\noverleg: ja\n");
    await run({ ...opts, answers, record: "r.json" }, { io: fakeIo({ cwd: dir }) });
    const same = fakeIo({ cwd: dir });
    expect(await run({ ...opts, answers: join(dir, "r.json") }, { io: same })).toBe(0);
    expect(same.stderr()).toContain("Zelfde beslisbomen als in het verslag.");
    expect(same.stderr()).toContain("Het advies is hetzelfde gebleven.");
    // A copy of the trees where the outcome names team-b more urgently. (Dropping team-b there would break
    // cautious-unknown: 'weet ik niet' at the checklist would no longer reach team-b, which 'nothing ticked' does.)
    const changed = join(dir, "trees");
    mkdirSync(changed);
    for (const f of ["contacts.yaml", "start.yaml"]) copyFileSync(join(BASIC, f), join(changed, f));
    writeFileSync(
      join(changed, "vervolg.yaml"),
      readFileSync(join(BASIC, "vervolg.yaml"), "utf8").replace(
        "{ contact: team-b, urgency: advies,",
        "{ contact: team-b, urgency: regulier,",
      ),
    );
    const diff = fakeIo({ cwd: dir });
    expect(await run({ ...opts, trees: [changed], answers: join(dir, "r.json") }, { io: diff })).toBe(0);
    expect(diff.stderr()).toContain("De beslisbomen zijn veranderd");
    expect(diff.stderr()).toContain("LET OP: het advies is nu anders.");
    expect(diff.stderr()).toContain("toen: melden: team-a (regulier), team-b (advies)");
    expect(diff.stderr()).toContain("nu:  melden: team-a (regulier), team-b (regulier)\n");
  });

  it("the record has no field that could hold a child's name, address or BSN, and allows no extra fields", () => {
    const schema = JSON.parse(readFileSync(join(process.cwd(), "schemas/record.schema.json"), "utf8"));
    const names: string[] = [];
    const walk = (s: unknown): void => {
      if (!s || typeof s !== "object") return;
      const o = s as Record<string, unknown>;
      if (o.type === "object") expect(o.additionalProperties).toBe(false);
      if (o.properties) names.push(...Object.keys(o.properties as object));
      Object.values(o).forEach(walk);
    };
    walk(schema);
    expect(names.length).toBeGreaterThan(20);
    const forbidden = /child|kind|naam|address|adres|bsn|birth|geboorte|note|comment|opmerking|free/i;
    expect(names.filter((n) => forbidden.test(n))).toEqual([]);
    // "name" occurs once: the name of a contact organisation in the advice.
    expect(names.filter((n) => n === "name")).toHaveLength(1);
    expect(Object.keys(schema.properties.advice.items.properties)).toContain("name");
  });
});

describe("consult output fits the terminal", () => {
  const opening =
    "Bij direct gevaar: bel 112. Dit hulpmiddel ondersteunt u bij de meldcode; het vervangt de meldcode en uw professionele oordeel niet.";
  const words = (text: string) =>
    text
      .split("\n")
      .map((l) => l.trim())
      .filter(Boolean)
      .join(" ");

  it("in a terminal of 40 columns every line the consult prints fits, and no word is cut", async () => {
    const io = tty({ columns: 40, rows: 20 });
    const script: ScriptEntry[] = [
      { id: "gevaar", answer: "nee" },
      { id: "soort", answer: ["geld", "spijbelen"] },
      { id: "overleg", answer: "ja" },
      REVIEW_OK,
      { id: "save-record", answer: "none" },
    ];
    expect(await run(opts, { io, prompter: prompterOf(script) })).toBe(0);
    const out = io.stdout();
    for (const line of out.split("\n")) expect(line.length, line).toBeLessThanOrEqual(40);
    expect(words(out)).toContain(opening);
    expect(words(out)).toContain("[Spoed: vandaag] Testteam A: Meerdere signalen.");
  });

  it("--answers in a terminal wraps the advice; piped (not a terminal) it is left unwrapped", async () => {
    const file = join(dir, "a.yaml");
    writeFileSync(file, "gevaar: ja\nsoort: [geld, spijbelen]\noverleg: nee\n");
    const narrow = fakeIo({ cwd: dir, stdoutIsTTY: true, terminalSize: () => ({ columns: 30, rows: 20 }) });
    await run({ ...opts, answers: file }, { io: narrow });
    const wrapped = narrow.stdout().split("\n");
    // Only a web address may be longer than the line.
    for (const line of wrapped) if (!line.includes("https://")) expect(line.length, line).toBeLessThanOrEqual(30);
    const piped = fakeIo({ cwd: dir, terminalSize: () => ({ columns: 30, rows: 20 }) });
    await run({ ...opts, answers: file }, { io: piped });
    expect(piped.stdout()).toContain("Controleer de actuele gegevens op https://example.org/b");
    expect(
      piped
        .stdout()
        .split("\n")
        .some((l) => !l.includes("https://") && l.length > 30),
    ).toBe(true);
    // Wrapped, every reason and line is still whole, word for word.
    for (const text of [
      "- Testteam A: Meerdere signalen. Melden is de norm.",
      "Alle gegevens van een contact (website, bereikbaarheid, wat zij doen) staan in het verslag en in: signaalroute contacts [naam]",
    ]) {
      expect(words(narrow.stdout())).toContain(text);
      expect(words(piped.stdout())).toContain(text);
    }
  });
});

describe("the advice screen in the consult", () => {
  // A copy of the basic fixture whose outcome 'melden' has a text of its own.
  function withOutcomeText(): string {
    const trees = join(dir, "trees");
    mkdirSync(trees);
    for (const f of ["start.yaml", "vervolg.yaml", "contacts.yaml"]) copyFileSync(join(BASIC, f), join(trees, f));
    const file = join(trees, "vervolg.yaml");
    writeFileSync(
      file,
      readFileSync(file, "utf8").replace(
        "    urgency: spoed\n",
        "    urgency: spoed\n    text: { nl: De ouders horen van u dat u meldt., en: The parents hear from you that you report. }\n",
      ),
    );
    return trees;
  }

  it("shows the outcome's own text, in the consult and with --answers", async () => {
    const trees = withOutcomeText();
    const io = tty();
    const script: ScriptEntry[] = [
      { id: "gevaar", answer: "nee" },
      { id: "soort", answer: ["geld"] },
      { id: "overleg", answer: "ja" },
      REVIEW_OK,
      { id: "save-record", answer: "none" },
    ];
    expect(await run({ ...opts, trees: [trees] }, { io, prompter: prompterOf(script) })).toBe(0);
    expect(io.stdout()).toContain("De ouders horen van u dat u meldt.");
    const file = join(dir, "a.yaml");
    writeFileSync(file, "gevaar: nee\nsoort: [geld]\noverleg: ja\n");
    const io2 = fakeIo({ cwd: dir });
    await run({ ...opts, lang: "en", trees: [trees], answers: file }, { io: io2 });
    expect(io2.stdout()).toContain("The parents hear from you that you report.");
  });

  it("opens with the headline and the first action; when it is taller than the terminal, says them again above the save question", async () => {
    const script: ScriptEntry[] = [
      { id: "gevaar", answer: "nee" },
      { id: "soort", answer: ["geld"] },
      { id: "overleg", answer: "ja" },
      REVIEW_OK,
      { id: "save-record", answer: "none" },
    ];
    const tall = tty({ columns: 100, rows: 40 }, "d1");
    await run(opts, { io: tall, prompter: prompterOf(script) });
    const out = tall.stdout();
    // basic, 'melden': the outcome's own level is spoed; of its contacts team-a (regulier) is the most urgent, and the
    // fixture's contacts have no action lines of their own, so the first action is to contact it.
    expect(out).toContain(
      "Advies: Melden  [Spoed: vandaag]\n→ [Regulier: binnen enkele dagen] Neem contact op met Testteam A (0800-0000).\n",
    );
    expect(out).not.toContain("In het kort");
    // 15 lines of advice (the last line of help wraps at 100 columns) + 8 for the save question do not fit 20 rows.
    const short = tty({ columns: 100, rows: 20 }, "d2");
    await run(opts, { io: short, prompter: prompterOf(script) });
    expect(
      short
        .stdout()
        .endsWith(
          "In het kort: Melden  [Spoed: vandaag]\n→ [Regulier: binnen enkele dagen] Neem contact op met Testteam A (0800-0000).\n",
        ),
    ).toBe(true);
  });
});
