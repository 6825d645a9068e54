import { describe, expect, it } from "vitest";
import { answerAt, end, set, vignette } from "./content-helpers.js";

// The open findings of the two walk-6 reviews (docs/content.md, walk table rows 15-22): texts say what was
// said, no more, and the decisions taken on the closing routes. Each case is fictional; the answers come
// from a bundled vignette where one fits, changed only where a test says so.

const title = (id: string) => {
  const n = set.nodes.get(id)!.node as { title?: { nl: string; en: string } };
  return n.title!;
};

describe("walk 6, first reviewer's finding 4: closing after 'weet ik niet of er seksueel geweld was'", () => {
  // Walk table row 29: after the gate's "ja" (sexual violence ruled out) the "still in doubt?" brake is gone.
  it("vignette 40 closes after ruling out sexual violence at the gate; the record asks how it was ruled out", () => {
    const { c, actions, record } = end(vignette("40-weet-niet-seksueel-geweld-geen-signalen-uitbuiting.yaml"));
    expect(c.outcome.id).toBe("meldcode-afsluiten");
    expect(actions.some((a) => /Sluit alleen af als die twijfel/.test(a))).toBe(false);
    expect(actions.some((a) => /Twijfelt u nog\? Bel dan eerst het CSG/.test(a))).toBe(false);
    expect(record.some((r) => /Hoe seksueel geweld is uitgesloten/.test(r))).toBe(true);
  });

  it("the same lines at the other closing outcome of the meldcode (help that worked)", () => {
    const { c, actions, record } = end({
      ...vignette("33-weet-niet-of-seksueel-geweld.yaml"),
      "meldcode-termijn": "ja",
      "meldcode-afweging-5": "ja",
      "meldcode-hulp-afsluiten-sg": "ja",
    });
    expect(c.outcome.id).toBe("meldcode-hulp-afsluiten");
    expect(actions.some((a) => /Sluit alleen af als die twijfel/.test(a))).toBe(false);
    expect(record.some((r) => /Hoe seksueel geweld is uitgesloten/.test(r))).toBe(true);
  });

  it("a route that never doubted sexual violence does not get them (vignette 13)", () => {
    const { c, actions, record } = end(vignette("13-meldcode-geen-vermoeden.yaml"));
    expect(c.outcome.id).toBe("meldcode-afsluiten");
    expect(actions.join(" ")).not.toMatch(/seksueel geweld/);
    expect(record.join(" ")).not.toMatch(/seksueel geweld/);
  });
});

describe("walk 6, first reviewer's finding 5: 'anoniem vertellen' and no own worry", () => {
  it("the question itself says that a young person telling about their own situation is 'ja' or 'weet ik niet'", () => {
    const q = set.nodes.get("jongere-eigen-zorg")!.node as { text: { nl: string; en: string } };
    expect(q.text.nl).toMatch(/iets wat hem of haar zelf overkomt.*Kies dan 'ja' of 'weet ik niet'/);
    expect(q.text.en).toMatch(/something that is happening to them.*Then choose 'yes' or 'don't know'/);
  });

  it("vignette 14 (asking for a friend) still closes, with the friend's own places and a record line on whom it was about", () => {
    const { c, actions, record } = end(vignette("14-jongere-anoniem-vertellen.yaml"));
    expect(c.outcome.id).toBe("jongere-verwezen");
    expect(
      actions.some((a) => /Vroeg de jongere voor een vriend of vriendin\?.*Veilig Thuis geeft advies/.test(a)),
    ).toBe(true);
    expect(record.some((r) => /Over wie de jongere wilde vertellen.*geen naam/.test(r))).toBe(true);
  });

  it("'praten' alone does not get the friend line", () => {
    const { actions } = end({ ...vignette("14-jongere-anoniem-vertellen.yaml"), "jongere-behoefte": ["praten"] });
    expect(actions.join(" ")).not.toMatch(/vriend/);
  });
});

describe("walk 6, first reviewer's finding 7: texts after 'weet ik niet' do not state it as fact", () => {
  // Less-knowing case: nothing ticked, only 'weet ik niet' online, no suspicion.
  const onlineUnknown = {
    "acuut-gevaar": "nee",
    vermist: "nee",
    "onveilig-komende-dagen": "nee",
    "seksueel-geweld": "nee",
    "zorg-soort": ["uitbuiting"],
    "uitb-signalen-seksueel": [],
    "uitb-signalen-crimineel": [],
    "uitb-risicofactoren": [],
    "uitb-online": "unknown",
    "uitb-arbeid": "nee",
    "uitb-vermoeden": "nee",
    "meldcode-vermoeden": "mishandeling",
    "meldcode-verteld": "nee",
    "meldcode-stap-3": "ja",
    "meldcode-onthulling": "nee",
    "meldcode-afweging-1": "ja",
    "meldcode-afweging-2": "unknown",
  };

  it("online 'weet ik niet' passes 'overleg eerst' under a title that does not say signals were seen", () => {
    const { pos } = end(onlineUnknown);
    expect(pos.path).toContain("uitb-overleg-eerst");
    expect(title("uitb-overleg-eerst").nl).not.toMatch(/gezien/);
    expect(title("uitb-overleg-eerst").en).not.toMatch(/seen/);
  });

  it("afweging 2 'weet ik niet' ends at a report whose title and record say 'mogelijk' / 'could not rule out'", () => {
    const { c, record } = end(onlineUnknown);
    expect(c.outcome.id).toBe("meldcode-melden-onveilig");
    expect(c.outcome.title.nl).toMatch(/^\(Mogelijk\) acute of structurele onveiligheid/);
    expect(c.outcome.title.en).toMatch(/may be acutely or structurally unsafe/);
    expect(record.some((r) => /Stap 4: .*of waarom u die niet kon uitsluiten/.test(r))).toBe(true);
  });
});

describe("walk 6, second reviewer's finding 7: the implied own worry records what was said", () => {
  const young = {
    "acuut-gevaar": "nee",
    vermist: "nee",
    "seksueel-geweld": "nee",
    "zorg-soort": ["jongere"],
    "jongere-behoefte": ["praten"],
    "meldcode-online": "nee",
    "meldcode-vermoeden": "mishandeling",
    "meldcode-verteld": "nee",
    "meldcode-stap-3": "ja",
    "meldcode-onthulling": "nee",
  };
  const implied = (answers: Record<string, unknown>) => answerAt(answers, "jongere-eigen-zorg");

  it("'weet ik niet' on safety in the coming days: implied 'weet ik niet', saying the professional was not sure", () => {
    const a = implied({ ...young, "onveilig-komende-dagen": "unknown" });
    expect(a?.answer).toBe("unknown");
    expect(a?.implied?.nl).toMatch(/wist eerder niet zeker/);
  });

  it("a sure 'ja' on safety in the coming days: implied 'ja', with 'u meldde eerder gevaar'", () => {
    const a = implied({ ...young, "onveilig-komende-dagen": "ja" });
    expect(a?.answer).toBe("ja");
    expect(a?.implied?.nl).toMatch(/u meldde eerder gevaar/);
  });
});

describe("walk 6, second reviewer's finding 8: one 'overleg eerst' screen on the criminal-help route", () => {
  it("vignette 42 passes uitb-jongere-crimineel, which says 'sluit niet af zonder dat advies', and not uitb-overleg-eerst", () => {
    const { pos } = end(vignette("42-jongere-zoekt-hulp-criminele-uitbuiting.yaml"));
    expect(pos.path).toContain("uitb-jongere-crimineel");
    expect(pos.path).not.toContain("uitb-overleg-eerst");
    const n = set.nodes.get("uitb-jongere-crimineel")!.node as { text: { nl: string } };
    expect(n.text.nl).toMatch(/Sluit niet af zonder dat advies/);
  });
});
