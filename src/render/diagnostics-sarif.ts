import type { Diagnostic } from "../model/diagnostic.js";
import type { Lang, Text } from "../model/text.js";

export interface RuleInfo {
  readonly id: string;
  readonly description: Text;
  readonly severity: Diagnostic["severity"];
}

/** A rule's section of docs/rules.md: its body as Markdown and as plain text, and the heading's anchor. */
export interface RuleHelp {
  readonly markdown: string;
  readonly text: string;
  readonly anchor: string;
}

/**
 * docs/rules.md as the SARIF report uses it: each rule's section, and, when the file is on disk, its
 * `file:` URL, so a `helpUri` can point at a file that exists. No web address: the project has none.
 */
export interface RulesDoc {
  readonly sections: ReadonlyMap<string, RuleHelp>;
  readonly fileUrl?: string;
}

/**
 * The anchor a Markdown viewer gives a heading (GitHub's and VS Code's rule): lower case, punctuation
 * other than `-` and `_` dropped, each space a `-`. `## cautious-unknown` is `#cautious-unknown`.
 */
export function headingAnchor(heading: string): string {
  return heading
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s_-]/gu, "")
    .replace(/\s/g, "-");
}

/** Markdown of a rule section as plain text: emphasis and code marks dropped, links as their text. */
function plain(markdown: string): string {
  return markdown
    .replace(/\[([^\]]+)\]\([^)]*\)/g, "$1")
    .replace(/\*\*([^*]+)\*\*/g, "$1")
    .replace(/`([^`]+)`/g, "$1");
}

/** Every `## heading` section of docs/rules.md, keyed by its heading (a rule id), with its body trimmed. Pure. */
export function parseRulesDoc(markdown: string): Map<string, RuleHelp> {
  const sections = new Map<string, RuleHelp>();
  const parts = markdown.replace(/\r\n/g, "\n").split(/^## /m).slice(1);
  for (const part of parts) {
    const newline = part.indexOf("\n");
    const heading = (newline < 0 ? part : part.slice(0, newline)).trim();
    const body = (newline < 0 ? "" : part.slice(newline + 1)).trim();
    if (heading && body) sections.set(heading, { markdown: body, text: plain(body), anchor: headingAnchor(heading) });
  }
  return sections;
}

/** A file path as a SARIF relative URI reference: forward slashes, each segment percent-encoded. */
function fileUri(file: string): string {
  return file
    .replace(/\\/g, "/")
    .split("/")
    .map((seg) => encodeURIComponent(seg))
    .join("/");
}

/**
 * SARIF 2.1.0 (what GitHub code scanning and other CI tools read): one run, the driver with every rule,
 * one result per problem with its region (columns in UTF-16 code units, as the YAML parser counts them).
 * Each rule carries its help inline, so a viewer needs no link: `shortDescription` is the rule's one line
 * (in `lang`), `fullDescription` and `help` (text and Markdown) its section of docs/rules.md (English,
 * after the one line). `helpUri` is given only when it resolves: the `file:` URL of the installed
 * docs/rules.md with the section's anchor. A rule not in `rules` (e.g. from a newer loader) is added
 * with its id only. Pure.
 */
export function formatSarif(
  list: readonly Diagnostic[],
  rules: readonly RuleInfo[],
  lang: Lang,
  tool: { name: string; version: string },
  doc?: RulesDoc,
): object {
  const known = new Map(rules.map((r) => [r.id, r]));
  for (const d of list)
    if (!known.has(d.ruleId))
      known.set(d.ruleId, { id: d.ruleId, description: { nl: d.ruleId, en: d.ruleId }, severity: d.severity });
  const ids = [...known.keys()];
  const index = new Map(ids.map((id, i) => [id, i]));
  return {
    $schema: "https://json.schemastore.org/sarif-2.1.0.json",
    version: "2.1.0",
    runs: [
      {
        tool: {
          driver: {
            name: tool.name,
            version: tool.version,
            rules: ids.map((id) => {
              const r = known.get(id)!;
              const short = r.description[lang];
              const help = doc?.sections.get(id);
              return {
                id,
                shortDescription: { text: short },
                fullDescription: { text: help ? help.text : short },
                help: help
                  ? { text: `${short}\n\n${help.text}`, markdown: `**${short}**\n\n${help.markdown}` }
                  : { text: short },
                ...(help && doc?.fileUrl ? { helpUri: `${doc.fileUrl}#${help.anchor}` } : {}),
                defaultConfiguration: { level: r.severity === "error" ? "error" : "warning" },
              };
            }),
          },
        },
        columnKind: "utf16CodeUnits",
        results: list.map((d) => ({
          ruleId: d.ruleId,
          ruleIndex: index.get(d.ruleId)!,
          level: d.severity === "error" ? "error" : "warning",
          message: { text: [d.message[lang], ...(d.detail ?? []).map((t) => t[lang])].join("\n") },
          locations: [
            {
              physicalLocation: {
                artifactLocation: { uri: fileUri(d.file) },
                ...(d.line
                  ? {
                      region: {
                        startLine: d.line,
                        startColumn: d.column ?? 1,
                        ...(d.endLine ? { endLine: d.endLine, endColumn: d.endColumn ?? 1 } : {}),
                      },
                    }
                  : {}),
              },
            },
          ],
          ...(d.messageId ? { properties: { messageId: d.messageId } } : {}),
        })),
      },
    ],
  };
}
