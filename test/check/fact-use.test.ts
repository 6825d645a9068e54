import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { factUse } from "../../src/check/rules/fact-use.js";
import { declaredInvariants } from "../../src/check/rules/declared-invariants.js";
import { cautiousUnknown } from "../../src/check/rules/cautious-unknown.js";
import { ALL_RULES } from "../../src/check/rules/index.js";
import { runChecks } from "../../src/check/run-checks.js";
import { loadFromTexts } from "../../src/load/load.js";
import { readFileSync } from "node:fs";
import { FIXTURES } from "../helpers.js";
import { brief, check, CONFIG, invalid, reported } from "./check-helpers.js";
import { reachable } from "../../src/check/rules/reachable.js";

const MEMORY = join(FIXTURES, "trees/valid/memory");

describe("fact-use", () => {
  it("accepts a set whose facts are all set, read, and make a difference", () => {
    expect(check(MEMORY, [factUse])).toEqual([]);
  });

  it("reports an unset fact, an unread fact, an implied answer that never applies, a dead branch case and the node behind it", () => {
    const ds = check(invalid("fact-use"), [factUse]);
    // Lines: 15 `- { id: ongebruikt ...`, 16 `- { id: stil ...` (the id at column 11); 52 the second
    // implied case; 63 the second case of 'poort'; 88 the node 'nooit' (its first key).
    expect(brief(ds)).toEqual([
      "start.yaml:15:11 warning fact-use",
      "start.yaml:16:11 warning fact-use",
      "start.yaml:52:9 warning fact-use",
      "start.yaml:63:9 warning fact-use",
      "start.yaml:88:5 warning fact-use",
    ]);
    expect(reported(invalid("fact-use"), factUse).map((r) => [r.messageId, r.data])).toEqual([
      ["never-set", { fact: "ongebruikt" }],
      ["never-read", { fact: "stil" }],
      ["implied-never-applies", { implied: 2, node: "vermoeden" }],
      ["case-never-taken", { case: 2, node: "poort" }],
      ["node-ruled-out", { node: "nooit" }],
    ]);
  });
});

describe("invariants about earlier answers", () => {
  it("are proved on a set that remembers", () => {
    expect(check(MEMORY, ALL_RULES)).toEqual([]);
  });

  it("fail with a shortest counterexample, question by question, on the same set with its memory taken out", () => {
    const ds = check(invalid("forgetful"), [declaredInvariants]);
    // Line 85 is `  - id: gevaar-112-eerst-en-melden`: the list item's mapping starts at column 5.
    expect(brief(ds)).toEqual(["start.yaml:85:5 error declared-invariants"]);
    // Worked out by hand: danger 'ja' (112 via bel-112), a tick, then 'nee' at the suspicion, which is asked
    // again because nothing implies it; the branch reads only 'vermoeden', so 'signalen' leads to 'overleg'
    // with team A at 'regulier', not the 'spoed' report the invariant requires.
    expect(ds[0]!.detail!.map((l) => l.en)).toEqual([
      'gevaar: ja ("Yes, there is direct danger now")',
      "soort: route-1 [geld]",
      'vermoeden: nee ("No")',
      "-> outcome 'overleg' (advice: alarm-112 (acuut), team-a (regulier), team-b (advies))",
    ]);
  });
});

describe("cautious-unknown compares contacts, not only levels", () => {
  const dir = MEMORY;
  const text = (f: string) => readFileSync(join(dir, f), "utf8");
  it("reports a 'weet ik niet' that swaps one contact for another at the same level", () => {
    // Ticking gives team B at 'spoed'; 'weet ik niet' gives team A at 'spoed' instead. Both are 'spoed', so a
    // rule comparing only levels would pass; team B is reached after 'weet ik niet' only as 'advies'.
    const start = text("start.yaml")
      .replace(
        "      - { anyOf: [geld, spijbelen], next: vermoeden }",
        "      - { anyOf: [geld, spijbelen], next: vermoeden, advice: [ { contact: team-b, urgency: spoed, why: { nl: Nu chatten., en: Chat now. } } ] }",
      )
      .replace(
        "    unknown: { next: vermoeden, sets: [signalen] }",
        "    unknown: { next: vermoeden, sets: [signalen], advice: [ { contact: team-a, urgency: spoed, why: { nl: Overleg., en: Consult. } } ] }",
      );
    const r = loadFromTexts([{ file: "start.yaml", text: start }], {
      file: "contacts.yaml",
      text: text("contacts.yaml"),
    });
    expect(r.diagnostics).toEqual([]);
    const ds = runChecks(r.treeSet!, CONFIG, [cautiousUnknown]);
    expect(ds).toHaveLength(1);
    expect(reported(r.treeSet!, cautiousUnknown)).toMatchObject([
      {
        messageId: "reaches-less",
        data: { node: "soort", contact: "team-b", unknownLevel: "advies", answer: "route-1", level: "spoed" },
      },
    ]);
  });
});

describe("checklist routes and reserved ids", () => {
  const text = (f: string) => readFileSync(join(MEMORY, f), "utf8");
  it("warns about a route an earlier route always catches, and leaves it out of the graph", () => {
    const start = text("start.yaml").replace(
      "      - { anyOf: [geld, spijbelen], next: vermoeden }",
      "      - { anyOf: [geld, spijbelen], next: vermoeden }\n      - { anyOf: [geld], next: rustig }",
    );
    const r = loadFromTexts([{ file: "start.yaml", text: start }], {
      file: "contacts.yaml",
      text: text("contacts.yaml"),
    });
    const ds = runChecks(r.treeSet!, CONFIG, ALL_RULES).filter((d) => d.ruleId === "reachable");
    // The added route is line 39, right under route 1 (line 38, `      - { anyOf: [geld, spijbelen], ...`).
    expect(ds.map((d) => [d.line, d.severity, d.messageId])).toEqual([[39, "warning", "route-shadowed"]]);
    expect(reported(r.treeSet!, reachable).map((x) => x.data)).toEqual([{ route: 2, node: "soort" }]);
  });

  it("refuses an item id that names a checklist edge ('otherwise', 'route-N')", () => {
    for (const id of ["otherwise", "route-2"]) {
      const start = text("start.yaml")
        .replace("- { id: spijbelen,", `- { id: ${id},`)
        .replace("anyOf: [geld, spijbelen]", `anyOf: [geld, ${id}]`);
      const r = loadFromTexts([{ file: "start.yaml", text: start }], {
        file: "contacts.yaml",
        text: text("contacts.yaml"),
      });
      // Line 36 is the renamed item (`      - { id: otherwise, ...`).
      expect(r.diagnostics.some((d) => d.ruleId === "schema" && d.line === 36)).toBe(true);
    }
  });
});
