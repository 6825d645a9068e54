import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { Chalk } from "chalk";
import fc from "fast-check";
import { stringify } from "yaml";
import { describe, expect, it } from "vitest";
import { CONSULT_RULES, STRUCTURAL_RULES } from "../../src/check/rules/index.js";
import { defaultConfig, runChecks } from "../../src/check/run-checks.js";
import { conclude, offered, position, start, step } from "../../src/engine/engine.js";
import type { AnswerValue } from "../../src/engine/state.js";
import { loadFromTexts } from "../../src/load/load.js";
import type { TreeSet } from "../../src/model/tree-set.js";
import { buildRecord } from "../../src/record/build-record.js";
import { renderAdvice } from "../../src/render/advice-text.js";
import { formatStylish } from "../../src/render/diagnostics-text.js";
import { recordToMarkdown } from "../../src/render/record-markdown.js";
import { BASIC, ROOT } from "../helpers.js";
import { CONTROL, hostileText, PROTOTYPE_NAMES, runs, seed, timeout } from "./fuzz-support.js";
import { mutateText, WORD_TARGET } from "./mutate.js";

// The loader, the rules and the engine under mutated bundled trees and random small tree sets
// (issue 13, "And to keep it so"). Pure functions only: no files, no CLI.

const PLAIN = new Chalk({ level: 0 });
const CONFIG = defaultConfig("2026-11-28");
const BUNDLED = readdirSync(join(ROOT, "trees"))
  .filter((f) => f.endsWith(".yaml") && f !== "contacts.yaml")
  .map((f) => ({ file: f, text: readFileSync(join(ROOT, "trees", f), "utf8") }));
const BUNDLED_CONTACTS = { file: "contacts.yaml", text: readFileSync(join(ROOT, "trees/contacts.yaml"), "utf8") };

/**
 * A consult through the engine's own start/step/position/conclude, answering at random (`choose` picks);
 * ends at an outcome within `max` steps or fails. The advice is rendered as the consult and the record would.
 */
function walk(set: TreeSet, choose: (n: number) => number, max = 400): { steps: number; rendered: string } {
  let state = start(set);
  for (let i = 0; i < max; i++) {
    const pos = position(set, state);
    if (!pos.ok) throw new Error(`position failed on a set the rules accept: ${pos.error.message.en}`);
    if (pos.value.done) {
      expect(conclude(set, pos.value)).toBeDefined();
      const record = buildRecord(set, state, "nl", new Date(2026, 10, 28, 14, 5), {});
      if (!record.ok) throw new Error(`buildRecord failed: ${record.error.message.en}`);
      return {
        steps: i,
        rendered:
          renderAdvice(record.value, "nl", PLAIN) +
          renderAdvice(record.value, "en", PLAIN) +
          recordToMarkdown(record.value),
      };
    }
    const node = pos.value.node;
    const ids = offered(node as Parameters<typeof offered>[0]);
    let answer: AnswerValue;
    if (node.kind === "checklist") answer = ids.filter(() => choose(2) === 1);
    else answer = ids[choose(ids.length)]!;
    const next = step(set, state, answer, pos.value);
    if (!next.ok) throw new Error(`step failed at ${node.id} with ${JSON.stringify(answer)}: ${next.error.message.en}`);
    state = next.value.state;
  }
  throw new Error(`no outcome after ${max} answers`);
}

const lineOf = (text: string, index: number) => text.slice(0, index).split("\n").length;

describe("single-word edits of the bundled trees", () => {
  it(
    "a target renamed to an Object.prototype name is an unknown node at its line; other edits load, or are reported, and never throw",
    () => {
      let reported = 0;
      fc.assert(
        fc.property(
          fc.nat({ max: BUNDLED.length - 1 }),
          fc.nat(),
          fc.oneof(fc.constantFrom(...PROTOTYPE_NAMES)),
          (f, pick, name) => {
            const src = BUNDLED[f]!;
            const hits = [...src.text.matchAll(WORD_TARGET)];
            const hit = hits[pick % hits.length]!;
            const text = mutateText(src.text, { op: "word", pick, name });
            const trees = BUNDLED.map((b) => (b === src ? { ...b, text } : b));
            const loaded = loadFromTexts(trees, BUNDLED_CONTACTS);
            const diagnostics = loaded.treeSet
              ? runChecks(loaded.treeSet, CONFIG, STRUCTURAL_RULES)
              : loaded.diagnostics;
            // Reported where the edit is: by the schema (ids have a pattern) or as an unknown node.
            const at = diagnostics.filter(
              (d) => d.file.endsWith(src.file) && d.line === lineOf(src.text, hit.index) && d.severity === "error",
            );
            expect(
              at.length,
              `${src.file}: ${hit[0]} -> ${name}\n${diagnostics.map((d) => `${d.file}:${d.line} ${d.message.en}`).join("\n")}`,
            ).toBeGreaterThan(0);
            for (const d of diagnostics) expect(d.line, d.message.en).toBeDefined();
            expect(CONTROL.exec(formatStylish(diagnostics, "en", PLAIN))).toBeNull();
            reported++;
          },
        ),
        { seed: seed(), numRuns: runs(8) },
      );
      expect(reported).toBe(runs(8));
    },
    timeout(60_000),
  );
});

// Random small tree sets: the danger form first, then questions, checklists and info steps pointing at later
// nodes (sometimes back, sometimes nowhere), outcomes at the end; texts sometimes hostile.
const CONTACTS = { file: "contacts.yaml", text: readFileSync(join(BASIC, "contacts.yaml"), "utf8") };
const WHO = ["alarm-112", "team-a", "team-b", "constructor", "nobody"] as const;
const URG = ["acuut", "spoed", "regulier", "advies"] as const;

const text = fc
  .oneof(
    { arbitrary: fc.constantFrom("Een vraag", "Nog een stap", "Wat ziet u"), weight: 4 },
    { arbitrary: hostileText, weight: 1 },
  )
  .map((s) => ({ nl: s, en: s }));
const contact = fc.oneof(
  { arbitrary: fc.constantFrom("team-a", "team-b"), weight: 12 },
  { arbitrary: fc.constantFrom(...WHO), weight: 1 },
);
const advice = fc.array(
  fc.record({ contact, urgency: fc.constantFrom<(typeof URG)[number]>("regulier", "advies"), why: text }),
  { maxLength: 2 },
);

interface Shape {
  readonly kinds: readonly ("question" | "checklist" | "info")[];
  readonly outcomes: number;
}

function randomSet(shape: Shape) {
  const ids = [...shape.kinds.map((_, i) => `n${i}`), ...Array.from({ length: shape.outcomes }, (_, i) => `uit${i}`)];
  // A target: usually a later node, sometimes an earlier one (a cycle) or a name that is not there.
  const target = (i: number) =>
    fc.oneof(
      { arbitrary: fc.constant(ids[i + 1]!), weight: 12 },
      { arbitrary: fc.integer({ min: i + 1, max: ids.length - 1 }).map((k) => ids[k]!), weight: 3 },
      { arbitrary: fc.constantFrom("n0", "constructor", "weg"), weight: 1 },
    );
  const nodes = shape.kinds.map((kind, i) => {
    if (kind === "question")
      return fc.record({
        kind: fc.constant(kind),
        text,
        answers: fc.tuple(target(i), target(i), advice).map(([a, b, adv]) => [
          { id: "ja", label: { nl: "Ja", en: "Yes" }, next: a, advice: adv },
          { id: "nee", label: { nl: "Nee", en: "No" }, next: b },
        ]),
        unknown: fc.option(
          target(i).map((next) => ({ next })),
          { nil: undefined, freq: 4 },
        ),
      });
    if (kind === "checklist")
      return fc.record({
        kind: fc.constant(kind),
        text,
        items: fc.constant([
          { id: "a", label: { nl: "Item a", en: "Item a" } },
          { id: "b", label: { nl: "Item b", en: "Item b" } },
        ]),
        routes: fc.tuple(target(i), advice).map(([next, adv]) => [{ anyOf: ["a"], next, advice: adv }]),
        otherwise: target(i).map((next) => ({ next })),
      });
    return fc.record({ kind: fc.constant(kind), text, next: target(i), advice });
  });
  const outcomes = Array.from({ length: shape.outcomes }, () =>
    // The outcome's own advice at its own level, so that most sets pass outcome-urgency.
    fc
      .record({ title: text, urgency: fc.constantFrom(...URG), contact, why: text })
      .map(({ title, urgency, contact, why }) => ({
        kind: "outcome",
        title,
        urgency,
        advice: [{ contact, urgency, why }],
      })),
  );
  return fc.tuple(fc.tuple(...nodes), fc.tuple(...outcomes), target(-1), text).map(([ns, os, nee, why]) => {
    const all: Record<string, unknown> = {
      gevaar: { kind: "danger", ja: { next: "bel-112" }, nee: { next: nee }, unknown: { next: "bel-112" } },
      "bel-112": {
        kind: "info",
        text: { nl: "Bel 112.", en: "Call 112." },
        advice: [{ contact: "alarm-112", urgency: "acuut", why }],
        next: "n0",
      },
    };
    ns.forEach((node, i) => (all[`n${i}`] = node));
    os.forEach((node, i) => (all[`uit${i}`] = node));
    return stringify(
      {
        id: "start",
        version: "1.0.0",
        title: { nl: "Start", en: "Start" },
        main: true,
        sources: [{ id: "test", url: "https://example.org/test" }],
        entry: "gevaar",
        nodes: all,
      },
      { aliasDuplicateObjects: false },
    );
  });
}

const shapes = fc.record({
  kinds: fc.array(fc.constantFrom("question", "checklist", "info"), { minLength: 1, maxLength: 7 }),
  outcomes: fc.integer({ min: 1, max: 2 }),
});

describe("random small tree sets", () => {
  it(
    "load or are reported at file:line:col; a set the consult accepts is walked to an outcome by the engine, its advice rendered without a control character",
    () => {
      let walked = 0;
      let refused = 0;
      fc.assert(
        fc.property(
          shapes.chain((s) => randomSet(s)),
          fc.infiniteStream(fc.nat()),
          (yamlText, picks) => {
            const loaded = loadFromTexts([{ file: "start.yaml", text: yamlText }], CONTACTS);
            const diagnostics = loaded.treeSet ? runChecks(loaded.treeSet, CONFIG, CONSULT_RULES) : loaded.diagnostics;
            expect(CONTROL.exec(formatStylish(diagnostics, "nl", PLAIN))).toBeNull();
            for (const d of diagnostics) if (d.file === "start.yaml") expect(d.line, d.message.en).toBeDefined();
            if (!loaded.treeSet || diagnostics.some((d) => d.severity === "error")) {
              refused++;
              return;
            }
            const it = picks[Symbol.iterator]();
            const { rendered } = walk(loaded.treeSet, (k) => it.next().value! % k);
            // The translations rule allows a tab in a tree text (it moves the cursor; it cannot drive the terminal).
            expect(CONTROL.exec(rendered.replaceAll("\t", " "))).toBeNull();
            walked++;
          },
        ),
        { seed: seed(), numRuns: runs(120) },
      );
      // Both kinds of sets occur: the property is not vacuous.
      expect(walked).toBeGreaterThan(0);
      expect(refused).toBeGreaterThan(0);
    },
    timeout(60_000),
  );
});
