import type { Diagnostic } from "../model/diagnostic.js";
import type { Lang } from "../model/text.js";

/** A workflow command's message: %, CR and LF escaped (GitHub's own toolkit escapes these). */
function escapeData(s: string): string {
  return s.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}

/** A workflow command's property value: also ':' and ',', which separate properties. */
function escapeProperty(s: string): string {
  return escapeData(s).replace(/:/g, "%3A").replace(/,/g, "%2C");
}

/**
 * GitHub Actions annotations, one line per problem:
 * `::error file=trees/a.yaml,line=3,col=5,endLine=3,endColumn=9,title=references::message`.
 * File paths use `/` so GitHub finds them on every platform. Pure.
 */
export function formatGithub(list: readonly Diagnostic[], lang: Lang): string {
  return list
    .map((d) => {
      const props = [`file=${escapeProperty(d.file.replace(/\\/g, "/"))}`];
      if (d.line) {
        props.push(`line=${d.line}`, `col=${d.column ?? 1}`);
        if (d.endLine) props.push(`endLine=${d.endLine}`, `endColumn=${d.endColumn ?? 1}`);
      }
      props.push(`title=${escapeProperty(`signaalroute ${d.ruleId}`)}`);
      const text = [d.message[lang], ...(d.detail ?? []).map((t) => t[lang])].join("\n");
      return `::${d.severity === "error" ? "error" : "warning"} ${props.join(",")}::${escapeData(text)}\n`;
    })
    .join("");
}
