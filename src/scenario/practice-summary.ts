import type { Text } from "../model/text.js";
import { PRACTICE_FORMAT, type PracticeResult } from "./practice.js";

/** How many of a class reached one contact of the model answer's advice. */
export interface ContactTally {
  readonly contact: string;
  /** Results whose model answer gives this contact. */
  readonly required: number;
  /** Of those, the trainees whose advice has it too. */
  readonly reached: number;
}

/** A question where routes split from the model answer, and how often. */
export interface SplitTally {
  readonly question: string;
  readonly text: Text;
  readonly count: number;
}

export interface ScenarioSummary {
  readonly id: string;
  readonly title?: Text;
  readonly results: number;
  readonly finished: number;
  /** Trainees whose advice is the model answer's advice, contact for contact. */
  readonly sameAdvice: number;
  readonly contacts: readonly ContactTally[];
  /** Most frequent first. */
  readonly splits: readonly SplitTally[];
  /** How many tree versions the results were made on (more than 1: they are not quite comparable). */
  readonly treeVersions: number;
}

export interface ClassSummary {
  readonly results: number;
  readonly scenarios: readonly ScenarioSummary[];
  /** Over all scenarios, most frequent first. */
  readonly splits: readonly SplitTally[];
}

const isText = (v: unknown): v is Text =>
  typeof v === "object" && v !== null && typeof (v as Text).nl === "string" && typeof (v as Text).en === "string";
const isIds = (v: unknown): v is string[] => Array.isArray(v) && v.every((x) => typeof x === "string");

/**
 * Whether parsed JSON is a practice result (`practice --out`): the fields a summary reads, with the right types.
 * Returns what is wrong (a JSON path and what it should be), or undefined when it is fine.
 */
export function practiceResultProblem(data: unknown): string | undefined {
  if (typeof data !== "object" || data === null || Array.isArray(data)) return "not a JSON object";
  const r = data as Record<string, unknown>;
  if (r.format !== PRACTICE_FORMAT) return `format: expected "${PRACTICE_FORMAT}"`;
  if (r.practice !== true) return "practice: expected true";
  const s = r.scenario as Record<string, unknown> | undefined;
  if (typeof s !== "object" || s === null || typeof s.id !== "string" || typeof s.file !== "string")
    return "scenario: expected {file, id}";
  if (s.title !== undefined && !isText(s.title)) return "scenario.title: expected {nl, en}";
  if (typeof r.trees !== "string") return "trees: expected a string";
  if (typeof r.finished !== "boolean") return "finished: expected true or false";
  const model = r.model as Record<string, unknown> | undefined;
  if (typeof model !== "object" || model === null || (model.contacts !== undefined && !isIds(model.contacts)))
    return "model: expected {contacts: [ids]}";
  const c = r.contacts as Record<string, unknown> | undefined;
  if (typeof c !== "object" || c === null) return "contacts: expected {reached, missed, added, forbidden}";
  for (const k of ["reached", "missed", "added", "forbidden"])
    if (!isIds(c[k])) return `contacts.${k}: expected a list of contact ids`;
  if (r.split !== undefined) {
    const sp = r.split as Record<string, unknown>;
    if (typeof sp !== "object" || sp === null || typeof sp.question !== "string" || !isText(sp.text))
      return "split: expected {question, text: {nl, en}}";
  }
  return undefined;
}

function tallySplits(results: readonly PracticeResult[]): SplitTally[] {
  const by = new Map<string, { text: Text; count: number }>();
  for (const r of results) {
    if (!r.split) continue;
    const t = by.get(r.split.question);
    by.set(r.split.question, { text: r.split.text, count: (t?.count ?? 0) + 1 });
  }
  return [...by]
    .map(([question, t]) => ({ question, text: t.text, count: t.count }))
    .sort((a, b) => b.count - a.count || a.question.localeCompare(b.question));
}

/** A class's results, per scenario (in order of first appearance): who reached each contact of the model answer, where routes split. */
export function summarizePractice(results: readonly PracticeResult[]): ClassSummary {
  const groups = new Map<string, PracticeResult[]>();
  for (const r of results) groups.set(r.scenario.id, [...(groups.get(r.scenario.id) ?? []), r]);
  const scenarios = [...groups].map(([id, list]): ScenarioSummary => {
    const contacts = new Map<string, { required: number; reached: number }>();
    for (const r of list) {
      for (const c of r.model.contacts ?? []) {
        const t = contacts.get(c) ?? { required: 0, reached: 0 };
        contacts.set(c, { required: t.required + 1, reached: t.reached + (r.contacts.reached.includes(c) ? 1 : 0) });
      }
    }
    const title = list.find((r) => r.scenario.title)?.scenario.title;
    return {
      id,
      ...(title ? { title } : {}),
      results: list.length,
      finished: list.filter((r) => r.finished).length,
      sameAdvice: list.filter((r) => r.finished && r.contacts.missed.length === 0 && r.contacts.added.length === 0)
        .length,
      contacts: [...contacts].map(([contact, t]) => ({ contact, ...t })),
      splits: tallySplits(list),
      treeVersions: new Set(list.map((r) => r.trees)).size,
    };
  });
  return { results: results.length, scenarios, splits: tallySplits(results) };
}
