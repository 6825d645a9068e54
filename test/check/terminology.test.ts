import { describe, expect, it } from "vitest";
import { terminology } from "../../src/check/rules/terminology.js";
import { parseTermsFile } from "../../src/check/terms-file.js";
import { termPattern } from "../../src/check/terms.js";
import { brief, check, CONFIG, invalid, VALID } from "./check-helpers.js";

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
    const en = ds.map((d) => d.message.en);
    expect(en[0]).toBe("Discouraged term 'Loverboy' in node 'bellen' (text.nl). Write 'trafficker or exploiter'.");
    expect(ds[0]!.message.nl).toContain("Schrijf 'mensenhandelaar of uitbuiter'");
    expect(en.filter((m) => m.includes("'loverboys'"))).toHaveLength(1);
    expect(en.some((m) => m.includes("'bood zich aan'") && m.includes("blames the child"))).toBe(true);
    expect(en.some((m) => m.includes("'child  prostitution'"))).toBe(true);
    expect(en.some((m) => m.includes("'juvenile prostitution'"))).toBe(true);
  });

  it("adds the maintainer's own terms from config.extraTerms", () => {
    const extra = parseTermsFile("terms:\n  - term: meisje\n    preferred: { nl: jongere, en: young person }\n");
    expect("terms" in extra).toBe(true);
    if (!("terms" in extra)) return;
    const ds = check(FIXTURE, [terminology], { ...CONFIG, extraTerms: extra.terms });
    expect(ds.filter((d) => d.message.en.includes("'meisje'")).map((d) => `${d.line}:${d.column}`)).toEqual(["29:11"]);
    expect(ds.find((d) => d.message.en.includes("'meisje'"))!.message.nl).toContain("Schrijf 'jongere'");
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
