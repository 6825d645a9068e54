import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";
import { fill, fillText, MESSAGES, mf } from "../../src/i18n/messages.js";
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
      // (Choosing a language itself, `lang === "nl" ? "en" : "nl"`, is no message.)
      const ternaries = text.match(/\blang === "(nl|en)"\s*\?\s*(?!"(nl|en)")["`]/g) ?? [];
      const literals = text.match(/\{[ \t]*nl:[ \t]*["`]|^[ \t]*nl:[ \t]*["`]/gm) ?? [];
      const n = ternaries.length + literals.length;
      if (n > 0) found[file] = n;
    }
    // None: every user text outside the tables above has an id in the store.
    expect(found).toEqual({});
  });
});
