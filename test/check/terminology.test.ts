import { describe, expect, it } from "vitest";
import { terminology } from "../../src/check/rules/terminology.js";
import { termsFromYaml } from "../../src/check/terms-file.js";
import { parseYaml } from "../../src/load/yaml-file.js";
import { termPattern } from "../../src/check/terms.js";
import { brief, check, CONFIG, invalid, reported, VALID } from "./check-helpers.js";

const FIXTURE = invalid("terminology");

/** A terms file's text, read as `validate --terms` reads it (the YAML itself is valid in every case here). */
function parseTermsFile(text: string) {
  const parsed = parseYaml("t.yaml", text);
  if (!parsed.ok) throw new Error("not YAML");
  return termsFromYaml(parsed.value.data, parsed.value.locate);
}

describe("terminology", () => {
  it("accepts a valid set", () => {
    expect(check(VALID, [terminology])).toEqual([]);
  });

  it("reports discouraged terms (errors) and victim blaming (warning) in either language, with the preferred wording", () => {
    const ds = check(FIXTURE, [terminology]);
    expect(brief(ds)).toEqual([
      // Line 21: `    text: { nl: Denk ook aan een Loverboy ...`: the `nl` value at column 17.
      "start.yaml:21:17 error terminology",
      // Line 29: `      nl: Het meisje bood zich aan ... loverboys-achtig gedrag.`: value at column 11.
      "start.yaml:29:11 error terminology",
      "start.yaml:29:11 warning terminology",
      // Line 30: `      en: Watch for signs of child  prostitution and juvenile prostitution.`
      "start.yaml:30:11 error terminology",
      "start.yaml:30:11 error terminology",
    ]);
    const found = reported(FIXTURE, terminology);
    expect(found[0]).toEqual({
      at: "start.yaml:21:17",
      messageId: "discouraged",
      data: {
        term: "Loverboy",
        where: { nl: "knoop 'bellen'", en: "node 'bellen'" },
        field: "text.nl",
        preferred: { nl: "mensenhandelaar of uitbuiter", en: "trafficker or exploiter" },
      },
    });
    expect(found.map((r) => [r.messageId, r.data.term])).toEqual([
      ["discouraged", "Loverboy"],
      ["discouraged", "loverboys"],
      ["victim-blaming", "bood zich aan"],
      ["discouraged", "child  prostitution"],
      ["discouraged", "juvenile prostitution"],
    ]);
  });

  it("adds the maintainer's own terms from config.extraTerms", () => {
    const extra = parseTermsFile("terms:\n  - term: meisje\n    preferred: { nl: jongere, en: young person }\n");
    expect("terms" in extra).toBe(true);
    if (!("terms" in extra)) return;
    const ds = check(FIXTURE, [terminology], { ...CONFIG, extraTerms: extra.terms });
    const meisje = reported(FIXTURE, terminology, { ...CONFIG, extraTerms: extra.terms }).filter(
      (r) => r.data.term === "meisje",
    );
    expect(meisje).toEqual([
      {
        at: "start.yaml:29:11",
        messageId: "discouraged",
        data: expect.objectContaining({ preferred: { nl: "jongere", en: "young person" } }),
      },
    ]);
    expect(ds).toHaveLength(6);
  });

  it.each([
    ["loverboy", "Een loverboy.", true],
    ["loverboy", "LOVERBOY!", true],
    ["loverboy", "loverboys", false],
    ["loverboy", "Kinderloverboy", false],
    ["kinderprostitutie", "Kinderprostitutiebestrijding", false],
    ["child prostitution", "child\nprostitution", true],
    ["bood zich aan", "zij bood zich aan", true],
  ])("termPattern(%j) on %j: %s", (term, text, expected) => {
    expect(termPattern(term).test(text)).toBe(expected);
  });

  it.each([
    ["no list", "woorden: []", "no 'terms:' list", 1, 1],
    ["a list that is no list", "# own terms\nterms: jeugdbende\n", "no 'terms:' list", 2, 8],
    ["an item without preferred wording", "terms:\n  - term: x\n", "item 1", 2, 5],
    [
      "a blank translation",
      "terms:\n  - term: ok\n    preferred: { nl: y, en: z }\n  - term: x\n    preferred: { nl: y, en: ' ' }\n",
      "item 2",
      4,
      5,
    ],
  ])("refuses a terms file with %s, at its line and column", (_name, text, message, line, column) => {
    const r = parseTermsFile(text);
    expect("problem" in r && r.problem.message.en).toContain(message);
    expect("problem" in r && [r.problem.file, r.problem.line, r.problem.column]).toEqual(["t.yaml", line, column]);
  });
});
