import { basename } from "node:path";
import { conclude, position, type Position } from "../engine/engine.js";
import type { AnswerValue, ConsultState } from "../engine/state.js";
import { MESSAGES } from "../i18n/messages.js";
import type { Text } from "../model/text.js";
import type { AskingNode } from "../model/tree.js";
import type { TreeSet } from "../model/tree-set.js";
import type { Urgency } from "../model/urgency.js";
import { answerText } from "../record/build-record.js";
import type { Scenario } from "./scenario-file.js";

export const PRACTICE_FORMAT = "signaalroute-practice/1";

/** One answer on a route, as ids (no free text): given by the trainee or the model answer, or implied by earlier ones. */
export interface RouteAnswer {
  readonly node: string;
  readonly answer: AnswerValue;
  readonly implied?: true;
}

/** A route: its answers in order and, when it reached one, the outcome with the whole advice's urgency and contacts. */
export interface PracticeRoute {
  readonly answers: readonly RouteAnswer[];
  readonly outcome?: string;
  readonly urgency?: Urgency;
  readonly contacts?: readonly string[];
  /** Each contact's urgency in this advice. */
  readonly urgencies?: Readonly<Record<string, Urgency>>;
}

/** The first question where the trainee's route split from the model answer, with that question's help as the explanation. */
export interface PracticeSplit {
  readonly question: string;
  /** Its place on the route (1 = the first answer, implied answers counted). */
  readonly step: number;
  readonly text: Text;
  /** The question's help text; absent when the question has none. */
  readonly help?: Text;
  readonly trainee: AnswerValue;
  readonly traineeLabel: Text;
  readonly model: AnswerValue;
  readonly modelLabel: Text;
}

/** What a trainer collects from one practice run (`practice --out`): ids and tree texts only, never anything typed. */
export interface PracticeResult {
  readonly format: typeof PRACTICE_FORMAT;
  /** Always true: a practice run is never a real consult. */
  readonly practice: true;
  readonly scenario: { readonly file: string; readonly id: string; readonly title?: Text };
  /** The hash of the tree set it ran on (results on other trees are told apart in a summary). */
  readonly trees: string;
  /** False when the trainee stopped before the advice. */
  readonly finished: boolean;
  readonly trainee: PracticeRoute;
  readonly model: PracticeRoute;
  /** The model answer's advice, against the trainee's: reached, missed (in the model, not the trainee's), added (the other way). */
  readonly contacts: {
    readonly reached: readonly string[];
    readonly missed: readonly string[];
    readonly added: readonly string[];
    /** Contacts the scenario's `expect.excludes` rules out, in the trainee's advice. */
    readonly forbidden: readonly string[];
    /** Reached, but at another urgency than in the model answer (e.g. CSG "spoed" where it is "acuut"). */
    readonly otherUrgency: readonly { readonly contact: string; readonly trainee: Urgency; readonly model: Urgency }[];
  };
  readonly sameOutcome: boolean;
  readonly sameUrgency: boolean;
  /** Absent when the trainee's answers are the model answer's as far as the trainee got. */
  readonly split?: PracticeSplit;
}

function routeOf(set: TreeSet, state: ConsultState): { route: PracticeRoute; pos?: Position } {
  const pos = position(set, state);
  if (!pos.ok) return { route: { answers: [] } };
  const answers = pos.value.answers.map((a) => ({
    node: a.node,
    answer: a.answer,
    ...(a.implied ? { implied: true as const } : {}),
  }));
  const end = pos.value.done ? conclude(set, pos.value) : undefined;
  if (!end) return { route: { answers }, pos: pos.value };
  const urgencies = Object.fromEntries(end.advice.map((a) => [a.contact, a.urgency]));
  return {
    route: {
      answers,
      outcome: end.outcome.id,
      urgency: end.urgency,
      contacts: end.advice.map((a) => a.contact),
      urgencies,
    },
    pos: pos.value,
  };
}

/** Two answers are the same when they pick the same answer (for a checklist: the same items, in any order). */
export function sameAnswer(a: AnswerValue, b: AnswerValue): boolean {
  if (typeof a === "string" || typeof b === "string") return a === b;
  return a.length === b.length && [...a].sort().join("\u0000") === [...b].sort().join("\u0000");
}

const both = (f: (lang: "nl" | "en") => string): Text => ({ nl: f("nl"), en: f("en") });

/**
 * Compares a trainee's consult with the scenario's model answer, both walked by the engine (position, conclude).
 * The engine is deterministic, so the two routes are the same up to the first answer that differs: that
 * question is where the routes split.
 */
export function comparePractice(
  set: TreeSet,
  scenario: Scenario,
  model: ConsultState,
  trainee: ConsultState,
  finished: boolean,
): PracticeResult {
  const m1 = routeOf(set, model).route;
  const t1 = routeOf(set, trainee).route;
  let split: PracticeSplit | undefined;
  for (let i = 0; i < Math.min(m1.answers.length, t1.answers.length); i++) {
    const a = m1.answers[i]!;
    const b = t1.answers[i]!;
    if (a.node === b.node && sameAnswer(a.answer, b.answer)) continue;
    // Same answers before lead to the same question; should they not, the trainee's question is the one to explain.
    const node = set.nodes.get(b.node)!.node as AskingNode;
    const modelAnswer = a.node === b.node ? a.answer : (m1.answers.find((x) => x.node === b.node)?.answer ?? a.answer);
    const modelNode = a.node === b.node ? node : (set.nodes.get(a.node)!.node as AskingNode);
    split = {
      question: b.node,
      step: i + 1,
      text: node.text,
      ...(node.kind !== "info" && node.help ? { help: node.help } : {}),
      trainee: b.answer,
      traineeLabel: both((l) => answerText(node, b.answer, l)),
      model: modelAnswer,
      modelLabel: both((l) => answerText(modelNode, modelAnswer, l)),
    };
    break;
  }
  const modelContacts = m1.contacts ?? [];
  const traineeContacts = t1.contacts ?? [];
  const excludes = scenario.expect?.excludes ?? [];
  return {
    format: PRACTICE_FORMAT,
    practice: true,
    // The file's name only: a folder path can name the trainee's own account.
    scenario: { file: basename(scenario.file), id: scenario.id, ...(scenario.title ? { title: scenario.title } : {}) },
    trees: set.hash,
    finished,
    trainee: t1,
    model: m1,
    contacts: {
      reached: modelContacts.filter((c) => traineeContacts.includes(c)),
      missed: modelContacts.filter((c) => !traineeContacts.includes(c)),
      added: traineeContacts.filter((c) => !modelContacts.includes(c)),
      forbidden: traineeContacts.filter((c) => excludes.includes(c)),
      otherUrgency: modelContacts
        .filter((c) => traineeContacts.includes(c) && t1.urgencies?.[c] !== m1.urgencies?.[c])
        .map((c) => ({ contact: c, trainee: t1.urgencies![c]!, model: m1.urgencies![c]! })),
    },
    sameOutcome: t1.outcome !== undefined && t1.outcome === m1.outcome,
    sameUrgency: t1.urgency !== undefined && t1.urgency === m1.urgency,
    ...(split ? { split } : {}),
  };
}

/** A contact's name in the trees' directory (or its id). */
export function contactName(set: TreeSet, id: string, lang: "nl" | "en"): string {
  return set.contacts.get(id)?.name[lang] ?? id;
}

/** The "no help" text, for a split at a question without help. */
export const noHelpText = (): Text => MESSAGES.noHelp;
