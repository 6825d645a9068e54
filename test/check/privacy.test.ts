import { describe, expect, it } from "vitest";
import { personalData, privacy } from "../../src/check/rules/privacy.js";
import { brief, check, invalid, reported, VALID } from "./check-helpers.js";

describe("privacy", () => {
  it("accepts a valid set (its question says 'namens')", () => {
    expect(check(VALID, [privacy])).toEqual([]);
  });

  it("reports question, item and answer texts that ask who the child is, at the language that asks", () => {
    const ds = check(invalid("privacy"), [privacy]);
    expect(brief(ds)).toEqual([
      // Line 22: `    text: { nl: Wat is de naam van het kind?, ...`: `nl` value at column 17.
      "start.yaml:22:17 error privacy",
      // Line 31: `      - { id: bsn, label: { nl: Het BSN is bekend, ...`: `nl` value at column 33.
      "start.yaml:31:33 error privacy",
      // Line 43: the Dutch label asks nothing; the English one asks where the child lives (column 63).
      "start.yaml:43:63 error privacy",
    ]);
    expect(reported(invalid("privacy"), privacy).map((r) => [r.messageId, r.data.word])).toEqual([
      ["asks-personal-data", "naam"],
      ["asks-personal-data", "BSN"],
      ["asks-personal-data", expect.stringMatching(/^where does/i)],
    ]);
    expect(reported(invalid("privacy"), privacy)[0]!.data.node).toBe("wie");
  });

  it.each([
    ["Wat is de naam van het kind?", "naam"],
    ["Noteer het adres.", "adres"],
    ["Hoe heet het kind?", "Hoe heet het kind"],
    ["Is de geboortedatum bekend", "geboortedatum"],
    ["Enter the child's date of birth", "date of birth"],
    ["Is het burgerservicenummer bekend?", "burgerservicenummer"],
    ["Belt u namens de school?", undefined],
    ["Een tatoeage met de naam van een jongen", undefined],
    ["Noteer geen naam of adres.", undefined],
    ["Do not write down a name.", undefined],
    ["Is the address of the school known?", "address"],
  ])("personalData(%j) is %j", (text, expected) => {
    expect(personalData(text)).toBe(expected);
  });
});
