import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "yaml";
import { expect } from "vitest";
import { conclude } from "../../src/engine/engine.js";
import { loadSet, replayCase, ROOT } from "../helpers.js";

// Shared by the content tests that replay bundled vignettes (walk6-decisions, fresh-eyes-*): the bundled trees
// loaded once per test file, a vignette's answers, and a finished consult's outcome with its Dutch lines.

/** The bundled trees. */
export const set = loadSet(join(ROOT, "trees"));

/** The answers of a bundled vignette (scenarios/<name>). */
export const vignette = (name: string): Record<string, unknown> =>
  (parse(readFileSync(join(ROOT, "scenarios", name), "utf8")) as { answers: Record<string, unknown> }).answers;

/** Replays answers to the end (failing the test if the consult is not done) and concludes it. */
export function end(answers: Record<string, unknown>) {
  const pos = replayCase(set, answers);
  expect(pos.done).toBe(true);
  const c = conclude(set, pos)!;
  const nl = (xs: readonly { nl: string }[]) => xs.map((x) => x.nl);
  return { pos, c, actions: nl(c.actions), record: nl(c.record) };
}

/** The answer the consult recorded at a node (asked or implied), or undefined when the path did not pass it. */
export const answerAt = (answers: Record<string, unknown>, node: string) =>
  replayCase(set, answers).answers.find((a) => a.node === node);
