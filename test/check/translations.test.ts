import { describe, expect, it } from "vitest";
import { needsTranslation, translations } from "../../src/check/rules/translations.js";
import { brief, check, CONFIG, invalid, reported, VALID } from "./check-helpers.js";

describe("translations", () => {
  it("accepts a valid set", () => {
    expect(check(VALID, [translations])).toEqual([]);
  });

  it("reports a blank translation (error) and a copied sentence (warning) at the `en` value", () => {
    const ds = check(invalid("translations"), [translations]);
    expect(brief(ds)).toEqual([
      // Line 19: `    text: { nl: Denk aan letsel of bedreiging., en: "   " }`: the quoted value starts at column 53.
      "start.yaml:19:53 error translations",
      // Line 32: `      - why: { nl: Het kind kan zelf anoniem chatten., en: Het kind ... }`: `en` value at column 60.
      "start.yaml:32:60 warning translations",
    ]);
    expect(reported(invalid("translations"), translations)).toEqual([
      {
        at: "start.yaml:19:53",
        messageId: "empty",
        data: {
          language: { nl: "Engelse", en: "English" },
          where: { nl: "knoop 'uitleg'", en: "node 'uitleg'" },
          field: "text",
        },
      },
      {
        at: "start.yaml:32:60",
        messageId: "untranslated",
        data: { where: { nl: "knoop 'rustig'", en: "node 'rustig'" }, field: "advice[0].why" },
      },
    ]);
  });

  it.each([
    ["Ja", "Ja", false],
    ["OK", "OK", false],
    ["Chat met Fier", "Chat met Fier", false],
    ["0800 - 2000", "0800 - 2000", false],
    ["https://example.org/een/lange/pagina", "https://example.org/een/lange/pagina", false],
    ["Bel nu de politie op.", "Bel nu de politie op.", true],
    // MIN_WORDS is 4: four words are a sentence, three are a name.
    ["Bel de politie nu", "Bel de politie nu", true],
    ["Bel de politie", "Bel de politie", false],
    ["Bel nu de politie op.", "  Bel nu  de politie op. ", true],
    ["Bel nu de politie op.", "Call the police now.", false],
  ])("needsTranslation(%j, %j) is %s", (nl, en, expected) => {
    expect(needsTranslation(nl, en)).toBe(expected);
  });
});

describe("translations: texts a terminal could act on, or that show nothing", () => {
  it("reports an escape sequence and a text of only invisible characters", async () => {
    const { readFileSync } = await import("node:fs");
    const { join } = await import("node:path");
    const { loadFromTexts } = await import("../../src/load/load.js");
    const { runChecks } = await import("../../src/check/run-checks.js");
    const { FIXTURES } = await import("../helpers.js");
    const dir = join(FIXTURES, "trees/valid/memory");
    const start = readFileSync(join(dir, "start.yaml"), "utf8").replace(
      "text: { nl: Bel nu 112., en: Call 112 now. }",
      'text: { nl: "Bel nu 112.\\u001b[2J", en: "\\u200b\\u2800" }',
    );
    const r = loadFromTexts([{ file: "start.yaml", text: start }], {
      file: "contacts.yaml",
      text: readFileSync(join(dir, "contacts.yaml"), "utf8"),
    });
    expect(r.diagnostics).toEqual([]);
    const ds = runChecks(r.treeSet!, CONFIG, [translations]);
    expect(ds.map((d) => d.messageId)).toEqual(["control-character", "empty"]);
    expect(reported(r.treeSet!, translations).map((x) => x.data)).toEqual([
      { where: { nl: "knoop 'bel-112'", en: "node 'bel-112'" }, field: "text", lang: "nl", code: "U+001B" },
      {
        language: { nl: "Engelse", en: "English" },
        where: { nl: "knoop 'bel-112'", en: "node 'bel-112'" },
        field: "text",
      },
    ]);
  });
});
