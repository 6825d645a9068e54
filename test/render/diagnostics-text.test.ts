import { describe, expect, it } from "vitest";
import type { Diagnostic } from "../../src/model/diagnostic.js";
import { formatStylish } from "../../src/render/diagnostics-text.js";
import { makeStyle } from "../../src/render/style.js";

const d = (file: string, line: number, severity: Diagnostic["severity"], en: string): Diagnostic => ({ file, line, column: 3, ruleId: "rule-x", severity, message: { nl: `nl: ${en}`, en } });

describe("stylish diagnostics", () => {
  it("groups per file, puts file:line:col on every line, and ends with a summary", () => {
    const text = formatStylish([d("a.yaml", 4, "error", "bad"), d("a.yaml", 9, "warning", "odd"), d("b.yaml", 1, "error", "worse")], "en", makeStyle(false));
    expect(text).toBe(
      ["", "a.yaml", "  a.yaml:4:3  error  bad  rule-x", "  a.yaml:9:3  warning  odd  rule-x", "", "b.yaml", "  b.yaml:1:3  error  worse  rule-x", "", "3 problem(s) (2 error(s), 1 warning(s))", ""].join("\n"),
    );
  });

  it("says so when there is nothing, in the chosen language", () => {
    expect(formatStylish([], "nl", makeStyle(false))).toBe("Geen problemen gevonden.\n");
  });
});
