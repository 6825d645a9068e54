import { Chalk } from "chalk";
import { describe, expect, it } from "vitest";
import type { Contact } from "../../src/model/contact.js";
import { contactsText, table, treesText } from "../../src/render/views-text.js";

const plain = new Chalk({ level: 0 });

describe("list views are pure formatters (src/render/views-text.ts)", () => {
  it("contacts: an unconfirmed phone is not shown as a fact; where to check it is", () => {
    const c: Contact = {
      id: "team-x",
      name: { nl: "Testteam X", en: "Test team X" },
      phone: "0800-1234",
      hours: { nl: "Werkdagen", en: "Weekdays" },
      audience: ["professional"],
      anonymous: false,
      does: { nl: "Advies (fictief).", en: "Advice (fictional)." },
      sources: ["https://example.org/x"],
      verified: "2026-01-01",
      unconfirmed: { fields: ["phone"], checkAt: "https://example.org/x" },
    };
    const nl = contactsText([c], "nl", plain);
    expect(nl).not.toContain("0800-1234");
    expect(nl).toContain("Werkdagen");
    expect(nl).toContain("https://example.org/x");
    expect(nl).toContain("Gecontroleerd tegen een bron van: 2026-01-01");
    expect(contactsText([c], "en", plain)).toContain("Checked against a source dated: 2026-01-01");
  });

  it("trees: columns line up and the start tree is marked, in the chosen language", () => {
    const text = treesText(
      [
        { id: "triage", version: "2.1.0", title: "Begin", main: true },
        { id: "jongere", version: "10.0.0", title: "Jongere", main: false },
      ],
      "nl",
      plain,
    );
    expect(text.split("\n")).toEqual([
      "id       versie   titel",
      "triage   2.1.0    Begin  (start)",
      "jongere  10.0.0   Jongere",
      "",
    ]);
    expect(treesText([], "en", plain)).toContain("version");
  });

  it("table pads every column but the last, by characters (not bytes)", () => {
    expect(
      table([
        ["é", "x"],
        ["abc", "y"],
      ]),
    ).toEqual(["é    x", "abc  y"]);
  });
});
