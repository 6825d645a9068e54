import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { allTexts } from "../../src/check/texts.js";
import { loadSet, ROOT } from "../helpers.js";

// Walk 2026-12-02, findings 6 and 7: facts that domain-facts.md does not carry (or marks UNCONFIRMED) are shown
// with "controleer" and where, and the step-2 consultation names letselduiding (domain-facts 1.2: "some
// meldcodes add" it; interventieacademie names it as a consultation option).
const set = loadSet(join(ROOT, "trees"));
const texts = allTexts(set);

describe("facts outside the main reference", () => {
  it("every text that offers an anonymous talk with the zedenpolitie says to check it, and where", () => {
    const claims = texts.filter((t) => /zedenpolitie/.test(t.text.nl) && /(anoniem|zonder namen)/.test(t.text.nl));
    expect(claims.length).toBeGreaterThanOrEqual(2);
    for (const t of claims) {
      expect(t.text.nl, `${t.owner}/${t.node ?? ""}`).toMatch(/[Cc]ontroleer[^.]*politie\.nl/);
      expect(t.text.en, `${t.owner}/${t.node ?? ""}`).toMatch(/[Cc]heck[^.]*politie\.nl/);
    }
  });

  it("step 2 names letselduiding as a consultation for injuries, and says to check the own meldcode", () => {
    const step2 = texts.filter((t) => t.node === "meldcode-stap-2" && /letselduiding/.test(t.text.nl));
    expect(step2.length).toBe(1);
    expect(step2[0]!.text.nl).toMatch(/letselduiding[^.]*; controleer of de meldcode van uw organisatie/);
    expect(step2[0]!.text.en).toMatch(/letselduiding[^.]*; check whether your organisation's meldcode/);
  });
});
