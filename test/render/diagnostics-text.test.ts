import { describe, expect, it } from "vitest";
import type { Diagnostic } from "../../src/model/diagnostic.js";
import { formatStylish } from "../../src/render/diagnostics-text.js";
import { mf } from "../../src/i18n/messages.js";
import { makeStyle } from "../../src/render/style.js";

const d = (file: string, line: number, severity: Diagnostic["severity"], en: string): Diagnostic => ({
  file,
  line,
  column: 3,
  ruleId: "rule-x",
  severity,
  message: { nl: `nl: ${en}`, en },
});

describe("stylish diagnostics", () => {
  it("groups per file, puts file:line:col on every line, and ends with a summary", () => {
    const text = formatStylish(
      [d("a.yaml", 4, "error", "bad"), d("a.yaml", 9, "warning", "odd"), d("b.yaml", 1, "error", "worse")],
      "en",
      makeStyle(false),
    );
    expect(text).toBe(
      [
        "",
        "a.yaml",
        "  a.yaml:4:3  error  bad  rule-x",
        "  a.yaml:9:3  warning  odd  rule-x",
        "",
        "b.yaml",
        "  b.yaml:1:3  error  worse  rule-x",
        "",
        "3 problems (2 errors, 1 warning)",
        "",
      ].join("\n"),
    );
  });

  it("counts with the language's plural rules: 1 probleem, 2 fouten, 0 waarschuwingen", () => {
    const one = formatStylish([d("a.yaml", 4, "error", "bad")], "nl", makeStyle(false));
    expect(one.trimEnd().split("\n").at(-1)).toBe("1 probleem (1 fout, 0 waarschuwingen)");
    const two = formatStylish([d("a.yaml", 4, "error", "bad"), d("a.yaml", 9, "error", "odd")], "en", makeStyle(false));
    expect(two.trimEnd().split("\n").at(-1)).toBe("2 problems (2 errors, 0 warnings)");
  });

  it("picks the plural from the digits of a bigint count too (path counts)", () => {
    expect(mf("diffCombinations", "nl", { n: String(1n) })).toBe("1 antwoordcombinatie");
    expect(mf("diffCombinations", "en", { n: String(2n ** 70n) })).toBe(`${2n ** 70n} answer combinations`);
  });

  it("says so when there is nothing, in the chosen language", () => {
    expect(formatStylish([], "nl", makeStyle(false))).toBe("Geen problemen gevonden.\n");
  });
});
