import { describe, expect, it } from "vitest";
import { terminology } from "../../src/check/rules/terminology.js";
import { parseTermsFile } from "../../src/check/terms-file.js";
import { termPattern } from "../../src/check/terms.js";
import { brief, check, CONFIG, invalid, reported, VALID } from "./check-helpers.js";

const FIXTURE = invalid("terminology");

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
    ["not YAML", "terms: [", "not valid YAML"],
    ["no list", "woorden: []", "no 'terms:' list"],
    ["an item without preferred wording", "terms:\n  - term: x\n", "item 1"],
    ["a blank translation", "terms:\n  - term: x\n    preferred: { nl: y, en: ' ' }\n", "item 1"],
  ])("refuses a terms file with %s", (_name, text, message) => {
    const r = parseTermsFile(text);
    expect("error" in r && r.error.en).toContain(message);
  });
});
