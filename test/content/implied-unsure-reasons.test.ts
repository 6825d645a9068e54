import { describe, expect, it } from "vitest";
import { answerAt, end } from "./content-helpers.js";

// Walk table row 33 (docs/content.md): after unsure answers on danger, a missing child or safety in the coming
// days, the implied "weet ik niet" at onveilig-komende-dagen and at afweging 1 and 2 names only what was
// unsure (as jongere-eigen-zorg did since row 26). Fictional cases; expected texts checked by hand.

const base = {
  "seksueel-geweld": "nee",
  "zorg-soort": ["mishandeling"],
  "meldcode-vermoeden": "mishandeling",
  "meldcode-verteld": "nee",
  "meldcode-stap-3": "ja",
  "meldcode-onthulling": "nee",
};

/** A (possibly) missing child also walks the exploitation part (nothing seen there), which asks about online itself. */
const nothingSeen = {
  "uitb-signalen-seksueel": [],
  "uitb-signalen-crimineel": [],
  "uitb-risicofactoren": [],
  "uitb-online": "nee",
  "uitb-arbeid": "nee",
  "uitb-vermoeden": "nee",
};

const DANGER = /direct gevaar/;
const MISSING = /vermist/;
const DAYS = /de komende dagen veilig/;

/** Each unsure combination, the nodes where it implies "weet ik niet", and which words the reason must and must not use. */
const CASES = [
  {
    name: "only danger unsure",
    answers: { "acuut-gevaar": "unknown", vermist: "nee", "meldcode-online": "nee" },
    nodes: ["onveilig-komende-dagen", "meldcode-afweging-1", "meldcode-afweging-2"],
    names: [DANGER],
    not: [MISSING],
  },
  {
    name: "only a missing child unsure",
    answers: { "acuut-gevaar": "nee", vermist: "unknown", ...nothingSeen },
    nodes: ["onveilig-komende-dagen", "meldcode-afweging-1", "meldcode-afweging-2"],
    names: [MISSING],
    not: [DANGER],
  },
  {
    name: "danger and a missing child unsure",
    answers: { "acuut-gevaar": "unknown", vermist: "unknown", ...nothingSeen },
    nodes: ["onveilig-komende-dagen", "meldcode-afweging-1", "meldcode-afweging-2"],
    names: [DANGER, MISSING],
    not: [],
  },
  {
    name: "only the coming days unsure",
    answers: { "acuut-gevaar": "nee", vermist: "nee", "onveilig-komende-dagen": "unknown", "meldcode-online": "nee" },
    nodes: ["meldcode-afweging-1", "meldcode-afweging-2"],
    names: [DAYS],
    not: [DANGER, MISSING],
  },
];

describe("row 33: an implied 'weet ik niet' names only what was unsure", () => {
  for (const { name, answers, nodes, names, not } of CASES)
    it(name, () => {
      const all = { ...base, ...answers };
      for (const node of nodes) {
        const a = answerAt(all, node);
        expect(a?.answer, node).toBe("unknown");
        const nl = a!.implied!.nl;
        expect(nl, node).toMatch(/niet zeker/);
        for (const re of names) expect(nl, `${node} names ${re}`).toMatch(re);
        for (const re of not) expect(nl, `${node} does not name ${re}`).not.toMatch(re);
        expect(nl, node).not.toMatch(/, of dat het kind \(mogelijk\)|, of niet zeker of/);
      }
      // Same route as before: the unsure answers still go on as acute unsafety (afweging 2 "weet ik niet").
      expect(end(all).c.outcome.id).toBe("meldcode-melden-onveilig");
    });
});
