import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { beforeEach, describe, expect, it } from "vitest";
import { run } from "../../src/commands/practice.js";
import { CONFIRM } from "../../src/consult/interactive.js";
import { scriptedPrompter, type ScriptEntry } from "../../src/ui/scripted-prompter.js";
import { fakeIo } from "../fake-io.js";
import { ROOT, tempDir } from "../helpers.js";

// The practice fixture trees are the basic fixture with help on 'soort'. By hand:
//   gevaar: nee -> soort
//   soort: 2+ ticked -> team-a spoed -> vervolg; [geld] -> vervolg; nothing ticked (or only spijbelen) -> rustig (team-b advies)
//   vervolg: overleg ja/nee -> melden (team-a regulier, team-b advies; outcome urgency spoed)
// Scenario geld-en-spijbelen's model answer: nee, [geld, spijbelen], ja -> melden, advice [team-a, team-b].
const TREES = join(ROOT, "test/scenario/fixtures/practice-trees");
const MODULE = join(ROOT, "test/scenario/fixtures/practice-module.yaml");
const HELP_SOORT =
  "Tick every signal the case mentions, even a small one: two signals together weigh more than each alone.";

let dir: string;
let data: string;
beforeEach(() => {
  dir = tempDir("sr-practice-");
  data = join(dir, "data");
});

async function practise(script: ScriptEntry[], extra: Record<string, unknown> = {}, files = [MODULE]) {
  const io = fakeIo({ stdinIsTTY: true, stdoutIsTTY: true, cwd: dir, env: { SIGNAALROUTE_DATA_DIR: data } });
  const log: string[] = [];
  const code = await run(
    { lang: "en", color: false, files, trees: [TREES], ...extra },
    { io, prompter: async () => scriptedPrompter(script, log) },
  );
  return { code, out: io.stdout(), err: io.stderr(), log };
}

describe("practice: the real consult, then the comparison with the model answer", () => {
  it("a typical mistake (one signal missed): contacts reached and missed, and the split named with its help", async () => {
    const r = await practise(
      [
        { id: "gevaar", answer: "nee" },
        { id: "soort", answer: ["spijbelen"] },
        { id: "review", answer: CONFIRM },
      ],
      { scenario: "geld-en-spijbelen", out: "resultaat.json" },
    );
    expect(r.code).toBe(0);
    // The case text first, marked practice, and the session's own check page (the consult's loop).
    expect(r.out).toContain("PRACTICE · case geld-en-spijbelen: Money and truancy");
    expect(r.out.indexOf("suddenly has a lot of money")).toBeLessThan(r.out.indexOf("Which signals do you see?"));
    expect(r.log).toEqual(["select:gevaar", "checklist:soort", "select:review"]);
    // Trainee: only spijbelen -> otherwise -> rustig, advice [team-b]. Model: [team-a, team-b].
    expect(r.out).toMatch(/Your outcome: +Stay alert \(rustig\) · advies/);
    expect(r.out).toMatch(/The model answer: +Report \(melden\) · spoed/);
    expect(r.out).toContain("Reached (1 of 2): Test team B");
    expect(r.out).toContain("Missed (1): Test team A");
    expect(r.out).not.toContain("Added,");
    expect(r.out).toContain("Your route split at question 2: Which signals do you see? (soort)");
    expect(r.out).toMatch(/You chose: +Truancy\n/);
    expect(r.out).toMatch(/The model answer: +Suddenly a lot of money; Truancy\n/);
    expect(r.out).toContain(`Help for this question: ${HELP_SOORT}`);

    // The result for the trainer: 0600, marked practice, ids and tree texts only.
    const file = join(dir, "resultaat.json");
    expect(statSync(file).mode & 0o777).toBe(0o600);
    const result = JSON.parse(readFileSync(file, "utf8"));
    expect(result.format).toBe("signaalroute-practice/1");
    expect(result.practice).toBe(true);
    expect(result.finished).toBe(true);
    expect(result.scenario).toEqual({
      file: "practice-module.yaml",
      id: "geld-en-spijbelen",
      title: { nl: "Geld en spijbelen", en: "Money and truancy" },
    });
    expect(result.contacts).toEqual({
      reached: ["team-b"],
      missed: ["team-a"],
      added: [],
      forbidden: [],
      otherUrgency: [],
    });
    expect(result.split.question).toBe("soort");
    expect(result.split.step).toBe(2);
    expect(result.split.trainee).toEqual(["spijbelen"]);
    expect(result.split.model).toEqual(["geld", "spijbelen"]);
    expect(result.split.help.en).toBe(HELP_SOORT);
    expect(result.trainee.outcome).toBe("rustig");
    expect(result.model.outcome).toBe("melden");
    // No draft: nothing in the data folder (a practice run is never taken for a real consult).
    expect(existsSync(data) ? readdirSync(join(data, "drafts")).length : 0).toBe(0);
  });

  it("the model answer's route (checklist items in any order): every contact reached, no split; danger said: 112 added and forbidden, split at the first question", async () => {
    const same = await practise(
      [
        { id: "gevaar", answer: "nee" },
        { id: "soort", answer: ["spijbelen", "geld"] },
        { id: "overleg", answer: "ja" },
        { id: "review", answer: CONFIRM },
      ],
      { scenario: "geld-en-spijbelen", json: true },
    );
    expect(same.code).toBe(0);
    const json = JSON.parse(same.out.slice(same.out.indexOf("{\n")));
    expect(json.contacts).toEqual({
      reached: ["team-a", "team-b"],
      missed: [],
      added: [],
      forbidden: [],
      otherUrgency: [],
    });
    expect(json.split).toBeUndefined();
    expect(json.sameOutcome).toBe(true);

    const danger = await practise(
      [
        { id: "gevaar", answer: "ja" },
        { id: "bel-112", answer: "continue" },
        { id: "soort", answer: ["geld", "spijbelen"] },
        { id: "overleg", answer: "nee" },
        { id: "review", answer: CONFIRM },
      ],
      { scenario: "geld-en-spijbelen" },
    );
    // Danger said: alarm-112 added, and the case says it must not be there. The split is the first question, with the tool's danger help.
    expect(danger.out).toContain("Added, not in the model answer (1): Emergency number 112");
    expect(danger.out).toContain("Must not be in the advice, says the case: Emergency number 112");
    expect(danger.out).toContain(
      "Your route split at question 1: Is the child, or someone else, in direct danger right now? (gevaar)",
    );
    expect(danger.out).toContain("Help for this question: Direct danger means:");
  });

  it("every contact reached, but one at a lower urgency: said, and the split is where the answers differ", async () => {
    // Only [geld]: the route goes on to overleg without the 'several signals' advice, so team-a is regulier (from melden), not spoed.
    const r = await practise(
      [
        { id: "gevaar", answer: "nee" },
        { id: "soort", answer: ["geld"] },
        { id: "overleg", answer: "ja" },
        { id: "review", answer: CONFIRM },
      ],
      { scenario: "geld-en-spijbelen", out: "u.json" },
    );
    expect(r.out).toContain("Reached (2 of 2): Test team A, Test team B");
    expect(r.out).toContain("Reached, but at another urgency: Test team A: yours regulier, the model answer's spoed");
    expect(r.out).toContain("Your route split at question 2: Which signals do you see? (soort)");
    const result = JSON.parse(readFileSync(join(dir, "u.json"), "utf8"));
    expect(result.contacts.otherUrgency).toEqual([{ contact: "team-a", trainee: "regulier", model: "spoed" }]);
    expect(result.sameOutcome).toBe(true);
  });

  it("asks which case in a module; stopping keeps nothing as a draft, says so, and still writes the partial result", async () => {
    const r = await practise(
      [{ id: "practice-scenario", answer: "niets-gezien" }, { id: "gevaar", answer: "nee" }, { stop: true }],
      { out: "deels.json" },
    );
    expect(r.code).toBe(130);
    expect(r.err).toContain("Practice stopped; no draft was kept.");
    expect(r.out).toContain("You stopped after 1 answer; up to there your route was the model answer's.");
    const result = JSON.parse(readFileSync(join(dir, "deels.json"), "utf8"));
    expect(result.finished).toBe(false);
    expect(result.contacts.missed).toEqual(["team-b"]);
  });

  it("stop is labelled as practice: nothing is kept", async () => {
    let quit: string | undefined;
    const base = scriptedPrompter([{ stop: true }]);
    const io = fakeIo({ stdinIsTTY: true, stdoutIsTTY: true, cwd: dir, env: { SIGNAALROUTE_DATA_DIR: data } });
    const prompter = {
      ...base,
      select: async <T>(q: Parameters<typeof base.select<T>>[0]) => ((quit = q.choices.at(-1)?.name), base.select(q)),
    };
    await run(
      { lang: "nl", color: false, files: [MODULE], trees: [TREES], scenario: "niets-gezien" },
      { io, prompter: async () => prompter },
    );
    expect(quit).toBe("Stoppen (oefening; er wordt niets bewaard)");
  });

  it("refuses before asking anything: no terminal (3), an existing --out (2), an unknown --scenario (2), a model answer that fails (1)", async () => {
    const noTty = fakeIo({ cwd: dir });
    await expect(
      run({ lang: "en", color: false, files: [MODULE], trees: [TREES] }, { io: noTty }),
    ).rejects.toMatchObject({ exitCode: 3 });
    writeFileSync(join(dir, "bestaat.json"), "{}");
    await expect(practise([], { out: "bestaat.json" })).rejects.toMatchObject({ exitCode: 2 });
    await expect(practise([], { scenario: "nope" })).rejects.toMatchObject({
      exitCode: 2,
      text: { en: "Scenario 'nope' is not in this file. Scenarios: geld-en-spijbelen, niets-gezien." },
    });
    const bad = join(dir, "bad.yaml");
    writeFileSync(bad, "answers: { gevaar: nee, soort: [] }\nexpect: { outcome: melden }\n");
    await expect(practise([], {}, [bad])).rejects.toMatchObject({ exitCode: 1 });
  });
});

describe("practice --summary: a class", () => {
  it("per case, how many reached each contact of the model answer, and where routes split most often", async () => {
    // Three trainees on geld-en-spijbelen: one right, two missing 'geld' (split at soort); one on niets-gezien, right.
    const runs: [string, ScriptEntry[], string][] = [
      [
        "a.json",
        [
          { id: "gevaar", answer: "nee" },
          { id: "soort", answer: ["geld", "spijbelen"] },
          { id: "overleg", answer: "ja" },
          { id: "review", answer: CONFIRM },
        ],
        "geld-en-spijbelen",
      ],
      [
        "b.json",
        [
          { id: "gevaar", answer: "nee" },
          { id: "soort", answer: ["spijbelen"] },
          { id: "review", answer: CONFIRM },
        ],
        "geld-en-spijbelen",
      ],
      [
        "c.json",
        [
          { id: "gevaar", answer: "nee" },
          { id: "soort", answer: [] },
          { id: "review", answer: CONFIRM },
        ],
        "geld-en-spijbelen",
      ],
      [
        "d.json",
        [
          { id: "gevaar", answer: "nee" },
          { id: "soort", answer: [] },
          { id: "review", answer: CONFIRM },
        ],
        "niets-gezien",
      ],
    ];
    for (const [out, script, scenario] of runs) expect((await practise(script, { out, scenario })).code).toBe(0);
    const io = fakeIo({ cwd: dir });
    expect(
      await run(
        { lang: "en", color: false, files: ["a.json", "b.json", "c.json", "d.json"], summary: true, json: true },
        { io },
      ),
    ).toBe(0);
    const sum = JSON.parse(io.stdout());
    expect(sum.results).toBe(4);
    const gs = sum.scenarios.find((s: { id: string }) => s.id === "geld-en-spijbelen");
    expect(gs).toMatchObject({ results: 3, finished: 3, sameAdvice: 1 });
    // team-a: only a reached it; team-b: all three (rustig gives team-b too).
    expect(gs.contacts).toEqual([
      { contact: "team-a", required: 3, reached: 1 },
      { contact: "team-b", required: 3, reached: 3 },
    ]);
    expect(gs.splits).toEqual([
      { question: "soort", text: { nl: "Welke signalen ziet u?", en: "Which signals do you see?" }, count: 2 },
    ]);
    expect(sum.scenarios.find((s: { id: string }) => s.id === "niets-gezien")).toMatchObject({
      results: 1,
      sameAdvice: 1,
      splits: [],
    });

    const text = fakeIo({ cwd: dir });
    await run(
      { lang: "en", color: false, files: ["a.json", "b.json", "c.json", "d.json"], summary: true },
      { io: text },
    );
    expect(text.stdout()).toContain("Class summary: 4 practice results; cases: 2");
    expect(text.stdout()).toMatch(/team-a +1 of 3\n/);
    expect(text.stdout()).toMatch(/2× +soort +Which signals do you see\?/);
  });

  it("a file that is not a practice result is named with what is wrong (exit 2), and no summary is made", async () => {
    writeFileSync(join(dir, "x.json"), JSON.stringify({ format: "signaalroute-record/2" }));
    writeFileSync(join(dir, "y.json"), "{not json");
    const io = fakeIo({ cwd: dir });
    const e = await run({ lang: "en", color: false, files: ["x.json", "y.json"], summary: true }, { io }).catch(
      (x) => x,
    );
    expect(e.exitCode).toBe(2);
    expect(e.details[0]).toContain(
      'x.json: not a signaalroute practice result (format: expected "signaalroute-practice/1")',
    );
    // Where the file breaks, as file:line:col: `{not json` (9 characters) lacks its closing `}` at column 10.
    expect(e.details[1]).toMatch(/^y\.json:1:10 {2}error {2}YAML error \(MISSING_CHAR\)/);
    expect(io.stdout()).toBe("");
  });

  it("a broken result file is named with its line and column, in Dutch without the parser's English", async () => {
    writeFileSync(
      join(dir, "z.json"),
      '{\n  "format": "signaalroute-practice/1",\n  "practice": true\n  "finished": true\n}\n',
    );
    const io = fakeIo({ cwd: dir });
    const e = await run({ lang: "nl", color: false, files: ["z.json"], summary: true }, { io }).catch((x) => x);
    expect(e.exitCode).toBe(2);
    expect(e.details).toHaveLength(1);
    // Line 3, column 15: the `true` after `  "practice": ` that no comma ends.
    expect(e.details[0]).toMatch(/^z\.json:3:15 {2}fout {2}YAML-fout/);
    expect(e.details[0]).not.toMatch(/JSON at position|Unexpected|Expected/);
  });
});
