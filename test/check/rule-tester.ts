import { describe, expect, it } from "vitest";
import type { CheckConfig, Rule } from "../../src/check/rule.js";
import { runChecks } from "../../src/check/run-checks.js";
import { loadFromTexts } from "../../src/load/load.js";
import { CONFIG } from "./check-helpers.js";

// ESLint's RuleTester for signaalroute's rules: each rule gets valid tree sets (it must stay silent)
// and invalid ones with every finding it must make, as `file:line:col severity message-id`. Only the
// rule under test runs, so a fixture may break other rules on purpose to stay small. Fixtures are
// inline YAML, fictional, loaded with the real loader (they must load without a problem); the
// expected positions were counted by hand on the YAML as written (1-based, the value's first character).

/** One tree set: tree files by name (the first is the main tree), and the contacts file unless the default will do. */
export interface RuleCase {
  readonly name: string;
  readonly trees: Readonly<Record<string, string>>;
  readonly contacts?: string;
  readonly config?: Partial<CheckConfig>;
}

export interface InvalidCase extends RuleCase {
  /** Every finding, in validate's order (file, line, column): `start.yaml:18:55 error unknown-target`. */
  readonly errors: readonly string[];
}

export interface RuleTable {
  readonly valid: readonly RuleCase[];
  readonly invalid: readonly InvalidCase[];
  /** Message ids no small fixture can show, each with the reason (listed in the report, never silently). */
  readonly untested?: Readonly<Record<string, string>>;
}

/** The directory: three fictional contacts, on lines 2 (alarm-112), 3 (team-a) and 4 (team-b), with these `verified` dates. */
export function contacts(alarm = "2026-11-01", teamA = "2026-11-01", teamB = "2026-11-01"): string {
  return `contacts:
  - { id: alarm-112, name: { nl: Alarmnummer 112, en: Emergency number 112 }, phone: "112", hours: { nl: Dag en nacht, en: Day and night }, audience: [anyone], anonymous: false, does: { nl: Hulp bij direct gevaar., en: Help in direct danger. }, sources: [https://example.org/112], verified: "${alarm}" }
  - { id: team-a, name: { nl: Testteam A, en: Test team A }, phone: 0800-0000, hours: { nl: Werkdagen, en: Weekdays }, audience: [professional], anonymous: true, does: { nl: Advies voor de test., en: Advice for the test. }, sources: [https://example.org/a], verified: "${teamA}" }
  - { id: team-b, name: { nl: Testteam B, en: Test team B }, hours: { nl: Werkdagen, en: Weekdays }, audience: [young-person], anonymous: true, does: { nl: Chat voor jongeren in de test., en: Chat for young people in the test. }, sources: [https://example.org/b], verified: "${teamB}" }
`;
}

/** The directory every case uses unless it brings its own: all three checked 2026-11-01 (the tests judge on 2026-11-28). */
export const CONTACTS = contacts();

/**
 * The head of a tree file: always seven lines, so a fixture's nodes start on line 8.
 * Line 6 is `entry: ENTRY` (the value at column 8).
 */
export function head(entry = "gevaar", id = "start", main = true): string {
  return `id: ${id}
version: 1.0.0
title: { nl: Boom ${id}, en: Tree ${id} }
main: ${main}
sources: [{ id: bron, url: https://example.org/bron }]
entry: ${entry}
nodes:
`;
}

/**
 * A small set that passes every rule (lines 8-29 of start.yaml with `head()`):
 *
 *  8  gevaar: the danger form; "ja" and "weet ik niet" to bel-112, "nee" to zorg
 *  9-13  bel-112: info with 112 at acuut, then zorg
 * 14-19  zorg: a question; line 18 answer ja -> melden (`melden` at column 55), line 19 nee -> opletten
 * 20-24  melden: outcome, spoed, team A at spoed (line 23 `urgency: spoed`, line 24 its advice)
 * 25-29  opletten: outcome, advies, team B at advies (line 28 `urgency: advies`, line 29 its advice)
 */
export const NODES = `  gevaar: { kind: danger, ja: { next: bel-112 }, nee: { next: zorg }, unknown: { next: bel-112 } }
  bel-112:
    kind: info
    text: { nl: Bel nu 112., en: Call 112 now. }
    advice: [{ contact: alarm-112, urgency: acuut, why: { nl: Er is direct gevaar., en: There is direct danger. } }]
    next: zorg
  zorg:
    kind: question
    text: { nl: Maakt u zich zorgen?, en: Are you worried? }
    answers:
      - { id: ja, label: { nl: Ja, en: "Yes" }, next: melden }
      - { id: nee, label: { nl: Nee, en: "No" }, next: opletten }
  melden:
    kind: outcome
    title: { nl: Melden, en: Report }
    urgency: spoed
    advice: [{ contact: team-a, urgency: spoed, why: { nl: U maakt zich zorgen., en: You are worried. } }]
  opletten:
    kind: outcome
    title: { nl: Opletten, en: Stay alert }
    urgency: advies
    advice: [{ contact: team-b, urgency: advies, why: { nl: De jongere kan zelf chatten., en: The young person can chat. } }]
`;

/** The valid set: head + NODES. */
export const START = head() + NODES;

/** START with line `n` (1-based) replaced: the line count stays, so the other positions stay too. */
export function withLine(n: number, line: string, text = START): string {
  const lines = text.split("\n");
  if (lines[n - 1] === undefined) throw new Error(`no line ${n}`);
  lines[n - 1] = line;
  return lines.join("\n");
}

/** START (or `text`) with several lines replaced, by 1-based number: `withLines({ 18: "...", 19: "..." })`. */
export function withLines(replaced: Readonly<Record<number, string>>, text = START): string {
  return Object.entries(replaced).reduce((t, [n, line]) => withLine(Number(n), line, t), text);
}

/** START (or `text`) with `added` (one line or more) inserted after line `n`: the lines after it move down. */
export function insertAfter(n: number, added: string, text = START): string {
  const lines = text.split("\n");
  if (lines[n - 1] === undefined) throw new Error(`no line ${n}`);
  lines.splice(n, 0, ...added.split("\n"));
  return lines.join("\n");
}

/** Runs the rule on one case: `file:line:col severity message-id` per finding, in validate's order. */
export function findings(rule: Rule, c: RuleCase): string[] {
  const files = Object.entries(c.trees).map(([file, text]) => ({ file, text }));
  const r = loadFromTexts(files, { file: "contacts.yaml", text: c.contacts ?? CONTACTS });
  // A fixture that does not load tests the loader, not the rule.
  expect(
    r.diagnostics.map((d) => `${d.file}:${d.line}:${d.column} ${d.ruleId} ${d.message.en}`),
    c.name,
  ).toEqual([]);
  const ds = runChecks(r.treeSet!, { ...CONFIG, ...c.config }, [rule]);
  for (const d of ds) {
    // Every message is worded in both languages, with each {placeholder} filled.
    expect(
      d.message.nl.trim() && d.message.en.trim() && d.message.nl !== d.message.en,
      `${c.name}: ${d.message.en}`,
    ).toBeTruthy();
    expect(`${d.message.nl}\n${d.message.en}`, c.name).not.toMatch(/\{[A-Za-z]+\}/);
  }
  return ds.map((d) => `${d.file}:${d.line}:${d.column} ${d.severity} ${d.messageId}`);
}

/** Declares the tests of one rule's table. */
export function ruleTester(rule: Rule, table: RuleTable): void {
  describe(rule.id, () => {
    it.each(table.valid.map((c) => [c.name, c] as const))("valid: %s", (_, c) => {
      expect(findings(rule, c)).toEqual([]);
    });
    it.each(table.invalid.map((c) => [c.name, c] as const))("invalid: %s", (_, c) => {
      expect(c.errors.length).toBeGreaterThan(0);
      expect(findings(rule, c)).toEqual(c.errors);
    });
    it("shows every message it declares, or says why not", () => {
      const shown = new Set(table.invalid.flatMap((c) => c.errors.map((e) => e.split(" ").at(-1)!)));
      const untested = Object.keys(table.untested ?? {});
      for (const id of untested) expect(shown.has(id), `${id} is shown after all: take it off 'untested'`).toBe(false);
      expect(
        Object.keys(rule.messages)
          .filter((id) => !shown.has(id))
          .sort(),
      ).toEqual(untested.sort());
    });
  });
}
