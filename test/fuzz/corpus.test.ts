import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { run as consult } from "../../src/commands/consult.js";
import { scriptedPrompter } from "../../src/ui/scripted-prompter.js";
import { fakeIo } from "../fake-io.js";
import { BASIC, ROOT } from "../helpers.js";
import { CONTROL, expectWellBehaved, runCli, tempDir } from "./fuzz-support.js";

// test/fuzz-corpus/ keeps every input that once broke signaalroute (issue 13, and what the property tests
// found since); each is replayed here against the documented behaviour. test/fuzz-corpus/README.md lists them.

const CORPUS = join(ROOT, "test/fuzz-corpus");
const at = (name: string) => join(CORPUS, name);
const dir = tempDir("corpus");
const answers = (text: string) => {
  const file = join(tempDir("corpus-answers"), "a.yaml");
  writeFileSync(file, text);
  return file;
};

describe("the corpus: inputs that once broke the tool", () => {
  it("lists only entries this file replays", () => {
    expect(readdirSync(CORPUS).sort()).toEqual(
      [
        "README.md",
        "draft-start-past-danger.state.json",
        "draft-trees-escape.json",
        "record-bidi-id.json",
        "escape-sequences",
        "nested-6kb.yaml",
        "next-constructor",
        "record-escapes.json",
        "record-repeated-steps.json",
        "region-replaces-112.yaml",
        "scenario-misspelt-expect.yaml",
      ].sort(),
    );
  });

  it("next-constructor: `next: constructor` on the 'ja, direct gevaar' answer is an unknown node at its line, and no consult runs on it", async () => {
    const v = await runCli(["--lang", "en", "validate", at("next-constructor")], dir);
    expectWellBehaved(v, "validate");
    expect(v.code).toBe(1);
    expect(v.out).toContain(
      "next-constructor/start.yaml:16:16  error  Node 'gevaar' (answer 'ja'): target node 'constructor' does not exist.  references",
    );
    const c = await runCli(
      ["consult", "--trees", at("next-constructor"), "--answers", answers("answers:\n  gevaar: ja\n")],
      dir,
    );
    expectWellBehaved(c, "consult");
    expect(c.code).toBe(1);
    expect(c.err).toContain("start.yaml:16:16");
    for (const view of ["graph", "routes"])
      expect((await runCli([view, "--trees", at("next-constructor")], dir)).code).toBe(1);
  });

  it("escape-sequences: ESC[2J, ESC]52 and ESC]0 in a title, an info text and a contact name are errors at their lines; views show them escaped; the professional's commands refuse the set", async () => {
    const v = await runCli(["--lang", "en", "validate", at("escape-sequences")], dir);
    expectWellBehaved(v, "validate");
    expect(v.code).toBe(1);
    const places = [
      ...v.out.matchAll(
        /escape-sequences\/(\w+\.yaml:\d+:\d+) {2}error {2}The text of .* contains a control character \(U\+001B\)/g,
      ),
    ].map((m) => m[1]);
    // Each value's first character, counted by hand in the files.
    expect(places).toEqual([
      "contacts.yaml:14:17",
      "contacts.yaml:14:40",
      "start.yaml:4:14",
      "start.yaml:4:40",
      "start.yaml:21:17",
      "start.yaml:21:60",
    ]);
    for (const args of [
      ["graph"],
      ["graph", "--format", "dot"],
      ["routes"],
      ["stats"],
      ["docs", "--out", join(tempDir("corpus-docs"), "out")],
    ]) {
      const r = await runCli([...args, "--trees", at("escape-sequences")], dir);
      expectWellBehaved(r, args.join(" "));
      expect(r.code, args.join(" ")).toBe(0);
    }
    const g = await runCli(["graph", "--trees", at("escape-sequences")], dir);
    expect(g.out).toContain("Startboom\\u{1b}[2J\\u{1b}[H");
    const d = await runCli(["diff", BASIC, at("escape-sequences")], dir);
    expectWellBehaved(d, "diff");
    expect(d.out).toContain("name 'Testteam A' -> 'Testteam A\\u{1b}[2J'");
    for (const args of [["trees"], ["contacts"], ["consult", "--answers", answers("answers:\n  gevaar: ja\n")]]) {
      const r = await runCli([args[0]!, "--trees", at("escape-sequences"), ...args.slice(1)], dir);
      expectWellBehaved(r, args[0]!);
      expect(r.code, args[0]).toBe(1);
    }
  });

  it("nested-6kb.yaml: 3,000 nested block sequences (6 KB) are refused at line 1, column 129 (the 65th level), never a stack overflow", async () => {
    for (const args of [
      ["validate", at("nested-6kb.yaml")],
      ["consult", "--answers", at("nested-6kb.yaml")],
      ["consult", "--region", at("nested-6kb.yaml"), "--answers", answers("answers:\n  acuut-gevaar: ja\n")],
    ]) {
      const r = await runCli(args, dir);
      expectWellBehaved(r, args.join(" "));
      expect([1, 2]).toContain(r.code);
      expect(r.out + r.err).toContain("nested-6kb.yaml:1:129");
    }
  });

  it("16,000 invalid nodes (generated here, not committed): one located message per node, in time", async () => {
    const lines = ["id: groot", "version: 1.0.0", "title: { nl: Groot, en: Big }", "entry: n0", "nodes:"];
    for (let i = 0; i < 16000; i++) lines.push(`  n${i}: { kind: vraag }`);
    const file = join(tempDir("corpus-big"), "big.yaml");
    writeFileSync(file, lines.join("\n") + "\n");
    const r = await runCli(["validate", file], dir);
    expectWellBehaved(r, "validate big.yaml");
    expect(r.code).toBe(1);
    // Node n{i} is on line i + 6; each one's line appears.
    expect(
      new Set([...r.out.matchAll(/big\.yaml:(\d+):\d+/g)].map((m) => Number(m[1])).filter((l) => l >= 6)).size,
    ).toBe(16000);
  });

  it("record-repeated-steps.json: a record that asks 'gevaar' twice is refused at the repeated step (exit 2), nothing replayed", async () => {
    const r = await runCli(["consult", "--trees", BASIC, "--answers", at("record-repeated-steps.json")], dir);
    expectWellBehaved(r, "replay");
    expect(r.code).toBe(2);
    expect(r.out).toBe("");
    expect(r.err).toContain("record-repeated-steps.json:47:15: stap 4: vraag 'gevaar' staat er al bij stap 1;");
  });

  it("record-escapes.json: escape sequences in the saved outcome and contact ids reach the comparison with today's advice as \\u{..}", async () => {
    const r = await runCli(["consult", "--trees", BASIC, "--answers", at("record-escapes.json")], dir);
    expectWellBehaved(r, "replay");
    expect(r.code).toBe(0);
    expect(r.err).toContain("toen: melden\\u{1b}[2J\\u{1b}[H: team-a\\u{1b}]52;c;aGk=\\u{7} (spoed), team-b (advies)");
    expect(r.err).toContain("nu:  melden: team-a (spoed), team-b (advies)");
  });

  it("scenario-misspelt-expect.yaml: a misspelt expect key is an error at its line, never 'Scenario klopt'", async () => {
    const c = await runCli(
      ["--lang", "en", "consult", "--trees", BASIC, "--answers", at("scenario-misspelt-expect.yaml")],
      dir,
    );
    expectWellBehaved(c, "consult");
    expect(c.code).toBe(2);
    expect(c.err).toContain(
      "scenario-misspelt-expect.yaml:4:11  error  expect: unknown property 'outcom'. Did you mean 'outcome'?",
    );
    const s = await runCli(
      ["--lang", "en", "scenario", "run", at("scenario-misspelt-expect.yaml"), "--trees", BASIC],
      dir,
    );
    expectWellBehaved(s, "scenario run");
    expect(s.code).toBe(1);
    expect(s.out).toContain("0 passed, 1 failed");
    expect(c.err + s.out).not.toMatch(/Scenario (klopt|holds)/);
  });

  it("region-replaces-112.yaml: a region renaming 112 with another number is refused at that contact (exit 2), before the first question", async () => {
    const r = await runCli(
      ["consult", "--region", at("region-replaces-112.yaml"), "--answers", answers("answers:\n  acuut-gevaar: ja\n")],
      dir,
    );
    expectWellBehaved(r, "consult --region");
    expect(r.code).toBe(2);
    expect(r.out).toBe("");
    expect(r.err).toMatch(
      /region-replaces-112\.yaml:9:3 {2}fout {2}Regiobestand: 'alarm-112' \(Alarmnummer 112\) is een landelijk contact/,
    );
    expect(r.err).not.toContain("0900-8844");
  });

  it("draft-start-past-danger.state.json: a draft edited to start past the danger question is refused and set aside, never resumed", async () => {
    const data = join(tempDir("corpus-draft"), "data");
    const io = () => fakeIo({ stdinIsTTY: true, stdoutIsTTY: true, cwd: dir, env: { SIGNAALROUTE_DATA_DIR: data } });
    const opts = { lang: "nl" as const, color: false, trees: [BASIC] };
    expect(
      await consult(opts, {
        io: io(),
        prompter: () => Promise.resolve(scriptedPrompter([{ id: "gevaar", answer: "nee" }, { stop: true }])),
      }),
    ).toBe(130);
    const drafts = join(data, "drafts");
    const id = readdirSync(drafts)
      .find((f) => f.endsWith(".json"))!
      .slice(0, -5);
    const draft = JSON.parse(readFileSync(join(drafts, `${id}.json`), "utf8"));
    writeFileSync(
      join(drafts, `${id}.json`),
      JSON.stringify({ ...draft, state: JSON.parse(readFileSync(at("draft-start-past-danger.state.json"), "utf8")) }),
    );
    const out = io();
    const e = await consult(
      { ...opts, resume: id },
      { io: out, prompter: () => Promise.resolve(scriptedPrompter([])) },
    ).catch((x) => x);
    expect(e.exitCode).toBe(2);
    expect(e.text.nl).toContain("begint niet bij de eerste vraag (direct gevaar) maar bij 'overleg'");
    expect(existsSync(join(drafts, `${id}.json`))).toBe(false);
    expect(readdirSync(drafts).filter((f) => f.startsWith(`${id}.corrupt-`))).toHaveLength(1);
    expect(CONTROL.exec(out.stdout() + out.stderr())).toBeNull();
  });

  it("draft-trees-escape.json (found by the draft property): a draft whose trees path holds ESC[2J is refused with the path shown as \\u{..}", async () => {
    const data = join(tempDir("corpus-draft"), "data");
    const io = () => fakeIo({ stdinIsTTY: true, stdoutIsTTY: true, cwd: dir, env: { SIGNAALROUTE_DATA_DIR: data } });
    const opts = { lang: "nl" as const, color: false, trees: [BASIC] };
    expect(
      await consult(opts, {
        io: io(),
        prompter: () => Promise.resolve(scriptedPrompter([{ id: "gevaar", answer: "nee" }, { stop: true }])),
      }),
    ).toBe(130);
    const drafts = join(data, "drafts");
    const id = readdirSync(drafts)
      .find((f) => f.endsWith(".json"))!
      .slice(0, -5);
    const draft = JSON.parse(readFileSync(join(drafts, `${id}.json`), "utf8"));
    writeFileSync(
      join(drafts, `${id}.json`),
      JSON.stringify({ ...draft, ...JSON.parse(readFileSync(at("draft-trees-escape.json"), "utf8")) }),
    );
    const e = await consult(
      { ...opts, resume: id },
      { io: io(), prompter: () => Promise.resolve(scriptedPrompter([])) },
    ).catch((x) => x);
    expect(e.exitCode).toBe(2);
    expect(e.text.nl).toContain("\\u{1b}[2J\\u{1b}[Hnergens");
    expect(CONTROL.exec(e.text.nl + e.text.en)).toBeNull();
  });

  it("record-bidi-id.json (found by the record property): scenario from shows bidi isolates in a record's ids as \\u{..}", async () => {
    const r = await runCli(["scenario", "from", at("record-bidi-id.json")], dir);
    expectWellBehaved(r, "scenario from");
    expect(r.code).toBe(0);
    expect(r.out).toContain("  \\u{2066}soort\\u{2069}:\n");
  });
});
