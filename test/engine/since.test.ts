import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { position, start, step, type Position } from "../../src/engine/engine.js";
import type { AnswerValue, ConsultState } from "../../src/engine/state.js";
import { impliedSince, urgentSince } from "../../src/engine/since.js";
import type { TreeSet } from "../../src/model/tree-set.js";
import { BASIC, FIXTURES, loadSet } from "../helpers.js";

// What a step brings that a screen says at once; the terminal consult and the web page both ask these.
// basic: soort with two ticks takes route 1, which gives team-a at spoed; its outcome gives team-a regulier.
// memory: gevaar 'ja' -> bel-112 (an info step with 112 acuut) -> soort -> vermoeden implied 'ja'
// (because of the danger) -> melden, an outcome that gives 112 acuut and team-a spoed itself.
const basic = loadSet(BASIC);
const memory = loadSet(join(FIXTURES, "trees/valid/memory"));

function walk(set: TreeSet, answers: AnswerValue[]): Position[] {
  let state: ConsultState = start(set);
  const first = position(set, state);
  if (!first.ok) throw new Error(first.error.message.en);
  const out = [first.value];
  for (const a of answers) {
    const r = step(set, state, a, out.at(-1));
    if (!r.ok) throw new Error(r.error.message.en);
    state = r.value.state;
    out.push(r.value.position);
  }
  return out;
}

describe("urgentSince", () => {
  it("gives the spoed advice of a checklist route on the step that took it, and nothing on the others", () => {
    const [p0, p1, p2, p3] = walk(basic, ["nee", ["geld", "spijbelen"], "ja"]);
    expect(urgentSince(basic, p0, p1!)).toEqual([]);
    expect(urgentSince(basic, p1, p2!).map((c) => [c.item.contact, c.item.urgency, c.from, c.item.why.nl])).toEqual([
      ["team-a", "spoed", "soort", "Meerdere signalen."],
    ]);
    // The outcome's own advice (team-a regulier, team-b advies) comes with the final list, not at once.
    expect(p3!.collected.length).toBeGreaterThan(p2!.collected.length);
    expect(urgentSince(basic, p2, p3!)).toEqual([]);
  });

  it("one route (geld only) with no advice: nothing to say", () => {
    const [, p1, p2] = walk(basic, ["nee", ["geld"]]);
    expect(urgentSince(basic, p1, p2!)).toEqual([]);
  });

  it("leaves out an info step's advice (the step shows it) and an outcome's, however urgent", () => {
    const ps = walk(memory, ["ja", "continue", []]);
    const last = ps.at(-1)!;
    expect(last.done).toBe(true);
    // The walk did collect acuut advice: at bel-112 (info) and at melden (outcome).
    expect(last.collected.filter((c) => c.item.urgency === "acuut").map((c) => c.from)).toEqual(["bel-112", "melden"]);
    expect(urgentSince(memory, undefined, last)).toEqual([]);
    for (let i = 1; i < ps.length; i++) expect(urgentSince(memory, ps[i - 1], ps[i]!)).toEqual([]);
  });

  it("from the start (before undefined) counts every step", () => {
    const ps = walk(basic, ["nee", ["geld", "spijbelen"]]);
    expect(urgentSince(basic, undefined, ps.at(-1)!).map((c) => c.item.contact)).toEqual(["team-a"]);
  });
});

describe("impliedSince", () => {
  it("gives the question the consult took as given, with its reason, on the step that settled it", () => {
    const [p0, p1, p2, p3] = walk(memory, ["ja", "continue", []]);
    expect(impliedSince(p0, p1!)).toEqual([]);
    expect(impliedSince(p1, p2!)).toEqual([]);
    expect(impliedSince(p2, p3!)).toEqual([
      {
        node: "vermoeden",
        answer: "ja",
        implied: { nl: "U meldde direct gevaar.", en: "You reported direct danger." },
      },
    ]);
    expect(impliedSince(undefined, p3!).map((a) => a.node)).toEqual(["vermoeden"]);
  });

  it("no danger: the question is asked, nothing implied", () => {
    const ps = walk(memory, ["nee", ["geld"]]);
    expect(ps.at(-1)!.node.id).toBe("vermoeden");
    expect(impliedSince(undefined, ps.at(-1)!)).toEqual([]);
  });
});
