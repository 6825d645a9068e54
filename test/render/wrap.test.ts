import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { stripVTControlCharacters as strip } from "node:util";
import { describe, expect, it } from "vitest";
import { displayWidth, wrapBeside, wrapText, wrapWords } from "../../src/render/wrap.js";
import { makeStyle } from "../../src/render/style.js";

describe("wrapText", () => {
  it("breaks at word boundaries, never inside a word", () => {
    // By hand, at 24 columns: "Bespreek de signalen" (20) + " zonder" would be 27.
    expect(wrapText("Bespreek de signalen zonder de ouders als dat niet veilig is.", 24)).toBe(
      "Bespreek de signalen\nzonder de ouders als dat\nniet veilig is.",
    );
  });

  it("leaves text alone without a width (output that is not a terminal)", () => {
    const long = "woord ".repeat(40).trim();
    expect(wrapText(long, undefined)).toBe(long);
  });

  it("keeps list items and indented lines hanging under their text", () => {
    // 26 columns beside "  - ": "hoorde, met de datum erbij." is 27.
    expect(wrapText("  - Leg vast wat u zag en hoorde, met de datum erbij.", 30)).toBe(
      "  - Leg vast wat u zag en\n    hoorde, met de datum\n    erbij.",
    );
    expect(wrapText("12. Testteam A: advies voor de test en meer tekst.", 30)).toBe(
      "12. Testteam A: advies voor de\n    test en meer tekst.",
    );
    expect(wrapText("   Waarom: meerdere signalen tegelijk gezien.", 30)).toBe(
      "   Waarom: meerdere signalen\n   tegelijk gezien.",
    );
    // An implied answer on the check page: 33 columns beside "     ↳ "; "... Is het" would be 34.
    expect(wrapText("     ↳ Afgeleid uit uw antwoorden: Is het kind de komende dagen niet veilig?", 40)).toBe(
      "     ↳ Afgeleid uit uw antwoorden: Is\n       het kind de komende dagen niet\n       veilig?",
    );
  });

  it("counts wide characters as two columns", () => {
    expect(displayWidth("漢字")).toBe(4);
    // 20 columns: five two-column words of 2 characters each, with spaces: 4+1+4+1+4+1+4 = 19; the fifth goes down.
    const out = wrapText("漢字 漢字 漢字 漢字 漢字", 20);
    expect(out).toBe("漢字 漢字 漢字 漢字\n漢字");
    for (const line of out.split("\n")) expect(displayWidth(line)).toBeLessThanOrEqual(20);
  });

  it("does not count colour codes, and keeps them", () => {
    const style = makeStyle(true);
    const coloured = `${style.red("Bel nu 112")} als er direct gevaar is voor het kind of een ander.`;
    const out = wrapText(coloured, 30);
    expect(strip(out)).toBe("Bel nu 112 als er direct\ngevaar is voor het kind of een\nander.");
    expect(out).toContain("\u001b[31m");
    for (const line of out.split("\n")) expect(displayWidth(line)).toBeLessThanOrEqual(30);
  });

  it("leaves a web address longer than the line whole", () => {
    const url = "https://www.example.org/een/heel/lang/pad/naar/de/juiste/pagina";
    expect(wrapText(`Zie ${url} voor meer.`, 30)).toBe(`Zie\n${url}\nvoor meer.`);
  });

  it("treats a tiny terminal as 20 columns", () => {
    expect(wrapText("een twee drie vier vijf zes zeven", 5)).toBe("een twee drie vier\nvijf zes zeven");
  });
});

describe("wrapBeside", () => {
  it("wraps beside a marker and indents the following lines by its width", () => {
    expect(wrapBeside("Het kind heeft plotseling veel geld of dure spullen", 30, 3)).toBe(
      "Het kind heeft plotseling\n   veel geld of dure spullen",
    );
  });
});

describe("wrapWords", () => {
  it("breaks at word boundaries with no minimum width (the flowcharts' narrow boxes)", () => {
    // By hand, at 12 columns: "Heeft opeens" is 12; "dure spullen" is 12.
    expect(wrapWords("Heeft opeens dure spullen", 12)).toEqual(["Heeft opeens", "dure spullen"]);
    expect(wrapWords("een twee drie", 5)).toEqual(["een", "twee", "drie"]);
  });

  it("is the one place that calls the wrapping library: every other file wraps through wrap.ts", () => {
    const src = join(import.meta.dirname, "../../src");
    const files = readdirSync(src, { recursive: true, encoding: "utf8" }).filter((f) => f.endsWith(".ts"));
    const callers = files.filter((f) => /from "fast-wrap-ansi"/.test(readFileSync(join(src, f), "utf8")));
    expect(callers.map((f) => f.replace(/\\/g, "/"))).toEqual(["render/wrap.ts"]);
  });
});
