import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";
import { fill, fillText, MESSAGES, mf, type MessageKey } from "../../src/i18n/messages.js";
import { ALL_RULES } from "../../src/check/rules/index.js";
import { ROOT } from "../helpers.js";

/** The names a template fills in, each once: `{name}` and the plural form `{n:one|other}` both name n. */
const placeholders = (s: string) =>
  [...new Set([...s.matchAll(/\{(\w+)(?::[^{}|]*\|[^{}|]*)?\}/g)].map((m) => m[1]))].sort();

describe("the message store", () => {
  it("fills {placeholders} in one pass: a value is never read as a template, an unknown name stays", () => {
    expect(fill("{a} en {b}", "nl", { a: "{b}", b: "twee" })).toBe("{b} en twee");
    expect(fill("{a} {missing}", "en", { a: 1 })).toBe("1 {missing}");
    expect(fill("$& {a}", "en", { a: "$1" })).toBe("$& $1");
    // A Text gives each language its own words.
    expect(fillText({ nl: "de {what}", en: "the {what}" }, { what: { nl: "boom", en: "tree" } })).toEqual({
      nl: "de boom",
      en: "the tree",
    });
    expect(mf("diffMore", "nl", { n: 3 })).toBe("... en nog 3 meer");
    expect(placeholders("{a} {n:een|twee} {n} {b}")).toEqual(["a", "b", "n"]);
  });

  it("has every message in both languages, with the same placeholders in each", () => {
    for (const [key, text] of Object.entries(MESSAGES)) {
      expect(text.nl.trim(), key).not.toBe("");
      expect(text.en.trim(), key).not.toBe("");
      expect(placeholders(text.nl), key).toEqual(placeholders(text.en));
    }
    for (const rule of ALL_RULES) {
      for (const [id, text] of Object.entries(rule.messages))
        expect(placeholders(text.nl), `${rule.id} ${id}`).toEqual(placeholders(text.en));
    }
  });
});

describe("counts take the word for their number (1 vraag, 2 vragen)", () => {
  // Each written out by hand, for 1 and for 2, in both languages.
  const cases: [MessageKey, Record<string, number | string>, string, string][] = [
    ["toGo", { n: 1 }, "nog 1 vraag", "1 question to go"],
    ["toGo", { n: 2 }, "nog 2 vragen", "2 questions to go"],
    ["statLongestValue", { n: 1 }, "1 vraag", "1 question"],
    ["statLongestValue", { n: 2 }, "2 vragen", "2 questions"],
    ["statLongestTo", { n: 1, outcome: "x" }, "1 vraag, naar 'x'", "1 question, to 'x'"],
    ["statLongestTo", { n: 2, outcome: "x" }, "2 vragen, naar 'x'", "2 questions, to 'x'"],
    [
      "statsKinds",
      { question: 1, checklist: 1, info: 1, link: 1, branch: 1, outcome: 1 },
      "1 vraag, 1 checklist, 1 informatiestap, 1 verwijzing, 1 vertakking op eerdere antwoorden, 1 uitkomst",
      "1 question, 1 checklist, 1 info step, 1 link, 1 branch on earlier answers, 1 outcome",
    ],
    [
      "statsKinds",
      { question: 2, checklist: 2, info: 2, link: 2, branch: 2, outcome: 2 },
      "2 vragen, 2 checklists, 2 informatiestappen, 2 verwijzingen, 2 vertakkingen op eerdere antwoorden, 2 uitkomsten",
      "2 questions, 2 checklists, 2 info steps, 2 links, 2 branches on earlier answers, 2 outcomes",
    ],
    [
      "practiceStoppedSame",
      { n: 1 },
      "U stopte na 1 antwoord; tot daar was uw route dezelfde als die van het modelantwoord.",
      "You stopped after 1 answer; up to there your route was the model answer's.",
    ],
    [
      "practiceStoppedSame",
      { n: 2 },
      "U stopte na 2 antwoorden; tot daar was uw route dezelfde als die van het modelantwoord.",
      "You stopped after 2 answers; up to there your route was the model answer's.",
    ],
    [
      "practiceSummaryHeading",
      { n: 1, s: 1 },
      "Klassenoverzicht: 1 oefenresultaat; casussen: 1",
      "Class summary: 1 practice result; cases: 1",
    ],
    [
      "practiceSummaryHeading",
      { n: 2, s: 1 },
      "Klassenoverzicht: 2 oefenresultaten; casussen: 1",
      "Class summary: 2 practice results; cases: 1",
    ],
    [
      "practiceSummaryCounts",
      { n: 1, finished: 1, same: 0 },
      "1 resultaat, 1 afgerond, 0 met dezelfde contacten als het modelantwoord",
      "1 result, 1 finished, 0 with the model answer's contacts",
    ],
    [
      "practiceSummaryCounts",
      { n: 2, finished: 1, same: 0 },
      "2 resultaten, 1 afgerond, 0 met dezelfde contacten als het modelantwoord",
      "2 results, 1 finished, 0 with the model answer's contacts",
    ],
    [
      "valTooManyWarnings",
      { count: 1, max: 0 },
      "1 waarschuwing, meer dan --max-warnings 0 toestaat.",
      "1 warning, more than --max-warnings 0 allows.",
    ],
    [
      "valTooManyWarnings",
      { count: 2, max: 1 },
      "2 waarschuwingen, meer dan --max-warnings 1 toestaat.",
      "2 warnings, more than --max-warnings 1 allows.",
    ],
  ];
  it.each(cases)("%s %j", (key, values, nl, en) => {
    expect(mf(key, "nl", values)).toBe(nl);
    expect(mf(key, "en", values)).toBe(en);
  });

  it("the total of paths (bigint digits) and the age of contact details in months", () => {
    expect(mf("pathsCounted", "nl", { start: "s", total: "1" })).toMatch(/Totaal: 1 route\.$/);
    expect(mf("pathsCounted", "en", { start: "s", total: "2" })).toMatch(/Total: 2 routes\.$/);
    expect(mf("pathsCounted", "nl", { start: "s", total: "123456789012345678901234567890" })).toMatch(
      /Totaal: 123456789012345678901234567890 routes\.$/,
    );
    const region = (months: number, lang: "nl" | "en") => mf("regionStale", lang, { verified: "2020-01-01", months });
    expect(region(1, "nl")).toContain("gecontroleerd op 2020-01-01, meer dan 1 maand geleden.");
    expect(region(2, "nl")).toContain("meer dan 2 maanden geleden.");
    expect(region(1, "en")).toContain("verified on 2020-01-01, more than 1 month ago.");
    expect(region(2, "en")).toContain("more than 2 months ago.");
    const stale = ALL_RULES.find((r) => r.id === "contact-freshness")!.messages.stale!;
    const rule = (months: number) => fillText(stale, { contact: "c", verified: "2020-01-01", months });
    expect(rule(1).nl).toContain("meer dan 1 maand geleden.");
    expect(rule(1).en).toContain("more than 1 month ago.");
    expect(rule(2).nl).toContain("meer dan 2 maanden geleden.");
    expect(rule(2).en).toContain("more than 2 months ago.");
  });
});

/** Every .ts file under src/, relative to the root. */
function sources(dir = join(ROOT, "src")): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sources(path) : path.endsWith(".ts") ? [relative(ROOT, path)] : [];
  });
}

// Where an inline {nl, en} text is the point: the store itself, a rule's own messages (ESLint's meta.messages)
// and the pieces of them, the discouraged-terms list (content, like the trees), an empty text.
const TEXT_TABLES = new Set([
  "src/i18n/messages.ts",
  "src/check/terms.ts",
  "src/check/texts.ts",
  "src/analysis/route-diff.ts",
  "src/check/terms-file.ts",
]);

describe("one message store: no user text written in place", () => {
  it('no `lang === "nl" ? … : …` and no inline {nl, en} message outside the store and the rules\' own tables', () => {
    const found: Record<string, number> = {};
    for (const file of sources()) {
      if (TEXT_TABLES.has(file) || file.startsWith("src/check/rules/")) continue;
      const text = readFileSync(join(ROOT, file), "utf8");
      // A ternary may span lines (Prettier breaks long ones). (Choosing a language itself, `lang === "nl" ? "en" : "nl"`, is no message.)
      const ternaries = text.match(/\blang === "(nl|en)"\s*\?\s*(?!"(nl|en)")["`]/g) ?? [];
      const literals = text.match(/\{[ \t]*nl:[ \t]*["`]|^[ \t]*nl:[ \t]*["`]/gm) ?? [];
      const n = ternaries.length + literals.length;
      if (n > 0) found[file] = n;
    }
    // None: every user text outside the tables above has an id in the store.
    expect(found).toEqual({});
  });
});
