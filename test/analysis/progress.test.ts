import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { buildFactGraph } from "../../src/analysis/fact-graph.js";
import { questionsToGo, questionsToGoIgnoringFacts } from "../../src/analysis/progress.js";
import { NO_FACTS } from "../../src/engine/facts.js";
import { questionsToGoText } from "../../src/render/progress-text.js";
import { BASIC, FIXTURES, loadSet } from "../helpers.js";

const MEMORY = join(FIXTURES, "trees/valid/memory");
const ALL_RULES = join(FIXTURES, "trees/valid/all-rules");
const facts = (...f: string[]) => new Set(f);

describe("questions still to come (worked out by hand)", () => {
  // basic: gevaar (question) -> [bel-112 (info)] -> soort (checklist) -> either rustig (outcome: nothing ticked)
  // or the link to vervolg -> overleg (question) -> melden (outcome). No facts.
  const basic = loadSet(BASIC);

  it("basic: from the first question 2 (gevaar, soort, rustig) to 3 (gevaar, soort, overleg)", () => {
    expect(questionsToGo(basic, "gevaar", NO_FACTS)).toEqual({ fewest: 2, most: 3 });
  });

  it("basic: info steps and links do not count", () => {
    expect(questionsToGo(basic, "bel-112", NO_FACTS)).toEqual({ fewest: 1, most: 2 });
    expect(questionsToGo(basic, "soort", NO_FACTS)).toEqual({ fewest: 1, most: 2 });
    expect(questionsToGo(basic, "overleg", NO_FACTS)).toEqual({ fewest: 1, most: 1 });
    expect(questionsToGo(basic, "melden", NO_FACTS)).toEqual({ fewest: 0, most: 0 });
  });

  it("basic: without facts the quick bound is the same", () => {
    for (const [id, want] of [
      ["gevaar", [2, 3]],
      ["bel-112", [1, 2]],
      ["soort", [1, 2]],
      ["overleg", [1, 1]],
    ] as const) {
      expect(questionsToGoIgnoringFacts(basic, id)).toEqual({ fewest: want[0], most: want[1] });
    }
  });

  // memory: gevaar -> (ja / weet ik niet set 'gevaar') bel-112 -> soort -> vermoeden -> poort (branch) -> an outcome.
  // vermoeden is not asked when 'gevaar' holds (implied 'ja').
  const memory = loadSet(MEMORY);

  it("memory: 'ja' skips the implied question: 2 (gevaar, soort) to 3 (gevaar, soort, vermoeden)", () => {
    expect(questionsToGo(memory, "gevaar", NO_FACTS)).toEqual({ fewest: 2, most: 3 });
  });

  it("memory: at the checklist, what was said decides: 1 question after danger, else 2", () => {
    expect(questionsToGo(memory, "soort", facts("gevaar"))).toEqual({ fewest: 1, most: 1 });
    expect(questionsToGo(memory, "bel-112", facts("gevaar"))).toEqual({ fewest: 1, most: 1 });
    expect(questionsToGo(memory, "soort", NO_FACTS)).toEqual({ fewest: 2, most: 2 });
    // Facts no branch or implied answer reads do not change the count.
    expect(questionsToGo(memory, "soort", facts("signalen"))).toEqual({ fewest: 2, most: 2 });
    expect(questionsToGo(memory, "vermoeden", facts("signalen"))).toEqual({ fewest: 1, most: 1 });
  });

  it("memory: ignoring facts, the implied question counts 0 to 1: wider, and still around the exact count", () => {
    expect(questionsToGoIgnoringFacts(memory, "soort")).toEqual({ fewest: 1, most: 2 });
    expect(questionsToGoIgnoringFacts(memory, "gevaar")).toEqual({ fewest: 2, most: 3 });
    // The question on screen is being asked, implied answers or not.
    expect(questionsToGoIgnoringFacts(memory, "vermoeden")).toEqual({ fewest: 1, most: 1 });
  });

  it("says nothing rather than something false when the search runs out of room, and goes on where it stopped", () => {
    const fresh = loadSet(MEMORY);
    expect(questionsToGo(fresh, "gevaar", NO_FACTS, 1)).toBeUndefined();
    let answer;
    for (let i = 0; i < 20 && answer === undefined; i++) answer = questionsToGo(fresh, "gevaar", NO_FACTS, 3);
    expect(answer).toEqual({ fewest: 2, most: 3 });
  });
});

describe("questions still to come, checked against the fact graph", () => {
  // An independent count: the fewest and most asking-node visits over the fact graph's own edges (every state a
  // consult can reach, made by the engine). The estimate must equal it; the quick bound must contain it.
  for (const [name, dir] of [
    ["basic", BASIC],
    ["memory", MEMORY],
    ["all-rules", ALL_RULES],
  ] as const) {
    it(`${name}: every reachable state`, () => {
      const set = loadSet(dir);
      const fg = buildFactGraph(set);
      const memo = new Map<number, { fewest: number; most: number }>();
      const count = (i: number): { fewest: number; most: number } => {
        const known = memo.get(i);
        if (known) return known;
        const node = fg.states[i]!.node;
        const own = node.kind === "question" || node.kind === "checklist" ? 1 : 0;
        const next = fg.out[i]!.map((e) => count(e.to));
        const r =
          next.length === 0
            ? { fewest: own, most: own }
            : {
                fewest: own + Math.min(...next.map((n) => n.fewest)),
                most: own + Math.max(...next.map((n) => n.most)),
              };
        memo.set(i, r);
        return r;
      };
      expect(fg.states.length).toBeGreaterThan(3);
      for (const s of fg.states) {
        const exact = questionsToGo(set, s.node.id, s.facts);
        expect(exact, `${s.node.id} {${[...s.facts].join(",")}}`).toEqual(count(s.index));
        const bound = questionsToGoIgnoringFacts(set, s.node.id)!;
        expect(bound.fewest).toBeLessThanOrEqual(exact!.fewest);
        expect(bound.most).toBeGreaterThanOrEqual(exact!.most);
      }
    });
  }
});

describe("the words", () => {
  it("nl and en, the question on screen counted", () => {
    expect(questionsToGoText({ fewest: 4, most: 9 }, "nl")).toBe("nog 4 tot 9 vragen");
    expect(questionsToGoText({ fewest: 4, most: 9 }, "en")).toBe("4 to 9 questions to go");
    expect(questionsToGoText({ fewest: 1, most: 1 }, "nl")).toBe("nog 1 vraag");
    expect(questionsToGoText({ fewest: 1, most: 1 }, "en")).toBe("1 question to go");
    expect(questionsToGoText({ fewest: 3, most: 3 }, "nl")).toBe("nog 3 vragen");
    expect(questionsToGoText({ fewest: 2, most: 2 }, "en")).toBe("2 questions to go");
    expect(questionsToGoText({ fewest: 0, most: 0 }, "nl")).toBe("geen vragen meer");
    expect(questionsToGoText({ fewest: 0, most: 2 }, "en")).toBe("0 to 2 questions to go");
  });
});
