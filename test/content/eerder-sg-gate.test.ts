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

  it("the non-closing outcome names child abuse, the CSG's line for professionals, and the afwegingen one by one", () => {
    const t = text("meldcode-eerst-hulp-eerder-sg");
    expect(t.nl).toMatch(/Seksueel geweld tegen een kind is kindermishandeling\./);
    // After "nee" at the gate the professional knows there is no help: the text says so, not only "u weet niet".
    expect(t.nl).toMatch(/daar is \(nog\) geen hulp voor, of u weet niet of die er is \(geweest\) of geregeld is/);
    // Domain-facts 2.1: the line is 24/7; care for violence longer ago may be in office hours.
    expect(t.nl).toMatch(/de lijn \(0800-0188\) is dag en nacht bereikbaar, ook voor professionals/);
    expect(t.nl).toMatch(/soms op kantoortijden \(controleer dit bij het CSG in uw regio\)/);
    // Unsafety alone makes reporting the norm; "help yourself" is a separate question (domain-facts 1.4, 1.5).
    expect(t.nl).toMatch(/Is er acute of structurele onveiligheid\? Dan is melden bij Veilig Thuis de norm\. Zo niet:/);
    expect(t.nl).not.toMatch(/kunt u zelf effectieve hulp bieden of organiseren\? Zo niet, dan is melden/);
    expect(t.en).toMatch(
      /Is the child acutely or structurally unsafe\? Then reporting to Veilig Thuis is the norm\. If not:/,
    );
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

describe("row 32 (fresh-eyes review): the gate also when sexual violence was stated besides the tick", () => {
  it("stated 'langer geleden' at triage and the tick: ending the help still asks about help for the earlier violence", () => {
    const answers: Record<string, unknown> = { ...helpWorked("unknown"), "seksueel-geweld": "langer-geleden" };
    delete answers["meldcode-afweging-1"]; // implied "ja" by the stated sexual violence
    const { pos, c } = end(answers);
    expect(pos.path).toContain("meldcode-hulp-afsluiten-eerder-sg");
    expect(c.outcome.id).toBe("meldcode-eerst-hulp-eerder-sg");
    expect(c.outcome.closes ?? false).toBe(false);
    expect(end({ ...answers, "meldcode-hulp-afsluiten-eerder-sg": "ja" }).c.outcome.id).toBe("meldcode-hulp-afsluiten");
  });
});
