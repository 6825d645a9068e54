import type { Text } from "./text.js";

export type Severity = "error" | "warning";

export interface Location {
  readonly file: string;
  /** 1-based; absent when the problem has no place in a file. */
  readonly line?: number;
  readonly column?: number;
  /** Where the value ends (1-based, the column after its last character), when the place is a value in a file. */
  readonly endLine?: number;
  readonly endColumn?: number;
}

/** One problem found while loading or checking. Values, never exceptions. */
export interface Diagnostic extends Location {
  readonly ruleId: string;
  /** Which of the rule's messages (stable across wording changes), where the rule names it. */
  readonly messageId?: string;
  readonly severity: Severity;
  readonly message: Text;
  /** Extra lines, e.g. a counterexample path, shown under the message. */
  readonly detail?: readonly Text[];
}

export function hasErrors(diagnostics: readonly Diagnostic[]): boolean {
  return diagnostics.some((d) => d.severity === "error");
}
