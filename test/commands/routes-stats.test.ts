import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { main } from "../../src/cli.js";
import { makeStyle } from "../../src/render/style.js";
import { statsText } from "../../src/render/views-text.js";
import { BASIC, FIXTURES, loadSet } from "../helpers.js";
import { fakeIo } from "../fake-io.js";

describe("routes", () => {
  it("--json: per outcome the paths (as a string), shortest route, fewest and most questions; most urgent first", async () => {
    const io = fakeIo();
    expect(await main(["routes", "--json", "--trees", BASIC], io)).toBe(0);
    const data = JSON.parse(io.stdout());
    expect(data.totalPaths).toBe("21");
    expect(data.complete).toBe(true);
    expect(
      data.outcomes.map(
        (o: { id: string; urgency: string; paths: string; fewestQuestions: number; mostQuestions: number }) => [
          o.id,
          o.urgency,
          o.paths,
          o.fewestQuestions,
          o.mostQuestions,
        ],
      ),
    ).toEqual([
      ["melden", "spoed", "18", 3, 3],
      ["rustig", "advies", "3", 2, 2],
    ]);
    expect(data.outcomes[1].shortestPath).toEqual([
      { node: "gevaar", answer: "nee", label: "Nee, er is nu geen direct gevaar" },
      { node: "soort", answer: "otherwise", label: "anders" },
    ]);
  });

  it("text: a table and the shortest route in words, link hops left out; TREE limits the outcomes", async () => {
    const io = fakeIo();
    expect(await main(["routes", "vervolg", "--lang", "en", "--trees", BASIC], io)).toBe(0);
    const text = io.stdout();
    expect(text).toMatch(/^outcome\s+urgency\s+paths\s+questions\s+title\n/);
    expect(text).toMatch(/\nmelden\s+Urgent\s+18\s+3\s+Report\n/);
    expect(text).not.toContain("rustig");
    expect(text).toContain(
      "  gevaar: No, there is no direct danger now › soort: Suddenly a lot of money + Truancy › overleg: Yes\n",
    );
    expect(text).not.toContain("\x1b["); // no colour when not a terminal
  });

  it("exit 2 for an unknown tree; exit 1 when the trees contain a cycle", async () => {
    const io = fakeIo();
    expect(await main(["routes", "strat", "--trees", BASIC], io)).toBe(2);
    expect(io.stderr()).toContain("Bedoelt u 'start'?");
    const io2 = fakeIo();
    expect(await main(["routes", "--trees", join(FIXTURES, "trees/views/cycle")], io2)).toBe(1);
    expect(io2.stderr()).toContain("a -> b -> a");
  });
});

describe("stats", () => {
  it("counts branch nodes as their own kind (the memory fixture has one, 'poort')", async () => {
    const io = fakeIo();
    expect(await main(["stats", "--json", "--trees", join(FIXTURES, "trees/valid/memory")], io)).toBe(0);
    expect(JSON.parse(io.stdout()).byKind).toEqual({
      question: 2,
      checklist: 1,
      info: 1,
      link: 0,
      branch: 1,
      outcome: 3,
    });
    const text = fakeIo();
    expect(await main(["stats", "--lang", "en", "--trees", join(FIXTURES, "trees/valid/memory")], text)).toBe(0);
    expect(text.stdout()).toContain(
      "2 questions, 1 checklist, 1 info step, 0 links, 1 branch on earlier answers, 3 outcomes",
    );
  });

  it("--json: nodes by kind, questions, outcomes, edges, paths, longest route", async () => {
    const io = fakeIo();
    expect(await main(["stats", "--json", "--trees", BASIC], io)).toBe(0);
    const s = JSON.parse(io.stdout());
    expect(s).toMatchObject({
      trees: 2,
      nodes: 7,
      byKind: { question: 2, checklist: 1, info: 1, link: 1, outcome: 2 },
      questions: 3,
      outcomes: 2,
      // gevaar 3 + bel-112 1 + soort 4 + link 1 + overleg 2
      edges: 11,
      paths: "21",
      // No facts: one state per reachable question, checklist, info step and outcome (gevaar, bel-112, soort,
      // overleg, rustig, melden; the link is passed, not a state).
      factGraph: { states: 6, limit: 200000, complete: true },
      longestRoute: { questions: 3, outcome: "melden" },
    });
  });

  it("says how large the fact graph is, and warns when it stopped at its limit (the counts are then too low)", async () => {
    const nl = fakeIo();
    await main(["stats", "--trees", BASIC], nl);
    expect(nl.stdout()).toMatch(/toestanden\s+6 \(0% van de grens van 200000: elke knoop met de feiten/);
    expect(nl.stdout()).not.toContain("stopte bij de grens");
    const stats = {
      trees: 1,
      nodes: 1,
      byKind: { question: 0, checklist: 0, info: 0, link: 0, branch: 0, outcome: 1 },
      questions: 0,
      outcomes: 1,
      edges: 0,
      paths: 0n,
      factGraph: { states: 200000, limit: 200000, complete: false },
      longestRoute: { questions: 0, outcome: null, route: [] },
    };
    const text = statsText(stats, loadSet(BASIC), undefined as never, "en", makeStyle(false));
    expect(text).toMatch(/states\s+200000 \(100% of the limit of 200000/);
    expect(text).toContain("Note: the fact graph stopped at its limit of 200000 states. The counts above are too low");
  });

  it("text in Dutch and English", async () => {
    const nl = fakeIo();
    await main(["stats", "--trees", BASIC], nl);
    expect(nl.stdout()).toMatch(/routes\s+21 \(geteld vanaf de start, niet opgesomd\)/);
    expect(nl.stdout()).toMatch(/langste route\s+3 vragen, naar 'melden'/);
    const en = fakeIo();
    await main(["stats", "--lang", "en", "--trees", BASIC], en);
    expect(en.stdout()).toMatch(/longest route\s+3 questions, to 'melden'/);
    expect(en.stdout()).toContain(
      "  gevaar: No, there is no direct danger now › soort: Suddenly a lot of money + Truancy › overleg: Yes",
    );
  });
});
