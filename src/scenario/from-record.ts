import { stringify } from "yaml";
import { conclude, position } from "../engine/engine.js";
import type { AnswerValue, ConsultState } from "../engine/state.js";
import type { TreeSet } from "../model/tree-set.js";
import type { ConsultRecord } from "../record/consult-record.js";
import type { Expectation } from "./scenario-file.js";

const HEADER = [
  "# Made by signaalroute from a consult: its answers, and the advice it reached as 'expect'.",
  "# Add the case text (casus, nl and en, fictional: no names) and a title before a class uses it.",
  "# Editors check the file with a first line: # yaml-language-server: $schema=<signaalroute>/schemas/scenario.schema.json",
];

/** A scenario file's text from answers (given, not implied) and where the consult landed (absent when it was stopped). */
export function scenarioYaml(
  answers: readonly { node: string; answer: AnswerValue }[],
  expect: Expectation | undefined,
): string {
  const data: Record<string, unknown> = { answers: Object.fromEntries(answers.map((a) => [a.node, a.answer])) };
  if (expect) data.expect = expect;
  const stopped = expect
    ? []
    : [
        "# The consult was stopped before its end: answer the next question and add 'expect' (scenario run fails without it).",
      ];
  return [...HEADER, ...stopped, stringify(data)].join("\n");
}

/** From a saved JSON record: the answers given and the advice it reached. No free text is copied. */
export function scenarioFromRecord(record: ConsultRecord): string {
  const answers = record.steps.filter((s) => s.implied === undefined).map((s) => ({ node: s.node, answer: s.answer }));
  return scenarioYaml(answers, {
    outcome: record.outcome.node,
    urgency: record.outcome.urgency ?? record.advice[0]?.urgency ?? "advies",
    contacts: record.advice.map((a) => a.contact),
  });
}

/** From a consult's state (finished or stopped), through the engine. */
export function scenarioFromState(set: TreeSet, state: ConsultState): string {
  const pos = position(set, state);
  if (!pos.ok)
    return scenarioYaml(
      state.history.map((h) => ({ node: h.node, answer: h.answer })),
      undefined,
    );
  const given = pos.value.answers.filter((a) => a.implied === undefined);
  const end = conclude(set, pos.value);
  return scenarioYaml(
    given,
    end ? { outcome: end.outcome.id, urgency: end.urgency, contacts: end.advice.map((a) => a.contact) } : undefined,
  );
}
