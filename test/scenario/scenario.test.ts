import { readFileSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { beforeEach, describe, expect, it } from "vitest";
import { run as consult } from "../../src/commands/consult.js";
import { run } from "../../src/commands/scenario.js";
import { runScenario } from "../../src/scenario/run-scenario.js";
import { parseScenarioFile } from "../../src/scenario/scenario-file.js";
import { fakeIo } from "../fake-io.js";
import { BASIC, loadSet, tempDir } from "../helpers.js";

// The basic fixture (test/fixtures/trees/valid/basic), by hand:
//   gevaar: ja -> bel-112 (alarm-112 acuut) -> soort; nee -> soort
//   soort: 2+ ticked -> team-a spoed -> vervolg; [geld] -> vervolg; nothing -> rustig (team-b advies)
//   vervolg: overleg ja/nee -> melden (team-a regulier, team-b advies; outcome urgency spoed)
const set = loadSet(BASIC);
const one = (yaml: string) => {
  const f = parseScenarioFile("s.yaml", yaml);
  expect(f.diagnostics.map((d) => d.message.en)).toEqual([]);
  return runScenario(set, f.scenarios[0]!);
};
const opts = { lang: "en" as const, color: false, trees: [BASIC] };
let dir: string;
beforeEach(() => {
  dir = tempDir("sr-scenario-");
});

describe("scenario files are strict", () => {
  it("a scenario that lands where expected passes", () => {
    const r = one(
      "answers: { gevaar: ja, soort: [geld], overleg: ja }\nexpect: { outcome: melden, urgency: acuut, contacts: [alarm-112, team-a, team-b] }\n",
    );
    expect(r.failures).toEqual([]);
    expect(r.passed).toBe(true);
  });

  it("a scenario that skips a question on the route fails, naming the question and its line", () => {
    // overleg is on the route after [geld] and has no answer.
    const r = one("answers:\n  gevaar: nee\n  soort: [geld]\nexpect: { outcome: melden }\n");
    expect(r.passed).toBe(false);
    expect(r.failures.map((f) => f.message.en).join("\n")).toContain("gives no answer to question 'overleg'");
  });

  it("a scenario with an answer to a question the route never asks fails, with that answer's line", () => {
    // Nothing ticked ends at rustig: overleg is never asked.
    const r = one("answers:\n  gevaar: nee\n  soort: []\n  overleg: ja\nexpect: { outcome: rustig }\n");
    expect(r.passed).toBe(false);
    expect(r.failures).toHaveLength(1);
    expect(r.failures[0]!.message.en).toBe("Question 'overleg' is not on this route; the answer was not used.");
    expect(r.failures[0]!.location).toMatchObject({ line: 4, column: 12 });
  });

  it("a blank answer (not filled in yet) fails", () => {
    expect(one("answers:\n  gevaar: nee\n  soort:\nexpect: { outcome: rustig }\n").passed).toBe(false);
  });

  it("unknown keys and wrong types in expect are errors with line:column", () => {
    const f = parseScenarioFile(
      "s.yaml",
      "answers: { gevaar: nee, soort: [] }\nexpect:\n  outcom: rustig\n  urgency: 3\n  contacts: team-b\n",
    );
    expect(f.scenarios).toEqual([]);
    const lines = f.diagnostics.map((d) => `${d.line}:${d.column} ${d.message.en}`);
    // An unknown key is placed at the key itself, as an editor marks it.
    expect(lines).toEqual([
      "3:3 expect: unknown property 'outcom'. Did you mean 'outcome'?",
      "4:12 expect.urgency: must be one of: acuut, spoed, regulier, advies.",
      "5:13 expect.contacts: expected type array.",
    ]);
  });

  it("an unknown key at the top of a scenario is an error too", () => {
    const f = parseScenarioFile("s.yaml", "answers: { gevaar: nee }\nexpected: { outcome: rustig }\n");
    expect(f.diagnostics.map((d) => `${d.line}:${d.column} ${d.message.en}`)).toEqual([
      "2:1 (top level): unknown property 'expected'. Did you mean 'expect'?",
    ]);
  });

  it("expect naming a contact or outcome the trees do not have is an error with its line", () => {
    const r = one("answers: { gevaar: nee, soort: [] }\nexpect:\n  outcome: rustigg\n  includes: [team-b, team-c]\n");
    expect(r.passed).toBe(false);
    const lines = r.failures.map((f) => `${f.location?.line}:${f.location?.column} ${f.message.en}`);
    expect(lines).toContain("4:22 expect names contact 'team-c', which does not exist. Did you mean 'team-a'?");
    expect(lines).toContain(
      "3:12 expect names outcome 'rustigg', which does not exist or is not an outcome. Did you mean 'rustig'?",
    );
  });

  it("includes, excludes and order are checked, each failure saying what was got", () => {
    // Worked out by hand: gevaar ja, [geld], overleg nee -> alarm-112 (acuut), team-a (regulier), team-b (advies).
    const r = one(
      "answers: { gevaar: ja, soort: [geld], overleg: nee }\nexpect:\n  includes: [alarm-112]\n  excludes: [team-b]\n  order: [team-a]\n",
    );
    expect(r.failures.map((f) => f.message.en)).toEqual([
      "team-b must not be in the advice, but was given (at melden)",
      "the advice must start with [team-a]; got [alarm-112, team-a, team-b]",
    ]);
    const r2 = one("answers: { gevaar: nee, soort: [] }\nexpect: { includes: [team-a] }\n");
    expect(r2.failures.map((f) => f.message.en)).toEqual(["expected team-a in the advice; got [team-b]"]);
  });

  it("a scenario without expect fails: it would check nothing", () => {
    const r = one("answers: { gevaar: nee, soort: [] }\n");
    expect(r.failures.map((f) => f.message.en)).toEqual(["this scenario has no 'expect': there is nothing to check"]);
  });

  it("a file can hold a list of scenarios; ids default to file#N and must be unique", () => {
    const f = parseScenarioFile(
      "module.yaml",
      "- answers: { gevaar: nee, soort: [] }\n  expect: { outcome: rustig }\n- id: twee\n  answers: { gevaar: nee, soort: [] }\n  expect: { outcome: rustig }\n",
    );
    expect(f.scenarios.map((s) => s.id)).toEqual(["module#1", "twee"]);
    const dup = parseScenarioFile(
      "m.yaml",
      "- { id: a, answers: {}, expect: { outcome: rustig } }\n- { id: a, answers: {}, expect: { outcome: rustig } }\n",
    );
    expect(dup.diagnostics.map((d) => `${d.line} ${d.message.en}`)).toEqual([
      "2 Scenario id 'a' appears twice in this file.",
    ]);
  });

  it("start: a tree id starts at that tree's entry", () => {
    const r = one(
      "start: vervolg\nanswers: { overleg: ja }\nexpect: { outcome: melden, contacts: [team-a, team-b] }\n",
    );
    expect(r.failures).toEqual([]);
    expect(
      one("start: nergens\nanswers: {}\nexpect: { outcome: melden }\n").failures.map((f) => f.message.en),
    ).toContain("start 'nergens' is neither a tree nor a node.");
  });
});

describe("signaalroute scenario run", () => {
  const write = (name: string, text: string) => {
    writeFileSync(join(dir, name), text);
    return join(dir, name);
  };

  it("prints one line per scenario, the reasons under a failure, and a closing count; exit 1 on any failure", async () => {
    write("a.yaml", "id: rustig-pad\nanswers: { gevaar: nee, soort: [] }\nexpect: { outcome: rustig }\n");
    write("b.yaml", "id: vergeten\nanswers:\n  gevaar: nee\n  soort: [geld]\nexpect: { includes: [team-a] }\n");
    const io = fakeIo({ cwd: dir });
    expect(await run({ ...opts, paths: ["."] }, io)).toBe(1);
    const out = io.stdout();
    expect(out).toContain("✓ rustig-pad (a.yaml)");
    expect(out).toContain("✗ vergeten (b.yaml)");
    expect(out).toContain("gives no answer to question 'overleg'");
    expect(out.trimEnd().split("\n").at(-1)).toBe("1 passed, 1 failed");
  });

  it("exit 0 when all pass; --json gives the results as data", async () => {
    write("a.yaml", "answers: { gevaar: nee, soort: [] }\nexpect: { outcome: rustig, urgency: advies }\n");
    const io = fakeIo({ cwd: dir });
    expect(await run({ ...opts, paths: ["a.yaml"], json: true }, io)).toBe(0);
    const data = JSON.parse(io.stdout());
    expect(data).toMatchObject({
      passed: 1,
      failed: 0,
      scenarios: [{ id: "a", passed: true, landed: { outcome: "rustig", urgency: "advies", contacts: ["team-b"] } }],
    });
  });

  it("an invalid scenario file is listed with file:line:col and counts as failed", async () => {
    write("bad.yaml", "answers: { gevaar: nee }\nexpect: { outcome: rustig, kleur: rood }\n");
    const io = fakeIo({ cwd: dir });
    expect(await run({ ...opts, paths: ["."] }, io)).toBe(1);
    expect(io.stdout()).toContain("bad.yaml:2:28  error  expect: unknown property 'kleur'.");
    expect(io.stdout()).toContain("0 passed, 1 failed");
  });

  it("a path that does not exist is exit 2", async () => {
    await expect(run({ ...opts, paths: ["nope"] }, fakeIo({ cwd: dir }))).rejects.toMatchObject({ exitCode: 2 });
  });

  it("--junit writes JUnit XML (testsuites > testsuite > testcase > failure), 0600, with markup escaped", async () => {
    write(
      "a.yaml",
      "- id: goed\n  answers: { gevaar: nee, soort: [] }\n  expect: { outcome: rustig }\n- id: fout\n  title: { nl: '<Fout> & zo', en: '<Wrong> & so' }\n  answers: { gevaar: nee, soort: [] }\n  expect: { outcome: melden }\n",
    );
    write("b.yaml", "answers: 3\n");
    const io = fakeIo({ cwd: dir });
    expect(await run({ ...opts, paths: ["."], junit: "report.xml" }, io)).toBe(1);
    const xml = readFileSync(join(dir, "report.xml"), "utf8");
    expect(statSync(join(dir, "report.xml")).mode & 0o777).toBe(0o600);
    expect(
      xml.startsWith(
        '<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="signaalroute scenarios" tests="3" failures="1" errors="1"',
      ),
    ).toBe(true);
    expect(xml).toContain('<testsuite name="a.yaml" tests="2" failures="1" errors="0" skipped="0"');
    expect(xml).toMatch(/<testcase name="goed" classname="a.yaml" time="[0-9.]+"\/>/);
    expect(xml).toContain('<testcase name="fout: &lt;Wrong&gt; &amp; so" classname="a.yaml"');
    expect(xml).toContain(
      '<failure message="outcome: expected &apos;melden&apos;, got &apos;rustig&apos;" type="scenario">',
    );
    expect(xml).toContain(
      '<error message="answers: expected type object." type="invalid-scenario-file">b.yaml:1:10: answers: expected type object.</error>',
    );
    // Balanced: every element opened is closed.
    for (const tag of ["testsuites", "testsuite", "failure", "error"])
      expect(xml.split(`<${tag} `).length, tag).toBe(xml.split(`</${tag}>`).length);
  });
});

describe("consult --answers with a scenario", () => {
  it("a misspelt or mistyped key in expect is an invalid file (exit 2) with line:column, never 'Scenario holds'", async () => {
    const file = join(dir, "s.yaml");
    writeFileSync(file, "answers: { gevaar: nee, soort: [] }\nexpect: { outcom: rustig }\n");
    const io = fakeIo({ cwd: dir });
    const e = await consult({ ...opts, answers: file }, { io }).catch((x) => x);
    expect(e.exitCode).toBe(2);
    expect(e.details.join("\n")).toContain(
      "s.yaml:2:11  error  expect: unknown property 'outcom'. Did you mean 'outcome'?",
    );
    expect(io.stderr()).not.toContain("Scenario holds");
  });

  it("expect naming a contact that does not exist fails with its line", async () => {
    const file = join(dir, "s.yaml");
    writeFileSync(file, "answers: { gevaar: nee, soort: [] }\nexpect:\n  contacts: [team-z]\n");
    const e = await consult({ ...opts, answers: file }, { io: fakeIo({ cwd: dir }) }).catch((x) => x);
    expect(e.exitCode).toBe(1);
    expect(e.details[0]).toContain("s.yaml:3:14: expect names contact 'team-z', which does not exist.");
  });

  it("a file with several scenarios points to scenario run", async () => {
    const file = join(dir, "m.yaml");
    writeFileSync(
      file,
      "- { answers: {}, expect: { outcome: rustig } }\n- { answers: {}, expect: { outcome: rustig } }\n",
    );
    const e = await consult({ ...opts, answers: file }, { io: fakeIo({ cwd: dir }) }).catch((x) => x);
    expect(e.exitCode).toBe(2);
    expect(e.details.join("\n")).toContain("signaalroute scenario run");
  });
});

describe("scenario run on a path that does not exist", () => {
  it("names the path as written, with a control character shown as \\u{..}, not sent to the terminal", async () => {
    const { main } = await import("../../src/cli.js");
    const { fakeIo } = await import("../fake-io.js");
    const io = fakeIo();
    expect(await main(["--lang", "en", "scenario", "run", "nope\u001b[31m.yaml"], io)).toBe(2);
    expect(io.stderr()).toContain("nope\\u{1b}[31m.yaml");
    expect(io.stderr()).not.toContain("\u001b");
  });
});
