import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { parse, type ITestResult } from "test-results-parser";
import { beforeEach, describe, expect, it } from "vitest";
import { main } from "../../src/cli.js";
import { invalid } from "../check/check-helpers.js";
import { fakeIo } from "../fake-io.js";
import { BASIC, ROOT, tempDir } from "../helpers.js";

/**
 * The JUnit XML of `validate --format junit` and `scenario run --junit`, read by a real JUnit consumer:
 * test-results-parser (the parser of the testbeats CI reporter, on the npm registry; a devDependency).
 * It reads the counts from the attributes and each case's status from its <failure>/<error> child, so
 * both have to agree with what the command found, and the XML has to parse (markup escaped).
 */
function consume(xml: string): ITestResult {
  const file = join(tempDir("sr-junit-"), "report.xml");
  writeFileSync(file, xml);
  return parse({ type: "junit", files: [file] });
}

const failing = (r: ITestResult) => r.suites.flatMap((s) => s.cases).filter((c) => c.status === "FAIL");
const cases = (r: ITestResult) => r.suites.flatMap((s) => s.cases);

let dir: string;
beforeEach(() => {
  dir = tempDir("sr-junit-run-");
});

describe("JUnit XML read by a JUnit consumer (test-results-parser)", () => {
  it("validate --format junit: three privacy errors in start.yaml, contacts.yaml clean", async () => {
    // By hand: the privacy fixture asks for a name (wie), a BSN (signalen) and where the child lives (woont);
    // its contacts are within 12 months of the test's date, so contacts.yaml is a passing case.
    const io = fakeIo();
    expect(await main(["--lang", "en", "validate", "--format", "junit", invalid("privacy")], io)).toBe(1);
    const r = consume(io.stdout());
    expect([r.total, r.failed, r.passed, r.errors, r.status]).toEqual([4, 3, 1, 0, "FAIL"]);
    expect(cases(r)).toHaveLength(4);
    expect(failing(r)).toHaveLength(3);
    const start = r.suites.find((s) => s.name.endsWith("start.yaml"))!;
    expect([start.total, start.failed, start.cases.length]).toEqual([3, 3, 3]);
    const contacts = r.suites.find((s) => s.name.endsWith("contacts.yaml"))!;
    expect([contacts.total, contacts.failed, contacts.status, contacts.cases[0]!.status]).toEqual([
      1,
      0,
      "PASS",
      "PASS",
    ]);
    // The failure messages the consumer reads back are the diagnostics' own text (the escaping undone):
    // the same three messages as in --json.
    const json = fakeIo();
    await main(["--lang", "en", "validate", "--json", invalid("privacy")], json);
    const messages = JSON.parse(json.stdout()).diagnostics.map((d: { message: { en: string } }) => d.message.en);
    expect(messages).toHaveLength(3);
    expect(failing(r).map((c) => c.failure)).toEqual(messages);
    expect(messages[0]).toContain("'wie'");
  });

  it("validate --format junit on clean trees: one passing case per file, no failures", async () => {
    const io = fakeIo();
    expect(await main(["validate", "--format", "junit", BASIC], io)).toBe(0);
    const r = consume(io.stdout());
    // basic/ holds contacts.yaml, start.yaml and vervolg.yaml.
    expect([r.total, r.failed, r.passed, r.status]).toEqual([3, 0, 3, "PASS"]);
    expect(r.suites.map((s) => s.name.replace(/^.*\//, "")).sort()).toEqual([
      "contacts.yaml",
      "start.yaml",
      "vervolg.yaml",
    ]);
  });

  it("scenario run --junit: a passing and a failing scenario (markup in its title) and an invalid file", async () => {
    // The basic fixture by hand: gevaar nee, nothing ticked -> outcome rustig. 'fout' expects melden, so it fails.
    writeFileSync(
      join(dir, "a.yaml"),
      "- id: goed\n  answers: { gevaar: nee, soort: [] }\n  expect: { outcome: rustig }\n- id: fout\n  title: { nl: '<Fout> & zo', en: '<Wrong> & so' }\n  answers: { gevaar: nee, soort: [] }\n  expect: { outcome: melden }\n",
    );
    writeFileSync(join(dir, "b.yaml"), "answers: 3\n");
    const io = fakeIo({ cwd: dir });
    expect(await main(["--lang", "en", "scenario", "run", "--trees", BASIC, "--junit", "report.xml", "."], io)).toBe(1);
    const r = consume(readFileSync(join(dir, "report.xml"), "utf8"));
    expect([r.total, r.failed, r.errors, r.passed, r.status]).toEqual([3, 1, 1, 1, "FAIL"]);
    const byName = new Map(cases(r).map((c) => [c.name, c]));
    expect(byName.get("goed")!.status).toBe("PASS");
    expect(byName.get("fout: <Wrong> & so")!.status).toBe("FAIL");
    expect(byName.get("fout: <Wrong> & so")!.failure).toBe("outcome: expected 'melden', got 'rustig'");
    expect(byName.get("b.yaml")!.status).toBe("FAIL");
    expect(byName.get("b.yaml")!.failure).toBe("answers: expected type object.");
  });

  it("scenario run --junit on the bundled scenarios: every scenario a passing case", async () => {
    const json = fakeIo({ cwd: dir });
    expect(await main(["scenario", "run", "--json", join(ROOT, "scenarios")], json)).toBe(0);
    const ran = JSON.parse(json.stdout());
    const io = fakeIo({ cwd: dir });
    expect(await main(["scenario", "run", "--junit", "report.xml", join(ROOT, "scenarios")], io)).toBe(0);
    const r = consume(readFileSync(join(dir, "report.xml"), "utf8"));
    const count = ran.scenarios.length;
    expect(ran).toMatchObject({ passed: count, failed: 0 });
    expect(count).toBeGreaterThanOrEqual(38);
    expect([r.total, r.failed, r.errors, r.passed]).toEqual([count, 0, 0, count]);
    expect(cases(r).every((c) => c.status === "PASS")).toBe(true);
  });

  it("the consumer notices a wrong count (the check can fail)", () => {
    const r = consume(
      '<?xml version="1.0"?>\n<testsuites tests="2" failures="0"><testsuite name="x" tests="2" failures="0"><testcase name="a"/><testcase name="b"><failure message="m" type="error">t</failure></testcase></testsuite></testsuites>\n',
    );
    expect(r.failed).toBe(0);
    expect(failing(r)).toHaveLength(1);
  });
});
