import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { conclude, position, start, step, type Position } from "../../src/engine/engine.js";
import { holds, holdsAtEnd } from "../../src/engine/facts.js";
import type { AnswerValue, ConsultState } from "../../src/engine/state.js";
import { runAnswers } from "../../src/consult/answers-file.js";
import { buildRecord } from "../../src/record/build-record.js";
import { FIXTURES, loadSet } from "../helpers.js";

// The memory fixture: gevaar (ja/weet ik niet set 'gevaar') -> bel-112 -> soort (ticks set 'signalen')
// -> vermoeden (implied 'ja' when 'gevaar'; ja/weet ik niet set 'vermoeden') -> poort (branch):
// gevaar or vermoeden -> melden; signalen -> overleg; otherwise -> rustig (closes).
const set = loadSet(join(FIXTURES, "trees/valid/memory"));

function run(...answers: AnswerValue[]): { state: ConsultState; pos: Position } {
  let state = start(set);
  let pos: Position | undefined;
  for (const a of answers) {
    const r = step(set, state, a, pos);
    if (!r.ok) throw new Error(r.error.message.en);
    state = r.value.state;
    pos = r.value.position;
  }
  const p = position(set, state);
  if (!p.ok) throw new Error(p.error.message.en);
  return { state, pos: p.value };
}

describe("fact tests", () => {
  it("evaluate ids, anyOf, allOf and not", () => {
    const f = new Set(["a", "b"]);
    expect(holds("a", f)).toBe(true);
    expect(holds("c", f)).toBe(false);
    expect(holds({ anyOf: ["c", "b"] }, f)).toBe(true);
    expect(holds({ allOf: ["a", "c"] }, f)).toBe(false);
    expect(holds({ not: "c" }, f)).toBe(true);
    expect(holdsAtEnd({ advised: "x" }, f, new Set(["x"]))).toBe(true);
    expect(holdsAtEnd({ allOf: ["a", { advised: "y" }] }, f, new Set(["x"]))).toBe(false);
  });
});

describe("routes that remember", () => {
  it("danger said first implies the suspicion later: the question is not asked, and the route reports", () => {
    const { pos } = run("ja", "continue", []);
    expect(pos.done).toBe(true);
    expect(pos.node.id).toBe("melden");
    expect([...pos.facts].sort()).toEqual(["gevaar", "vermoeden"]);
    // The implied answer is on the path, marked, with its reason; the user's answers are not.
    expect(pos.answers).toEqual([
      { node: "gevaar", answer: "ja" },
      { node: "soort", answer: [] },
      {
        node: "vermoeden",
        answer: "ja",
        implied: { nl: "U meldde direct gevaar.", en: "You reported direct danger." },
      },
    ]);
    expect(pos.path).toEqual(["gevaar", "bel-112", "soort", "vermoeden", "poort", "melden"]);
  });

  it("the same later answers without danger ask the question and may close", () => {
    const { pos } = run("nee", [], "nee");
    expect(pos.node.id).toBe("rustig");
    expect(pos.facts.size).toBe(0);
  });

  it("a ticked item's fact steers the branch", () => {
    expect(run("nee", ["geld"], "nee").pos.node.id).toBe("overleg");
    expect(run("nee", ["geld"], "nee").pos.facts.has("signalen")).toBe(true);
  });

  it("'weet ik niet' on a checklist sets the facts of its unknown, not of any item", () => {
    const { pos } = run("nee", "unknown", "nee");
    expect([...pos.facts]).toEqual(["signalen"]);
    expect(pos.node.id).toBe("overleg");
  });

  it("ticks together with 'weet ik niet' keep both: the unknown route, and the facts of the ticked items", () => {
    const { pos, state } = run("nee", ["spijbelen", "unknown"], "nee");
    expect([...pos.facts]).toEqual(["signalen"]);
    expect(pos.answers[1]).toEqual({ node: "soort", answer: ["spijbelen", "unknown"] });
    const r = buildRecord(set, state, "nl", new Date(2026, 11, 2));
    expect(r.ok && r.value.steps[1]!.answerText).toBe("Spijbelen; Weet ik niet");
    // A list is no answer to a single-choice question, 'weet ik niet' in it or not.
    const none = step(set, start(set), ["unknown"]);
    expect(none.ok).toBe(false);
  });

  it("gives guarded advice only when its test holds, and builds what to do from the advice given", () => {
    const withDanger = conclude(set, run("ja", "continue", []).pos)!;
    // 112 twice on the path (bel-112, and melden's guarded line) merges into one, first.
    expect(withDanger.advice.map((a) => `${a.contact}:${a.urgency}`)).toEqual([
      "alarm-112:acuut",
      "team-a:spoed",
      "team-b:advies",
    ]);
    expect(withDanger.urgency).toBe("acuut");
    // Contact actions first (team-b has none), then the outcome's own; "if danger arises, call 112" is left out: 112 was advised.
    expect(withDanger.actions.map((a) => a.en)).toEqual([
      "[Acute: now] Call 112 and say it concerns a child.",
      "[Urgent: today] Call test team A on 0800-0000.",
      "Record the report.",
    ]);

    const noDanger = conclude(set, run("nee", [], "unknown").pos)!;
    expect(noDanger.advice.map((a) => a.contact)).toEqual(["team-a", "team-b"]);
    expect(noDanger.urgency).toBe("spoed");
    expect(noDanger.actions.map((a) => a.en)).toEqual([
      "[Urgent: today] Call test team A on 0800-0000.",
      "Record the report.",
      "If direct danger arises, call 112.",
    ]);
  });

  it("stepping from a known position gives the same as replaying the history", () => {
    const { state, pos } = run("ja", "continue", []);
    const replayed = position(set, state);
    expect(replayed.ok && replayed.value).toEqual(pos);
  });

  it("the record marks implied answers, lists the facts and carries the most urgent level of the whole advice", () => {
    const { state } = run("ja", "continue", []);
    const r = buildRecord(set, state, "en", new Date(2026, 11, 2, 10, 0, 0));
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.format).toBe("signaalroute-record/3");
    expect(r.value.steps.map((s) => [s.node, s.implied ?? null])).toEqual([
      ["gevaar", null],
      ["soort", null],
      ["vermoeden", "You reported direct danger."],
    ]);
    expect(r.value.facts.map((f) => f.id)).toEqual(["gevaar", "vermoeden"]);
    expect(r.value.outcome).toEqual({ node: "melden", title: "Report", urgency: "acuut", ownUrgency: "spoed" });
  });

  it("an answers file that answers an implied question is told so", () => {
    const answers = new Map<string, AnswerValue>([
      ["gevaar", "ja"],
      ["soort", []],
      ["vermoeden", "nee"],
    ]);
    const r = runAnswers(set, start(set), answers, () => undefined);
    expect(r.diagnostics.map((d) => d.message.en)).toEqual([
      "Question 'vermoeden' was not asked on this route: earlier answers already answer it (You reported direct danger.). Leave it out of the answers file.",
    ]);
  });
});
