import type { Diagnostic } from "../model/diagnostic.js";
import type { Lang } from "../model/text.js";
import { xmlEscape } from "../scenario/junit.js";

/**
 * JUnit XML for CI, in ESLint's junit layout: one <testsuite> per file checked, one <testcase> per problem
 * (a <failure> whose type is the severity), and a passing <testcase> for a file without problems. Pure.
 */
export function formatJunit(list: readonly Diagnostic[], files: readonly string[], lang: Lang): string {
  const byFile = new Map<string, Diagnostic[]>();
  for (const f of files) byFile.set(f, []);
  for (const d of list) byFile.set(d.file, [...(byFile.get(d.file) ?? []), d]);
  if (byFile.size === 0) byFile.set("signaalroute", []);
  const suites: string[] = [];
  for (const [file, ds] of byFile) {
    const f = xmlEscape(file);
    const cases =
      ds.length === 0
        ? [`    <testcase name="${f}" classname="signaalroute.validate" time="0"/>`]
        : ds.map((d) => {
            const where = d.line ? `${file}:${d.line}:${d.column ?? 1}` : file;
            const body = [`${where}  ${d.message[lang]}  ${d.ruleId}`, ...(d.detail ?? []).map((t) => t[lang])].join(
              "\n",
            );
            return `    <testcase name="${xmlEscape(`${where} ${d.ruleId}`)}" classname="signaalroute.validate.${xmlEscape(d.ruleId)}" time="0">\n      <failure message="${xmlEscape(d.message[lang])}" type="${d.severity}">${xmlEscape(body)}</failure>\n    </testcase>`;
          });
    suites.push(
      `  <testsuite name="${f}" tests="${cases.length}" failures="${ds.length}" errors="0" skipped="0" time="0">\n${cases.join("\n")}\n  </testsuite>`,
    );
  }
  const tests = [...byFile.values()].reduce((n, ds) => n + Math.max(1, ds.length), 0);
  return `<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="signaalroute validate" tests="${tests}" failures="${list.length}" errors="0" time="0">\n${suites.join("\n")}\n</testsuites>\n`;
}
