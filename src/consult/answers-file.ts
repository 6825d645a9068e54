import { offered, position, step } from "../engine/engine.js";
import type { AnswerValue, ConsultState } from "../engine/state.js";
import { UNKNOWN_ID } from "../model/tree.js";
import { visible } from "../model/text.js";
import { choiceList } from "../render/answers-template.js";
import { CONTINUE } from "../engine/transitions.js";
import { parseYaml } from "../load/yaml-file.js";
import type { Diagnostic, Location } from "../model/diagnostic.js";
import type { TreeSet } from "../model/tree-set.js";
import * as validators from "../generated/validators.cjs";
import { checkSchema, type Validator } from "../load/schema-check.js";
import type { ConsultRecord } from "../record/consult-record.js";
import { didYouMean } from "../util/suggest.js";
import { mt } from "../i18n/messages.js";
import type { Text } from "../model/text.js";
import { looksLikeScenario, parseScenarioFile, type Expectation } from "../scenario/scenario-file.js";
import { checkExpectNames, compareExpectation, type Landed } from "../scenario/run-scenario.js";

export type AnswerMap = ReadonlyMap<string, AnswerValue>;

/**
 * Reads an answers file: a YAML mapping of question id to answer id, a list
 * of item ids for a checklist, or `unknown`. Info steps need no entry.
 */
export interface ParsedAnswers {
  readonly answers?: AnswerMap;
  /** Questions named in the file with nothing after them (`vraag:`): not answered yet, as in a template. */
  readonly blank?: ReadonlySet<string>;
  readonly where?: (key: string) => Location;
  readonly diagnostics: Diagnostic[];
  /** Set when the file was a saved consult record: to compare its advice with today's. */
  readonly record?: ConsultRecord;
  /** For a record: where a path into it is (`["steps", 3, "node"]`), to check its steps against the trees. */
  readonly locate?: (path: readonly (string | number)[]) => Location;
  /** A scenario's expected landing place, checked after the run. */
  readonly expect?: Expectation;
  /** Where a key of the scenario's `expect` is, for errors about names the trees do not have. */
  readonly expectWhere?: (path: readonly (string | number)[]) => Location;
}

export type { Expectation };

/**
 * Differences between a scenario's expectation and the record of its run; empty when it lands where expected.
 * With the tree set, names in `expect` the trees do not have come first, each with its file:line:column.
 */
export function checkExpectation(
  expect: Expectation,
  record: ConsultRecord,
  set?: TreeSet,
  where?: (path: readonly (string | number)[]) => Location,
): Text[] {
  const names = set && where ? checkExpectNames(set, expect, where) : [];
  const at = (l: Location | undefined) => (l?.line ? `${l.file}:${l.line}:${l.column ?? 1}: ` : "");
  const landed: Landed = {
    outcome: record.outcome.node,
    urgency: record.outcome.urgency ?? record.advice[0]?.urgency ?? "advies",
    contacts: record.advice.map((a) => a.contact),
    from: new Map(),
  };
  return [
    ...names.map((f) => ({ nl: at(f.location) + f.message.nl, en: at(f.location) + f.message.en })),
    ...compareExpectation(expect, landed),
  ];
}

function isRecord(data: unknown): data is ConsultRecord {
  return (
    data !== null &&
    typeof data === "object" &&
    ["signaalroute-record/1", "signaalroute-record/2", "signaalroute-record/3"].includes(
      (data as { format?: unknown }).format as string,
    ) &&
    Array.isArray((data as { steps?: unknown }).steps)
  );
}

export function parseAnswers(file: string, text: string): ParsedAnswers {
  const parsed = parseYaml(file, text);
  if (!parsed.ok) return { diagnostics: [...parsed.diagnostics] };
  const raw = parsed.value.data;
  // A saved consult record replays too: its steps are the answers.
  if (isRecord(raw)) {
    // Check the whole record first: a damaged one gives positions, not a crash later on.
    const schema = checkSchema(file, raw, validators.record as Validator, parsed.value.locate);
    if (schema.length > 0) return { diagnostics: schema };
    // Implied answers were never given: replaying derives them again from the answers that were.
    const answers = new Map<string, AnswerValue>(
      raw.steps.filter((st) => st.implied === undefined).map((st) => [st.node, st.answer]),
    );
    return {
      answers,
      where: (key) => parsed.value.locate(["steps", raw.steps.findIndex((st) => st.node === key), "answer"]),
      diagnostics: [],
      record: raw,
      locate: (path) => parsed.value.locate([...path]),
    };
  }
  // A scenario file (casus, answers, expect) works too: read strictly (unknown keys and wrong types are errors), its `answers` are used.
  if (looksLikeScenario(raw)) {
    if (Array.isArray(raw) && raw.length > 1)
      return {
        diagnostics: [
          {
            ...parsed.value.locate([]),
            ruleId: "answers",
            severity: "error",
            message: mt("scnList", { n: raw.length, file }),
          },
        ],
      };
    const read = parseScenarioFile(file, text);
    const one = read.scenarios[0];
    if (!one) return { diagnostics: [...read.diagnostics] };
    return {
      answers: one.answers,
      blank: one.blank,
      where: one.whereAnswer,
      diagnostics: [],
      ...(one.expect ? { expect: one.expect, expectWhere: one.whereExpect } : {}),
    };
  }
  const data = raw;
  const prefix: string[] = [];
  const at = (key: string, ruleId: string, message: Diagnostic["message"]): Diagnostic => ({
    ...parsed.value.locate([...prefix, key]),
    ruleId,
    severity: "error",
    message,
  });
  if (data === null || typeof data !== "object" || Array.isArray(data)) {
    return {
      diagnostics: [
        {
          ...parsed.value.locate([]),
          ruleId: "answers",
          severity: "error",
          message: mt("answersNotAMapping"),
        },
      ],
    };
  }
  const answers = new Map<string, AnswerValue>();
  const blank = new Set<string>();
  const diagnostics: Diagnostic[] = [];
  for (const [key, value] of Object.entries(data as Record<string, unknown>)) {
    if (typeof value === "string" || typeof value === "number" || typeof value === "boolean")
      answers.set(key, String(value));
    else if (Array.isArray(value) && value.every((v) => typeof v === "string")) answers.set(key, value as string[]);
    // An empty entry is a question still to be answered (a template's last line), never "nothing ticked": that is `[]`.
    else if (value === null) blank.add(key);
    else diagnostics.push(at(key, "answers", mt("answersBadValue", { key })));
  }
  return { answers, blank, where: (key) => parsed.value.locate([...prefix, key]), diagnostics };
}

/**
 * Runs a consult from an answers map through the engine. Every problem names the question and, where known, the line.
 * It reports every problem it can know in one run: an answer in the wrong shape (a single id for a checklist, a list of
 * one for a question) is reported and the run goes on with what it evidently means; it stops at an answer that is not
 * offered or at the first question without an answer (`missing`, also in `diagnostics`), since the route beyond depends
 * on it. Unknown question ids are always reported.
 */
export function runAnswers(
  set: TreeSet,
  initial: ConsultState,
  answers: AnswerMap,
  where: (key: string) => Location | undefined,
  blank: ReadonlySet<string> = new Set(),
): { state: ConsultState; diagnostics: Diagnostic[]; missing?: Diagnostic } {
  let state = initial;
  const used = new Set<string>();
  let reachedEnd = false;
  let missing: Diagnostic | undefined;
  const diagnostics: Diagnostic[] = [];
  const problem = (key: string | undefined, message: Diagnostic["message"]) => {
    const loc = key !== undefined ? where(key) : undefined;
    diagnostics.push({
      file: loc?.file ?? "",
      ...(loc?.line ? { line: loc.line, column: loc.column } : {}),
      ruleId: "answers",
      severity: "error",
      message,
    });
  };
  let pos = position(set, state);
  for (;;) {
    if (!pos.ok) {
      problem(undefined, pos.error.message);
      break;
    }
    if (pos.value.done) {
      reachedEnd = true;
      break;
    }
    const node = pos.value.node;
    if (node.kind === "outcome") break;
    let answer: AnswerValue | undefined;
    if (node.kind === "info") answer = answers.get(node.id) ?? CONTINUE;
    else answer = answers.get(node.id);
    if (answer === undefined) {
      const isBlank = blank.has(node.id);
      if (isBlank) used.add(node.id);
      problem(
        isBlank ? node.id : undefined,
        mt("answersNextQuestion", {
          what: mt(isBlank ? "answersBlank" : "answersNone", { node: node.id }),
          text: node.text,
          list: node.kind === "checklist" ? mt("answersListShape") : "",
          choices: { nl: choiceList(node, "nl"), en: choiceList(node, "en") },
        }),
      );
      missing = diagnostics[diagnostics.length - 1];
      break;
    }
    used.add(node.id);
    let given: AnswerValue = answer;
    // The wrong shape says so, and the run goes on with what the answer evidently means.
    if (node.kind === "checklist" && typeof given === "string" && given !== UNKNOWN_ID) {
      problem(node.id, mt("answersNeedsList", { node: node.id, given }));
      given = [given];
    } else if (node.kind === "question" && Array.isArray(given)) {
      const one = given.length === 1 ? given[0]! : undefined;
      problem(
        node.id,
        one !== undefined
          ? mt("answersNeedsOneUnwrapped", { node: node.id, one })
          : mt("answersNeedsOneOf", { node: node.id, offered: offered(node).join(", ") }),
      );
      if (one === undefined) break;
      given = one;
    }
    const next = step(set, state, given, pos.value);
    if (!next.ok) {
      problem(node.id, next.error.message);
      break;
    }
    state = next.value.state;
    pos = { ok: true, value: next.value.position };
  }
  // Keys that name no question are always reported; a known question that
  // this route never asked only when the run got to the end (otherwise it
  // may simply lie beyond the point where the run stopped).
  const implied = new Map(
    (pos.ok ? pos.value.answers : []).flatMap((a) => (a.implied ? [[a.node, a.implied] as const] : [])),
  );
  for (const key of [...answers.keys(), ...blank]) {
    if (used.has(key)) continue;
    const why = implied.get(key);
    if (why) {
      problem(key, mt("answersImplied", { key, why }));
    } else if (!set.nodes.has(key)) {
      const hint = didYouMean(key, set.nodes.keys());
      problem(
        key,
        hint ? mt("answersUnknownIdHint", { key: visible(key), hint }) : mt("answersUnknownId", { key: visible(key) }),
      );
    } else if (reachedEnd) {
      problem(key, mt("answersNotOnRoute", { key }));
    }
  }
  return { state, diagnostics, ...(missing ? { missing } : {}) };
}
