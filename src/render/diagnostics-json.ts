import type { Diagnostic } from "../model/diagnostic.js";
import type { Text } from "../model/text.js";

/**
 * The version of validate's JSON shape (schemas/validate-output.schema.json). 1 was the shape without
 * this field; 2 adds `version`, `endLine`/`endColumn` where known, and `regions` (the region files checked).
 */
export const VALIDATE_JSON_VERSION = 2;

/** One justified "weet ik niet" exception, as validate lists it. */
export interface ExemptionEntry {
  readonly file: string;
  readonly line?: number;
  readonly column?: number;
  readonly tree: string;
  readonly node: string;
  readonly justification: Text;
  readonly needed: boolean;
}

/** validate's report as data: pure, the same input gives the same object. */
export function validateJson(
  diagnostics: readonly Diagnostic[],
  exemptions: readonly ExemptionEntry[],
  regions: readonly string[] = [],
): object {
  return {
    version: VALIDATE_JSON_VERSION,
    errorCount: diagnostics.filter((d) => d.severity === "error").length,
    warningCount: diagnostics.filter((d) => d.severity === "warning").length,
    diagnostics,
    exemptions,
    regions,
  };
}
