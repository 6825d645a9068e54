import type { Diagnostic } from "../model/diagnostic.js";
import type { Lang, Text } from "../model/text.js";

/** Where each rule is explained: docs/rules.md has one section per rule id (the anchor is the id). */
export const RULES_DOC_URL = "https://signaalroute.nl/docs/rules.md";

export function ruleHelpUri(ruleId: string): string {
  return `${RULES_DOC_URL}#${encodeURIComponent(ruleId)}`;
}

export interface RuleInfo {
  readonly id: string;
  readonly description: Text;
  readonly severity: Diagnostic["severity"];
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
 * SARIF 2.1.0 (what GitHub code scanning and other CI tools read): one run, the driver with every rule
 * (a short description and a `helpUri` to the rule's section in docs/rules.md), one result per problem
 * with its region (columns in UTF-16 code units, as the YAML parser counts them). A rule not in
 * `rules` (e.g. from a newer loader) is added with its id only. Pure.
 */
export function formatSarif(list: readonly Diagnostic[], rules: readonly RuleInfo[], lang: Lang, tool: { name: string; version: string }): object {
  const known = new Map(rules.map((r) => [r.id, r]));
  for (const d of list) if (!known.has(d.ruleId)) known.set(d.ruleId, { id: d.ruleId, description: { nl: d.ruleId, en: d.ruleId }, severity: d.severity });
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
            informationUri: RULES_DOC_URL,
            rules: ids.map((id) => {
              const r = known.get(id)!;
              return {
                id,
                shortDescription: { text: r.description[lang] },
                helpUri: ruleHelpUri(id),
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
