import type { ChalkInstance } from "chalk";
import type { Diagnostic } from "../model/diagnostic.js";
import { m, mf } from "../i18n/messages.js";
import type { Lang } from "../model/text.js";
import { visibleLines as shown } from "./visible-lines.js";

/** One line, `file:line:col  severity  message  rule-id`, for error lists outside validate. */
export function formatDiagnosticLine(d: Diagnostic, lang: Lang): string {
  const where = d.line ? `${d.file}:${d.line}:${d.column ?? 1}` : d.file;
  return shown(`${where}  ${severityWord(d.severity, lang)}  ${d.message[lang]}  ${d.ruleId}`);
}

function severityWord(s: Diagnostic["severity"], lang: Lang): string {
  return m(s === "error" ? "severityError" : "severityWarning", lang);
}

/**
 * ESLint's "stylish" layout, grouped per file with a summary line, but with
 * the full `file:line:col` on every line so terminals and editors can jump to it.
 */
export function formatStylish(list: readonly Diagnostic[], lang: Lang, style: ChalkInstance): string {
  const byFile = new Map<string, Diagnostic[]>();
  for (const d of list) {
    const ds = byFile.get(d.file);
    if (ds) ds.push(d);
    else byFile.set(d.file, [d]);
  }
  const out: string[] = [];
  for (const [file, ds] of byFile) {
    out.push("", style.underline(shown(file)));
    for (const d of ds) {
      const pos = shown(d.line ? `${file}:${d.line}:${d.column ?? 1}` : file);
      const sev =
        d.severity === "error"
          ? style.red(severityWord(d.severity, lang))
          : style.yellow(severityWord(d.severity, lang));
      out.push(`  ${pos}  ${sev}  ${shown(d.message[lang])}  ${style.dim(d.ruleId)}`);
      for (const line of d.detail ?? []) out.push(`           ${style.dim(shown(line[lang]))}`);
    }
  }
  const errors = list.filter((d) => d.severity === "error").length;
  const warnings = list.length - errors;
  if (list.length === 0) out.push(m("noProblems", lang));
  else {
    out.push(
      "",
      (errors > 0 ? style.red.bold : style.yellow.bold)(
        mf("problemsSummary", lang, { n: list.length, errors, warnings }),
      ),
    );
  }
  return out.join("\n") + "\n";
}
