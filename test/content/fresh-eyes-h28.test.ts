import { describe, expect, it } from "vitest";
import { conclude } from "../../src/engine/engine.js";
import { replayCase } from "../helpers.js";
import { set, vignette } from "./content-helpers.js";

// Walk table rows 28-29 (docs/content.md): the gate on the doubt about sexual violence is one-way, and it only
// stands while the doubt does. Fictional cases; expected texts are the trees' own wording, checked by hand.

type Q = { text: { nl: string }; answers: { id: string; label: { nl: string }; sets?: string[] }[] };

describe("row 28: the gate asks whether sexual violence is ruled out, not whether the doubt is gone", () => {
  for (const id of ["meldcode-afsluiten-sg", "meldcode-hulp-afsluiten-sg"]) {
    it(`${id}: 'ja' means ruled out and sets sg-uitgesloten; 'nee' covers 'er was wel seksueel geweld'`, () => {
      const q = set.nodes.get(id)!.node as unknown as Q;
      expect(q.text.nl).toMatch(/uitgesloten dat het kind seksueel geweld meemaakte/);
      expect(q.text.nl).not.toMatch(/twijfel .*weg/);
      const ja = q.answers.find((a) => a.id === "ja")!;
      expect(ja.label.nl).toMatch(/^Ja, er is geen vermoeden van seksueel geweld meer/);
      expect(ja.sets).toEqual(["sg-uitgesloten"]);
      const nee = q.answers.find((a) => a.id === "nee")!;
      expect(nee.label.nl).toMatch(/er was wel seksueel geweld/);
    });
  }

  it("vignette 45 ('nee') does not close: the CSG at acuut, and the text covers sexual violence that did happen", () => {
    const pos = replayCase(set, vignette("45-twijfel-seksueel-geweld-niet-afsluiten.yaml"));
    const c = conclude(set, pos)!;
    expect(c.outcome.id).toBe("meldcode-eerst-advies-csg");
    expect(c.outcome.closes ?? false).toBe(false);
    expect(c.advice.find((a) => a.contact === "csg")?.urgency).toBe("acuut");
  });
});
