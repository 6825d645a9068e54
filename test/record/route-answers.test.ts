import { describe, expect, it } from "vitest";
import { runAnswers } from "../../src/consult/answers-file.js";
import { position, start } from "../../src/engine/engine.js";
import type { ConsultState } from "../../src/engine/state.js";
import { buildRecord } from "../../src/record/build-record.js";
import { givenAt, routeAnswers } from "../../src/record/route-answers.js";
import { reviewLines, type WebState } from "../../src/web/session.js";
import { FIXTURES, loadSet } from "../helpers.js";

// The fictional memory fixture (test/fixtures/trees/valid/memory/start.yaml): "ja" to danger leads through the
// info step bel-112 to the checklist; "Hebt u een vermoeden?" is then implied "ja" (U meldde direct gevaar.).
const set = loadSet(`${FIXTURES}/trees/valid/memory`);

function finished(): { state: ConsultState; pos: ReturnType<typeof done> } {
  const run = runAnswers(
    set,
    start(set),
    new Map<string, string | string[]>([
      ["gevaar", "ja"],
      ["soort", ["geld"]],
    ]),
    () => undefined,
  );
  expect(run.diagnostics).toEqual([]);
  return { state: run.state, pos: done(run.state) };
}

function done(state: ConsultState) {
  const pos = position(set, state);
  if (!pos.ok || !pos.value.done) throw new Error("the route does not reach its outcome");
  return pos.value;
}

describe("the answers on the route: one list for the record and both check pages", () => {
  it("lists every answer in order, in words, the implied one with its reason and no place in the history", () => {
    const { state, pos } = finished();
    const list = routeAnswers(set, pos, "nl");
    expect(list.map((a) => [a.node, a.answerText, a.implied, givenAt(state, a)])).toEqual([
      ["gevaar", "Ja, er is nu direct gevaar", undefined, 0],
      // The info step is no answer on the route, but it is a step in the history: the checklist is step 2.
      ["soort", "Plotseling veel geld", undefined, 2],
      ["vermoeden", "Ja", "U meldde direct gevaar.", undefined],
    ]);
  });

  it("is the record's steps and the web check page's lines (with the place to change each given answer)", () => {
    const { state, pos } = finished();
    const list = routeAnswers(set, pos, "en");
    const record = buildRecord(set, state, "en", new Date(2026, 11, 2));
    if (!record.ok) throw new Error(record.error.message.en);
    expect(record.value.steps).toEqual(list);
    const web: WebState = { consult: state, view: "review", lang: "en", notices: [] };
    const at = [0, 2, undefined];
    expect(reviewLines(set, web, "en")).toEqual(list.map((a, i) => (at[i] === undefined ? a : { ...a, at: at[i] })));
  });
});
