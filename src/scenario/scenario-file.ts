import { basename } from "node:path";
import type { AnswerValue } from "../engine/state.js";
import * as validators from "../generated/validators.cjs";
import { checkSchema, type Validator } from "../load/schema-check.js";
import { parseYaml } from "../load/yaml-file.js";
import type { Diagnostic, Location } from "../model/diagnostic.js";
import { mt } from "../i18n/messages.js";
import type { Text } from "../model/text.js";
import type { Urgency } from "../model/urgency.js";

/** What must hold at the end of a scenario; every key given is checked. */
export interface Expectation {
  readonly outcome?: string;
  readonly urgency?: Urgency;
  /** The whole advice, in order. */
  readonly contacts?: readonly string[];
  readonly includes?: readonly string[];
  readonly excludes?: readonly string[];
  /** A prefix of the advice. */
  readonly order?: readonly string[];
}

export const EXPECT_KEYS = ["outcome", "urgency", "contacts", "includes", "excludes", "order"] as const;

/** One scenario of a scenario file, with positions into its file. */
export interface Scenario {
  readonly file: string;
  /** Position in the file's list (0 for a file with one scenario). */
  readonly index: number;
  readonly id: string;
  readonly title?: Text;
  readonly casus?: Text;
  readonly start?: string;
  readonly answers: ReadonlyMap<string, AnswerValue>;
  /** Questions named with nothing after them: not answered yet. */
  readonly blank: ReadonlySet<string>;
  /** Absent in a scenario without `expect`: `scenario run` fails it. */
  readonly expect?: Expectation;
  /** Where an answer key is in the file. */
  readonly whereAnswer: (key: string) => Location;
  /** Where a key of `expect` (or one of its list items) is in the file. */
  readonly whereExpect: (path: readonly (string | number)[]) => Location;
  /** Where the scenario itself starts. */
  readonly where: Location;
}

export interface ScenarioFile {
  readonly scenarios: readonly Scenario[];
  readonly diagnostics: readonly Diagnostic[];
}

/** Whether parsed YAML looks like a scenario (a mapping with `answers`, or a list of them). */
export function looksLikeScenario(data: unknown): boolean {
  const one = (d: unknown) => d !== null && typeof d === "object" && !Array.isArray(d) && "answers" in d;
  return one(data) || (Array.isArray(data) && data.length > 0 && data.every(one));
}

/**
 * Reads a scenario file strictly: the schema (unknown keys, wrong types, each with its line and column),
 * ids unique within the file. Nothing is checked against trees here; see runScenario.
 */
export function parseScenarioFile(file: string, text: string): ScenarioFile {
  const parsed = parseYaml(file, text);
  if (!parsed.ok) return { scenarios: [], diagnostics: parsed.diagnostics };
  const { data, locate } = parsed.value;
  const schema = checkSchema(file, data, validators.scenario as Validator, locate);
  if (schema.length > 0) return { scenarios: [], diagnostics: schema.map((d) => ({ ...d, ruleId: "scenario" })) };
  const list = Array.isArray(data) ? (data as Record<string, unknown>[]) : [data as Record<string, unknown>];
  const prefixOf = (i: number): (string | number)[] => (Array.isArray(data) ? [i] : []);
  const stem = basename(file).replace(/\.ya?ml$/i, "");
  const scenarios: Scenario[] = [];
  const diagnostics: Diagnostic[] = [];
  const ids = new Map<string, number>();
  list.forEach((raw, i) => {
    const prefix = prefixOf(i);
    const id = typeof raw.id === "string" ? raw.id : Array.isArray(data) ? `${stem}#${i + 1}` : stem;
    if (ids.has(id)) {
      diagnostics.push({
        ...locate([...prefix, "id"]),
        ruleId: "scenario",
        severity: "error",
        message: mt("scnDuplicateId", { id }),
      });
    }
    ids.set(id, i);
    const answers = new Map<string, AnswerValue>();
    const blank = new Set<string>();
    for (const [key, value] of Object.entries(raw.answers as Record<string, unknown>)) {
      if (value === null) blank.add(key);
      else if (Array.isArray(value)) answers.set(key, value.map(String));
      else answers.set(key, String(value));
    }
    const casus = (raw.casus ?? raw.description) as Text | undefined;
    scenarios.push({
      file,
      index: i,
      id,
      ...(raw.title ? { title: raw.title as Text } : {}),
      ...(casus ? { casus } : {}),
      ...(typeof raw.start === "string" ? { start: raw.start } : {}),
      answers,
      blank,
      ...(raw.expect ? { expect: raw.expect as Expectation } : {}),
      whereAnswer: (key) => locate([...prefix, "answers", key]),
      whereExpect: (path) => locate([...prefix, "expect", ...path]),
      where: locate(prefix.length > 0 ? prefix : []),
    });
  });
  return { scenarios: diagnostics.length > 0 ? [] : scenarios, diagnostics };
}
