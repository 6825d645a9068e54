import { describe, expect, it } from "vitest";
import { buildFactGraph } from "../../src/analysis/fact-graph.js";
import { allInvariants, proveInvariant, watchedItems } from "../../src/analysis/invariants.js";
import { declaredInvariants } from "../../src/check/rules/declared-invariants.js";
import type { Invariant } from "../../src/model/tree.js";
import { loadSet } from "../helpers.js";
import { brief, check, invalid, reported, VALID } from "./check-helpers.js";

const FIXTURE = invalid("declared-invariants");

describe("declared-invariants", () => {
  it("proves the invariants of a valid set (a ticked item, and an anyOf over answers incl. unknown)", () => {
    expect(check(VALID, [declaredInvariants])).toEqual([]);
  });

  it("reports a failing invariant at its place, one never applying, and one with too many facts", () => {
    const ds = check(FIXTURE, [declaredInvariants]);
    expect(brief(ds)).toEqual([
      // Line 64 is `  - id: geld-team-a`: the list item's mapping starts at column 5.
      "start.yaml:64:5 error declared-invariants",
      // Line 75 is `    when:` of 'nooit'; its value, the mapping `allOf:`, starts on line 76 at column 7.
      "start.yaml:76:7 warning declared-invariants",
      // Line 85 is `  - id: te-veel`.
      "start.yaml:85:5 error declared-invariants",
    ]);
    expect(reported(FIXTURE, declaredInvariants).map((r) => [r.messageId, r.data.invariant])).toEqual([
      ["violated", "geld-team-a"],
      ["never-applies", "nooit"],
      ["too-many-conditions", "te-veel"],
    ]);
    expect(reported(FIXTURE, declaredInvariants)[2]!.data).toMatchObject({ atoms: 21, max: 20 });
  });

  it("shows one shortest counterexample, question by question, with the ticks that take the route", () => {
    const [d] = check(FIXTURE, [declaredInvariants]);
    expect(d!.detail!.map((l) => l.nl)).toEqual([
      'gevaar: nee ("Nee, er is nu geen direct gevaar")',
      'thuis: ja ("Ja")',
      'school: ja ("Ja")',
      "signalen: otherwise [geld]",
      "-> uitkomst 'rustig' (advies: team-b (advies))",
    ]);
    expect(d!.detail!.at(-1)!.en).toBe("-> outcome 'rustig' (advice: team-b (advies))");
  });

  describe("proveInvariant", () => {
    const set = loadSet(FIXTURE);
    // Watch the items the cases below name, as validate watches what the set's invariants name.
    const graph = buildFactGraph(set, { watch: watchedItems(set, allInvariants(set)) });
    const inv = (when: Invariant["when"], require: Invariant["require"], unless?: Invariant["unless"]): Invariant => ({
      id: "t",
      description: { nl: "t", en: "t" },
      when,
      require,
      ...(unless ? { unless } : {}),
    });

    it.each([
      // 'telefoons' always takes route-1 to team A.
      [
        "a ticked item that always routes to team A",
        inv({ answered: { node: "signalen", answer: "telefoons" } }, { advises: "team-a" }),
        "holds",
      ],
      // Two ticks (geld + spijbelen) take route-2, also team A: only 'geld' alone fails.
      [
        "a ticked item that can take otherwise",
        inv({ answered: { node: "signalen", answer: "geld" } }, { advises: "team-a" }),
        "violated",
      ],
      [
        "a route label as the answer",
        inv({ answered: { node: "signalen", answer: "route-2" } }, { reachesUrgency: "regulier" }),
        "holds",
      ],
      [
        "acute danger reaches acuut",
        inv({ answered: { node: "gevaar", answer: "ja" } }, { reachesUrgency: "acuut" }),
        "holds",
      ],
      [
        "unless excuses the violating paths",
        inv({ visits: "signalen" }, { advises: "team-a" }, { answered: { node: "signalen", answer: "otherwise" } }),
        "holds",
      ],
      ["not over a fact", inv({ visits: "rustig" }, { not: { advises: "team-a" } }), "holds"],
      ["every path advises team A (it does not)", inv({ visits: "gevaar" }, { advises: "team-a" }), "violated"],
    ])("%s", (_name, invariant, expected) => {
      expect(proveInvariant(graph, invariant).kind).toBe(expected);
    });

    it("finds the shortest counterexample: via 112 (1 question) rather than through the chain", () => {
      const r = proveInvariant(graph, inv({ visits: "gevaar" }, { advises: "team-b" }));
      expect(r.kind).toBe("violated");
      if (r.kind !== "violated") return;
      expect(r.steps.map((s) => `${s.node}:${s.edge.label}`)).toEqual(["gevaar:ja"]);
      expect(r.outcome).toBe("bellen");
    });
  });
});
