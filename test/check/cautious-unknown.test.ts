import { describe, expect, it } from "vitest";
import { join } from "node:path";
import { cautiousUnknown, exemptions, isRealSentence } from "../../src/check/rules/cautious-unknown.js";
import { loadSet, ROOT } from "../helpers.js";
import { brief, check, invalid, reported, VALID } from "./check-helpers.js";

describe("cautious-unknown", () => {
  it("accepts a valid set (its one less cautious unknown carries a justification)", () => {
    expect(check(VALID, [cautiousUnknown])).toEqual([]);
  });

  it("reports an unknown whose most urgent reachable advice is less urgent than a known answer's, at the unknown's next", () => {
    const ds = check(invalid("cautious-unknown"), [cautiousUnknown]);
    // Line 27 is `    unknown: { next: school }` (node 'dwang'): `school` at column 22.
    // Not reported: 'school' (advice on the unknown edge itself) and 'geld' (justified).
    expect(brief(ds)).toEqual(["start.yaml:27:22 error cautious-unknown"]);
    // Answer 'ja' can reach team A at 'spoed'; after "weet ik niet" it comes at most as 'regulier'.
    expect(reported(invalid("cautious-unknown"), cautiousUnknown)).toMatchObject([
      {
        at: "start.yaml:27:22",
        messageId: "reaches-less",
        data: { node: "dwang", contact: "team-a", answer: "ja", level: "spoed", unknownLevel: "regulier" },
      },
    ]);
  });

  it("is skipped on a cyclic graph (it needs the topological order)", () => {
    expect(cautiousUnknown.needsAcyclic).toBe(true);
  });
});

describe("cautious-unknown: guaranteed advice, not only reachable advice", () => {
  const ds = () => check(invalid("cautious-unknown-guarantee"), [cautiousUnknown]);

  it("reports an unknown that can reach a contact but does not give it on every route, and a one-character justification", () => {
    const found = ds();
    expect(found.map((d) => `${brief([d])[0]} ${d.messageId}`)).toEqual([
      // Line 27: `    unknown: { next: hoe-lang }` ('dwang'): `hoe-lang` at column 22.
      "start.yaml:27:22 error cautious-unknown guarantees-less",
      // Line 59: `      next: rustig` ('school'): no exception, because its justification is no sentence.
      "start.yaml:59:13 error cautious-unknown reaches-less",
      // Line 60: `      justification: { nl: ".", en: "." }`: the value at column 22.
      "start.yaml:60:22 error cautious-unknown justification-too-short",
    ]);
    const dwang = found[0]!;
    // After answer 'ja' team A follows on every route as 'spoed'; after "weet ik niet" not on every route.
    expect(reported(invalid("cautious-unknown-guarantee"), cautiousUnknown)[0]).toMatchObject({
      messageId: "guarantees-less",
      data: { node: "dwang", contact: "team-a", answer: "ja", level: "spoed", unknownLevel: "-" },
    });
    // The route that shows it, worked out by hand: 'hoe-lang: nee' then school 'ja' ends at 'rustig', without team A.
    expect(dwang.detail?.at(-1)?.en).toBe(
      "For example this route after 'don't know': hoe-lang: nee › school: ja › -> rustig",
    );
  });

  it("does not report a clarifying follow-up question that 'weet ik niet' shares with the answer ('druk' -> 'wanneer')", () => {
    const nodes = reported(invalid("cautious-unknown-guarantee"), cautiousUnknown).map((r) => r.data.node);
    expect(nodes).toEqual(["dwang", "school", "school"]);
    expect(nodes).not.toContain("druk");
    expect(nodes).not.toContain("wanneer");
  });

  it("lists justified exemptions, and whether the rule would report them without the justification", () => {
    // The valid fixture's one justified unknown ('soort': nothing ticked goes to 'rustig', "weet ik niet" on to team A's tree).
    expect(exemptions(loadSet(VALID)).map((x) => [x.node, x.needed])).toEqual([["soort", true]]);
    const bundled = exemptions(loadSet(join(ROOT, "trees")));
    expect(bundled.map((x) => x.node)).toContain("uitb-vermoeden");
    for (const x of bundled) expect(isRealSentence(x.justification)).toBe(true);
    // The bundled exceptions added with the guarantee check are each needed.
    for (const id of ["bz-soort", "meldcode-vermoeden", "uitb-vermoeden"])
      expect(bundled.find((x) => x.node === id)?.needed, id).toBe(true);
    // 'seksueel-geweld' needed one until walk 6: its "weet ik niet" now leads on to the meldcode, so the rule holds there without it.
    expect(bundled.some((x) => x.node === "seksueel-geweld")).toBe(false);
    // 'jongere-eigen-zorg' likewise until walk table row 26: its "weet ik niet" takes the route of "ja" in every case now.
    expect(bundled.some((x) => x.node === "jongere-eigen-zorg")).toBe(false);
  });

  it.each([
    [{ nl: ".", en: "." }, false],
    [{ nl: "Omdat het zo is.", en: "Because it is so." }, false],
    [{ nl: "Zonder signalen is er geen reden voor spoed.", en: "x" }, false],
    [
      { nl: "Zonder signalen is er geen reden voor spoed.", en: "Without signals there is no reason for urgency." },
      true,
    ],
    [{ nl: "\u200b\u200b\u200b\u200b\u200b", en: "a b c d e" }, false],
  ])("isRealSentence(%j) is %s", (t, expected) => {
    expect(isRealSentence(t)).toBe(expected);
  });
});
