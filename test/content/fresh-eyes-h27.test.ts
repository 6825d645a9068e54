import { describe, expect, it } from "vitest";
import { answerAt, end, vignette } from "./content-helpers.js";

// The fresh-eyes review after walk table row 22 (docs/content.md, rows 23-27): what the professional reads and
// what the record keeps on the changed routes. Each case is fictional; answers come from a bundled vignette
// where one fits, changed only where a test says so. Expected texts are the trees' own wording, checked by hand.

const closeLine = (actions: string[]) => actions.findIndex((a) => a.startsWith("Sluit af en leg vast"));

describe("row 23: earlier sexual violence ticked as a risk factor", () => {
  // Walk table row 32 replaced the action line ("Sluit alleen af als daar hulp voor is …") by a gate:
  // eerder-sg-gate.test.ts checks the gate and what the closing screen says after its "ja".
  it("vignette 43 goes through the meldcode and, closing, records the earlier violence and its help", () => {
    const { pos, c, record } = end(vignette("43-eerder-seksueel-geweld-risicofactor.yaml"));
    expect(pos.path).toContain("meldcode-stap-1");
    expect(pos.path).not.toContain("uitb-alert");
    expect(c.outcome.id).toBe("meldcode-afsluiten");
    expect(record.some((r) => /^Het eerdere seksuele geweld: wat u erover weet/.test(r))).toBe(true);
  });

  it("the CSG reason tells to start again with the earlier answer when it was less than 7 days ago", () => {
    const { c } = end(vignette("43-eerder-seksueel-geweld-risicofactor.yaml"));
    const csg = c.advice.find((a) => a.contact === "csg")!;
    expect(csg.why.map((w) => w.nl).join(" ")).toMatch(
      /korter dan 7 dagen geleden, of weet u niet wanneer\? .*start de tool opnieuw/,
    );
  });
});

describe("row 25: an unsure danger answer implies 'weet ik niet' at afweging 1 and 2", () => {
  const base = {
    vermist: "nee",
    "seksueel-geweld": "nee",
    "zorg-soort": ["mishandeling"],
    "meldcode-online": "nee",
    "meldcode-vermoeden": "mishandeling",
    "meldcode-verteld": "nee",
    "meldcode-stap-3": "ja",
    "meldcode-onthulling": "nee",
  };
  it("'weet ik niet' on danger: both implied 'weet ik niet', saying the professional was not sure; same report", () => {
    const answers = { ...base, "acuut-gevaar": "unknown" };
    for (const node of ["meldcode-afweging-1", "meldcode-afweging-2"]) {
      const a = answerAt(answers, node);
      expect(a?.answer, node).toBe("unknown");
      // Walk table row 33: the reason names only what was unsure (implied-unsure-reasons.test.ts has each case).
      expect(a?.implied?.nl, node).toMatch(/wordt niet gesteld: u wist eerder niet zeker of er direct gevaar is\. /);
    }
    expect(end(answers).c.outcome.id).toBe("meldcode-melden-onveilig");
  });
  it("a sure 'ja' on danger: both implied 'ja'", () => {
    const answers = { ...base, "acuut-gevaar": "ja" };
    expect(answerAt(answers, "meldcode-afweging-1")?.answer).toBe("ja");
    expect(answerAt(answers, "meldcode-afweging-2")?.answer).toBe("ja");
  });
});

describe("row 26: texts say what was said", () => {
  it("the implied own worry names only the answer that was unsure, without 'of of'", () => {
    const young = {
      "acuut-gevaar": "nee",
      vermist: "nee",
      "onveilig-komende-dagen": "unknown",
      "seksueel-geweld": "nee",
      "zorg-soort": ["jongere"],
      "jongere-behoefte": ["praten"],
      "meldcode-online": "nee",
      "meldcode-vermoeden": "mishandeling",
      "meldcode-verteld": "nee",
      "meldcode-stap-3": "ja",
      "meldcode-onthulling": "nee",
    };
    const a = answerAt(young, "jongere-eigen-zorg");
    expect(a?.answer).toBe("unknown");
    expect(a?.implied?.nl).toMatch(/niet zeker of het kind de komende dagen veilig is/);
    expect(a?.implied?.nl).not.toMatch(/direct gevaar|vermist|of of/);
  });

  it("a closing route with signals of exploitation records the care coordinator's advice (vignette 32)", () => {
    const { c, record } = end(vignette("32-signalen-geen-vermoeden-na-advies-zc.yaml"));
    expect(c.outcome.id).toBe("meldcode-afsluiten");
    expect(record.some((r) => /Het advies van de zorgcoördinator mensenhandel om af te sluiten: wie/.test(r))).toBe(
      true,
    );
  });

  it("a closing route without signals does not get that line (vignette 13)", () => {
    const { record } = end(vignette("13-meldcode-geen-vermoeden.yaml"));
    expect(record.join(" ")).not.toMatch(/zorgcoördinator/);
  });
});

describe("row 27: closing after 'weet ik niet of er seksueel geweld was' asks whether the doubt is gone", () => {
  // Walk table row 29: the gate's "ja" rules sexual violence out, so the "still in doubt?" line no longer shows.
  it("vignette 40 answers 'ja' at the gate and closes, without the 'still in doubt?' line", () => {
    const { pos, c, actions } = end(vignette("40-weet-niet-seksueel-geweld-geen-signalen-uitbuiting.yaml"));
    expect(pos.path).toContain("meldcode-afsluiten-sg");
    expect(c.outcome.id).toBe("meldcode-afsluiten");
    expect(closeLine(actions)).toBeGreaterThanOrEqual(0);
    expect(actions.findIndex((a) => /Sluit alleen af als die twijfel/.test(a))).toBe(-1);
  });

  it("vignette 45 answers 'nee' and does not close: the CSG at acuut", () => {
    const { c } = end(vignette("45-twijfel-seksueel-geweld-niet-afsluiten.yaml"));
    expect(c.outcome.id).toBe("meldcode-eerst-advies-csg");
    expect(c.advice.find((a) => a.contact === "csg")?.urgency).toBe("acuut");
  });
});
