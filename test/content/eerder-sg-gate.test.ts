import { describe, expect, it } from "vitest";
import { end, set, vignette } from "./content-helpers.js";

// Walk table row 32 (docs/content.md): with the risk factor "heeft eerder seksueel geweld meegemaakt" ticked,
// closing needs the answer that there is (or was) help for it, or that it has been arranged. Fictional cases;
// answers from vignettes 43 and 46, changed only where a test says so. Expected texts are the trees' own
// wording, checked by hand against domain-facts 1.4-1.6 and 2.1.

const v43 = () => vignette("43-eerder-seksueel-geweld-risicofactor.yaml");
const v46 = () => vignette("46-eerder-seksueel-geweld-hulp-onbekend.yaml");
const text = (id: string) => (set.nodes.get(id)!.node as unknown as { text: { nl: string; en: string } }).text;

/** The "help worked" route of vignette 43: afweging 1 "ja", help offered, the period over, afweging 5 "ja". */
const helpWorked = (gate: string) => {
  const rest = { ...v43() };
  delete rest["meldcode-afweging-1"];
  delete rest["meldcode-afsluiten-eerder-sg"];
  return {
    ...rest,
    "meldcode-afweging-1": "ja",
    "meldcode-afweging-2": "nee",
    "meldcode-afweging-3": "ja",
    "meldcode-afweging-4": "ja",
    "meldcode-termijn": "ja",
    "meldcode-afweging-5": "ja",
    "meldcode-hulp-afsluiten-eerder-sg": gate,
  };
};

describe("row 32: earlier sexual violence ticked, then afweging 1 'nee'", () => {
  it("vignette 46 ('weet ik niet' at the gate) does not close; the CSG stays at regulier with its reason", () => {
    const { pos, c, actions } = end(v46());
    expect(pos.path).toContain("meldcode-afsluiten-eerder-sg");
    expect(c.outcome.id).toBe("meldcode-eerst-hulp-eerder-sg");
    expect(c.outcome.closes ?? false).toBe(false);
    const csg = c.advice.find((a) => a.contact === "csg")!;
    expect(csg.urgency).toBe("regulier");
    expect(csg.why.map((w) => w.nl).join(" ")).toMatch(/helpt ook als het langer dan 7 dagen geleden is/);
    expect(actions.some((a) => a.startsWith("Sluit nog niet af."))).toBe(true);
  });

  it("'nee' at the gate ends at the same outcome", () => {
    const { c } = end({ ...v46(), "meldcode-afsluiten-eerder-sg": "nee" });
    expect(c.outcome.id).toBe("meldcode-eerst-hulp-eerder-sg");
  });

  it("the non-closing outcome names child abuse, the CSG for violence longer ago, and the meldcode's next step", () => {
    const t = text("meldcode-eerst-hulp-eerder-sg");
    expect(t.nl).toMatch(/Seksueel geweld tegen een kind is kindermishandeling, ook als het langer geleden is/);
    expect(t.nl).toMatch(/het CSG helpt ook bij seksueel geweld van langer geleden/);
    expect(t.nl).toMatch(/ga verder met de afwegingen: is er acute of structurele onveiligheid/);
    expect(t.nl).toMatch(/melden bij Veilig Thuis de norm/);
    expect(t.en).toMatch(/Sexual violence against a child is child abuse/);
  });

  it("after 'ja' (vignette 43) it closes; no action line contradicts the answer, and the end text no longer says there was no sexual violence", () => {
    const { c, actions, record } = end(v43());
    expect(c.outcome.id).toBe("meldcode-afsluiten");
    expect(actions.some((a) => /eerder seksueel geweld meemaakte\. Sluit alleen af/.test(a))).toBe(false);
    expect(record.some((r) => /welke hulp er was, is of geregeld is, wie die hulp geeft of gaf/.test(r))).toBe(true);
    // The tick says the child did experience sexual violence: the closing text speaks of now and of a threat.
    const t = text("meldcode-afsluiten");
    expect(t.nl).not.toMatch(/geen vermoeden \(meer\) van huiselijk geweld, kindermishandeling, seksueel geweld/);
    expect(t.nl).toMatch(/geen vermoeden \(meer\) dat het kind nu .*seksueel geweld .* meemaakt, of dat dit dreigt/);
  });
});

describe("row 32: the same gate before ending help that worked", () => {
  it("'weet ik niet' does not close", () => {
    const { pos, c } = end(helpWorked("unknown"));
    expect(pos.path).toContain("meldcode-hulp-afsluiten-eerder-sg");
    expect(c.outcome.id).toBe("meldcode-eerst-hulp-eerder-sg");
  });

  it("'ja' ends the help, records the help for the earlier violence, and shows no contradicting action line", () => {
    const { c, actions, record } = end(helpWorked("ja"));
    expect(c.outcome.id).toBe("meldcode-hulp-afsluiten");
    expect(actions.some((a) => /eerder seksueel geweld meemaakte\. Sluit alleen af/.test(a))).toBe(false);
    expect(record.some((r) => /^Het eerdere seksuele geweld: wat u erover weet/.test(r))).toBe(true);
  });
});
