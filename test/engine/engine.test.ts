import { describe, expect, it } from "vitest";
import { advice, back, currentQuestion, position, start, step } from "../../src/engine/engine.js";
import type { ConsultState } from "../../src/engine/state.js";
import { BASIC, loadSet } from "../helpers.js";

const set = loadSet(BASIC);

function answer(state: ConsultState, value: string | string[]): ConsultState {
  const r = step(set, state, value);
  if (!r.ok) throw new Error(r.error.message.en);
  return r.value.state;
}

describe("engine", () => {
  it("starts at the main tree's entry", () => {
    const s = start(set);
    expect(currentQuestion(set, s)?.id).toBe("gevaar");
    expect(s.history).toEqual([]);
  });

  it("yes to danger goes to the 112 info step, which collects the 112 advice", () => {
    const s = answer(start(set), "ja");
    expect(currentQuestion(set, s)?.id).toBe("bel-112");
    const s2 = answer(s, "continue");
    expect(currentQuestion(set, s2)?.id).toBe("soort");
    const a = advice(set, s2);
    expect(a.ok && a.value.map((x) => [x.contact, x.urgency])).toEqual([["alarm-112", "acuut"]]);
  });

  it("checklist: the first route that holds wins; links are followed into the other tree", () => {
    // geld + spijbelen = 2 items: route 1 (atLeast 2) with team-a advice.
    const s = answer(answer(start(set), "nee"), ["geld", "spijbelen"]);
    expect(currentQuestion(set, s)?.id).toBe("overleg");
    const p = position(set, s);
    expect(p.ok && p.value.path).toEqual(["gevaar", "soort", "naar-vervolg", "overleg"]);
    const a = advice(set, s);
    expect(a.ok && a.value.map((x) => x.contact)).toEqual(["team-a"]);
    // Only geld: route 2 (anyOf geld), which carries no advice.
    const s2 = answer(answer(start(set), "nee"), ["geld"]);
    const a2 = advice(set, s2);
    expect(currentQuestion(set, s2)?.id).toBe("overleg");
    expect(a2.ok && a2.value).toEqual([]);
  });

  it("checklist with nothing ticked takes 'otherwise' to the outcome", () => {
    const s = answer(answer(start(set), "nee"), []);
    const p = position(set, s);
    expect(p.ok && p.value.done).toBe(true);
    expect(p.ok && p.value.node.id).toBe("rustig");
  });

  it("merges advice: each contact once, most urgent level, most urgent first, all reasons kept", () => {
    let s = answer(start(set), "ja");
    s = answer(s, "continue");
    s = answer(s, ["geld", "spijbelen", "telefoons"]);
    s = answer(s, "ja");
    const a = advice(set, s);
    expect(a.ok).toBe(true);
    if (!a.ok) return;
    // team-a: spoed on the checklist route, regulier at the outcome -> spoed, two reasons.
    expect(a.value.map((x) => [x.contact, x.urgency, x.why.length])).toEqual([
      ["alarm-112", "acuut", 1],
      ["team-a", "spoed", 2],
      ["team-b", "advies", 1],
    ]);
  });

  it("rejects answers that are not offered, without changing the state", () => {
    const s = start(set);
    const r = step(set, s, "misschien");
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.message.en).toContain("ja, nee, unknown");
    const r2 = step(set, answer(s, "nee"), ["geld", "onbekend-item"]);
    expect(r2.ok).toBe(false);
    const r3 = step(set, answer(s, "nee"), "ja");
    expect(r3.ok).toBe(false);
  });

  it("refuses answers of the wrong type (from a damaged file) instead of crashing", () => {
    const atSoort = answer(start(set), "nee");
    expect(step(set, atSoort, 5 as unknown as string).ok).toBe(false);
    expect(step(set, atSoort, [1, 2] as unknown as string[]).ok).toBe(false);
    expect(step(set, atSoort, { geld: true } as unknown as string).ok).toBe(false);
  });

  it("'unknown' is only accepted where the tree offers it", () => {
    const atOverleg = answer(answer(start(set), "nee"), ["geld"]);
    expect(step(set, atOverleg, "unknown").ok).toBe(false);
    expect(currentQuestion(set, answer(start(set), "unknown"))?.id).toBe("bel-112");
  });

  it("back returns to the previous question and remembers the answer given there", () => {
    const s = answer(answer(start(set), "nee"), ["geld", "telefoons"]);
    const b = back(s);
    expect(currentQuestion(set, b)?.id).toBe("soort");
    expect(b.remembered["soort"]).toEqual(["geld", "telefoons"]);
    const bb = back(b);
    expect(currentQuestion(set, bb)?.id).toBe("gevaar");
    expect(bb.remembered).toEqual({ soort: ["geld", "telefoons"], gevaar: "nee" });
    expect(back(start(set))).toEqual(start(set));
  });

  it("a state survives a JSON round-trip mid-consult and continues identically", () => {
    const s = back(answer(answer(start(set), "ja"), "continue"));
    const revived = JSON.parse(JSON.stringify(s)) as ConsultState;
    expect(revived).toEqual(s);
    const a = answer(answer(answer(revived, "continue"), ["geld", "spijbelen"]), "nee");
    const b = answer(answer(answer(s, "continue"), ["geld", "spijbelen"]), "nee");
    expect(a).toEqual(b);
    expect(position(set, a)).toEqual(position(set, b));
  });

  it("a history that no longer fits the trees is reported, not followed", () => {
    const broken: ConsultState = { start: "gevaar", history: [{ node: "soort", answer: [] }], remembered: {} };
    const p = position(set, broken);
    expect(p.ok).toBe(false);
  });

  it("does not step past an outcome", () => {
    const done = answer(answer(start(set), "nee"), []);
    expect(step(set, done, "ja").ok).toBe(false);
    expect(currentQuestion(set, done)).toBeUndefined();
  });
});
