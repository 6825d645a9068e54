import { readFileSync, statSync, writeFileSync } from "node:fs";
import { join, relative, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { describe, expect, it } from "vitest";
import { main } from "../../src/cli.js";
import { ruleInfos } from "../../src/commands/validate.js";
import type { Diagnostic } from "../../src/model/diagnostic.js";
import { formatGithub } from "../../src/render/diagnostics-github.js";
import { formatJunit } from "../../src/render/diagnostics-junit.js";
import { formatSarif } from "../../src/render/diagnostics-sarif.js";
import { fakeIo } from "../fake-io.js";
import { invalid, VALID } from "../check/check-helpers.js";
import { sarifValidator } from "./sarif-schema.js";
import { tempDir } from "../helpers.js";

const tmp = tempDir("signaalroute-formats-");
const CU = invalid("cautious-unknown");
const CU_FILE = relative(process.cwd(), join(CU, "start.yaml"));

describe("validate --format", () => {
  it("sarif: passes the official SARIF 2.1.0 schema, with a helpUri per rule that names a section of docs/rules.md", async () => {
    const io = fakeIo();
    expect(await main(["--lang", "en", "validate", "--format", "sarif", CU], io)).toBe(1);
    const log = JSON.parse(io.stdout());
    const validate = sarifValidator();
    expect(validate(log), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
    const run = log.runs[0];
    const result = run.results.find((r: { ruleId: string }) => r.ruleId === "cautious-unknown");
    expect(result.level).toBe("error");
    // Checked by hand: line 27 is `    unknown: { next: school }`; `school` starts at column 22 and ends before 28.
    expect(result.locations[0].physicalLocation).toEqual({
      artifactLocation: { uri: CU_FILE },
      region: { startLine: 27, startColumn: 22, endLine: 27, endColumn: 28 },
    });
    expect(run.tool.driver.rules[result.ruleIndex].id).toBe("cautious-unknown");
    const headings = new Set([...readFileSync("docs/rules.md", "utf8").matchAll(/^## ([a-z-]+)$/gm)].map((x) => x[1]));
    for (const rule of run.tool.driver.rules) {
      // The installed docs/rules.md (here: the checkout's), not a web address (the project has none); test/render/diagnostics-sarif.test.ts checks more.
      expect(rule.helpUri).toBe(`${pathToFileURL(resolve("docs/rules.md")).href}#${rule.id}`);
      expect(headings.has(rule.id), rule.id).toBe(true);
    }
    expect(run.tool.driver.rules.map((r: { id: string }) => r.id).sort()).toEqual(
      ruleInfos()
        .map((r) => r.id)
        .sort(),
    );
  });

  it("sarif: the schema check can fail (a result without a message is refused)", () => {
    const log = formatSarif(
      [{ file: "a.yaml", line: 1, column: 1, ruleId: "schema", severity: "error", message: { nl: "x", en: "x" } }],
      ruleInfos(),
      "en",
      { name: "signaalroute", version: "1.0.0" },
    ) as {
      runs: { results: Record<string, unknown>[] }[];
    };
    const validate = sarifValidator();
    expect(validate(log)).toBe(true);
    delete log.runs[0]!.results[0]!.message;
    expect(validate(log)).toBe(false);
  });

  it("github: one ::error/::warning line per problem, with file, line, col, end and escaped text", async () => {
    const io = fakeIo();
    expect(await main(["--lang", "en", "validate", "--format", "github", CU], io)).toBe(1);
    const lines = io.stdout().trimEnd().split("\n");
    expect(lines.every((l) => /^::(error|warning) file=/.test(l))).toBe(true);
    expect(lines).toContainEqual(
      expect.stringMatching(
        new RegExp(
          `^::error file=${CU_FILE.replace(/\//g, "\\/")},line=27,col=22,endLine=27,endColumn=28,title=signaalroute cautious-unknown::After 'don't know' at 'dwang'`,
        ),
      ),
    );
    const d: Diagnostic = {
      file: "a,b:c.yaml",
      line: 2,
      column: 3,
      ruleId: "schema",
      severity: "warning",
      message: { nl: "n", en: "50% of a\nline" },
    };
    expect(formatGithub([d], "en")).toBe(
      "::warning file=a%2Cb%3Ac.yaml,line=2,col=3,title=signaalroute schema::50%25 of a%0Aline\n",
    );
  });

  it("GITHUB_ACTIONS=true adds the annotations to the usual report; an explicit --format wins", async () => {
    const io = fakeIo({ env: { GITHUB_ACTIONS: "true" } });
    expect(await main(["--lang", "en", "validate", CU], io)).toBe(1);
    expect(io.stdout()).toMatch(/^::error file=/m);
    expect(io.stdout()).toMatch(/\d+ problems? \(\d+ errors?, \d+ warnings?\)/);
    const json = fakeIo({ env: { GITHUB_ACTIONS: "true" } });
    await main(["validate", "--format", "json", CU], json);
    expect(() => JSON.parse(json.stdout())).not.toThrow();
    const plain = fakeIo();
    await main(["--lang", "en", "validate", CU], plain);
    expect(plain.stdout()).not.toContain("::error");
  });

  it("junit: a testsuite per file, a failing testcase per problem, a passing one per clean file, markup escaped", async () => {
    const io = fakeIo();
    expect(await main(["--lang", "en", "validate", "--format", "junit", CU], io)).toBe(1);
    const xml = io.stdout();
    expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="signaalroute validate"')).toBe(
      true,
    );
    expect(xml).toContain(`<testsuite name="${CU_FILE}" tests="1" failures="1"`);
    expect(xml).toContain('type="error">');
    expect(xml).toMatch(
      /<testsuite name="[^"]*contacts.yaml" tests="1" failures="0"[^>]*>\n {4}<testcase name="[^"]*contacts.yaml" classname="signaalroute.validate" time="0"\/>/,
    );
    const d: Diagnostic = {
      file: "x.yaml",
      line: 1,
      column: 1,
      ruleId: "schema",
      severity: "warning",
      message: { nl: "n", en: "<a> & 'b'" },
    };
    const out = formatJunit([d], [], "en");
    expect(out).toContain(
      '<failure message="&lt;a&gt; &amp; &apos;b&apos;" type="warning">x.yaml:1:1  &lt;a&gt; &amp; &apos;b&apos;  schema</failure>',
    );
    expect(out).toContain('tests="1" failures="1"');
    // Every element opened is closed, in order.
    const stack: string[] = [];
    for (const [, close, name, self] of xml.matchAll(/<(\/?)([a-z]+)[^>]*?(\/?)>/g)) {
      if (close) expect(stack.pop()).toBe(name);
      else if (!self) stack.push(name!);
    }
    expect(stack).toEqual([]);
  });

  it("json: carries version 2, endLine/endColumn where known, and the region files checked", async () => {
    const io = fakeIo();
    await main(["validate", "--json", CU], io);
    const out = JSON.parse(io.stdout());
    expect(out.version).toBe(2);
    const d = out.diagnostics.find((x: { ruleId: string }) => x.ruleId === "cautious-unknown");
    // Line 27, `school` in `    unknown: { next: school }` (as in the SARIF test).
    expect([d.line, d.column, d.endLine, d.endColumn]).toEqual([27, 22, 27, 28]);
    expect(out.regions).toEqual([]);
  });

  it("--output-file writes the report with mode 0600 and prints nothing; an unwritable target is exit 2", async () => {
    const file = join(tmp, "report.sarif");
    writeFileSync(file, "old", { mode: 0o644 });
    const io = fakeIo();
    expect(await main(["validate", "--format", "sarif", "--output-file", file, CU], io)).toBe(1);
    expect(io.stdout()).toBe("");
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(JSON.parse(readFileSync(file, "utf8")).version).toBe("2.1.0");
    const bad = fakeIo();
    expect(await main(["validate", "--output-file", join(tmp, "no-such-folder", "r.txt"), VALID], bad)).toBe(2);
    expect(bad.stderr()).toContain("no-such-folder");
  });

  it("--max-warnings N: exit 1 only above N warnings; a bad number is exit 2", async () => {
    const dir = tempDir("signaalroute-maxw-");
    const region = join(dir, "oud.yaml");
    writeFileSync(
      region,
      readFileSync("trees/regions/template.yaml", "utf8").replace(/^verified: .*$/m, 'verified: "2020-01-01"'),
    );
    const one = fakeIo();
    expect(await main(["validate", "--max-warnings", "1", region], one)).toBe(0);
    const zero = fakeIo();
    expect(await main(["--lang", "en", "validate", "--max-warnings", "0", region], zero)).toBe(1);
    expect(zero.stderr()).toContain("1 warning, more than --max-warnings 0 allows.");
    expect(await main(["validate", "--max-warnings", "-1", region], fakeIo())).toBe(2);
    expect(await main(["validate", "--format", "xml", region], fakeIo())).toBe(2);
  });
});
