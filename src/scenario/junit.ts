import type { Diagnostic } from "../model/diagnostic.js";
import type { Lang } from "../model/text.js";
import type { ScenarioResult } from "./run-scenario.js";

/** Text safe in XML 1.0: markup escaped, characters XML forbids (most control characters) removed. */
export function xmlEscape(text: string): string {
  return (
    text
      // eslint-disable-next-line no-control-regex
      .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, "")
      .replace(/&/g, "&amp;")
      .replace(/</g, "&lt;")
      .replace(/>/g, "&gt;")
      .replace(/"/g, "&quot;")
      .replace(/'/g, "&apos;")
  );
}

const secs = (ms: number) => (ms / 1000).toFixed(3);

/**
 * JUnit XML in the shape CI systems read (testsuites > testsuite per file > testcase per scenario, with a
 * <failure> for a scenario that failed and an <error> for a file that is not a valid scenario file).
 */
export function junitXml(
  results: readonly ScenarioResult[],
  invalid: readonly { file: string; diagnostics: readonly Diagnostic[] }[],
  lang: Lang,
): string {
  const byFile = new Map<string, ScenarioResult[]>();
  for (const r of results) byFile.set(r.scenario.file, [...(byFile.get(r.scenario.file) ?? []), r]);
  const where = (l: { file: string; line?: number; column?: number } | undefined) =>
    l?.line ? `${l.file}:${l.line}:${l.column ?? 1}: ` : "";
  const suites: string[] = [];
  let tests = 0;
  let failures = 0;
  let time = 0;
  for (const [file, list] of byFile) {
    const failed = list.filter((r) => !r.passed).length;
    const t = list.reduce((s, r) => s + r.ms, 0);
    tests += list.length;
    failures += failed;
    time += t;
    const cases = list.map((r) => {
      const name = xmlEscape(r.scenario.title ? `${r.scenario.id}: ${r.scenario.title[lang]}` : r.scenario.id);
      const open = `    <testcase name="${name}" classname="${xmlEscape(file)}" time="${secs(r.ms)}"`;
      if (r.passed) return `${open}/>`;
      const lines = r.failures.map((f) => where(f.location) + f.message[lang]);
      return `${open}>\n      <failure message="${xmlEscape(r.failures[0]!.message[lang])}" type="scenario">${xmlEscape(lines.join("\n"))}</failure>\n    </testcase>`;
    });
    suites.push(
      `  <testsuite name="${xmlEscape(file)}" tests="${list.length}" failures="${failed}" errors="0" skipped="0" time="${secs(t)}">\n${cases.join("\n")}\n  </testsuite>`,
    );
  }
  for (const bad of invalid) {
    tests += 1;
    const lines = bad.diagnostics.map((d) => where(d) + d.message[lang]);
    suites.push(
      `  <testsuite name="${xmlEscape(bad.file)}" tests="1" failures="0" errors="1" skipped="0" time="0.000">\n    <testcase name="${xmlEscape(bad.file)}" classname="${xmlEscape(bad.file)}" time="0.000">\n      <error message="${xmlEscape(bad.diagnostics[0]?.message[lang] ?? "")}" type="invalid-scenario-file">${xmlEscape(lines.join("\n"))}</error>\n    </testcase>\n  </testsuite>`,
    );
  }
  const errors = invalid.length;
  return `<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="signaalroute scenarios" tests="${tests}" failures="${failures}" errors="${errors}" time="${secs(time)}">\n${suites.join("\n")}\n</testsuites>\n`;
}
