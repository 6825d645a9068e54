import { describe, expect, it } from "vitest";
import { urgencyFirst } from "../../src/check/rules/urgency-first.js";
import { defaultConfig, runChecks } from "../../src/check/run-checks.js";
import { loadFromPaths, loadFromTexts } from "../../src/load/load.js";
import { isDangerForm } from "../../src/model/danger-form.js";
import type { QuestionNode } from "../../src/model/tree.js";
import type { TreeSet } from "../../src/model/tree-set.js";
import { fixtureVariant, loadSet } from "../helpers.js";
import { brief, check, CONFIG, invalid, reported, VALID } from "./check-helpers.js";

const ids = (ds: { messageId?: string }[]) => ds.map((d) => d.messageId);

describe("urgency-first", () => {
  it("accepts the danger form after an introduction, whose 'ja' passes an info node with 112 and whose unknown carries 112 itself", () => {
    expect(check(VALID, [urgencyFirst])).toEqual([]);
  });

  it("reports a consult that starts with another question, at the tree's entry", () => {
    const ds = check(invalid("urgency-first/not-first"), [urgencyFirst]);
    // Line 9 is `entry: leeftijd`: the value starts at column 8.
    expect(brief(ds)).toEqual(["start.yaml:9:8 error urgency-first"]);
    expect(ids(ds)).toEqual(["first-not-danger"]);
    expect(reported(invalid("urgency-first/not-first"), urgencyFirst)[0]!.data).toEqual({
      node: "leeftijd",
      tree: "start",
    });
  });

  it("reports a hand-written danger question with swapped labels, and questions that name direct danger without an acute answer", () => {
    const ds = check(invalid("urgency-first/label-swap"), [urgencyFirst]);
    expect(brief(ds)).toEqual([
      // Line 12: `entry: gevaar`: the first question is not the danger form.
      "start.yaml:12:8 error urgency-first",
      // Line 16: the text of 'gevaar' (its answer "Nee, er is direct gevaar" names danger; no answer is acute).
      "start.yaml:16:11 error urgency-first",
      // Line 23: `ander` asks "Is er direct gevaar voor een ander kind?" with no acute answer.
      "start.yaml:23:11 error urgency-first",
    ]);
    expect(ids(ds)).toEqual(["first-not-danger", "danger-unmarked", "danger-unmarked"]);
    expect(reported(invalid("urgency-first/label-swap"), urgencyFirst).map((r) => r.data.node)).toEqual([
      "gevaar",
      "gevaar",
      "ander",
    ]);
  });

  it("refuses `asks: acute-danger` in a tree file and extra answers on the danger form (schema)", () => {
    const contacts = { file: "contacts.yaml", text: "contacts: []\n" };
    const head =
      "id: t\nversion: 1.0.0\ntitle: { nl: T, en: T }\nmain: true\nsources: [ { id: s, url: https://example.org } ]\nentry: g\nnodes:\n";
    const handWritten = `${head}  g:\n    kind: question\n    asks: acute-danger\n    text: { nl: Gevaar?, en: Danger? }\n    answers: [ { id: ja, label: { nl: Ja, en: "Yes" }, next: g } ]\n`;
    const extra = `${head}  g:\n    kind: danger\n    ja: { next: g }\n    nee: { next: g }\n    unknown: { next: g }\n    answers: [ { id: twijfel, label: { nl: "Misschien gevaar", en: "Maybe danger" }, next: g } ]\n`;
    for (const text of [handWritten, extra]) {
      const r = loadFromTexts([{ file: "t.yaml", text }], contacts);
      expect(r.treeSet).toBeUndefined();
      expect(r.diagnostics.filter((d) => d.ruleId === "schema" && d.file === "t.yaml").map((d) => d.line)).toEqual([
        text === handWritten ? 10 : 13,
      ]);
    }
  });

  it("does not accept the expanded form once its labels are swapped (a set built in code)", () => {
    const set = loadSet(VALID);
    const form = set.nodes.get("gevaar")!.node as QuestionNode;
    expect(isDangerForm(form)).toBe(true);
    const [yes, no] = form.answers;
    const swapped: QuestionNode = {
      ...form,
      answers: [
        { ...yes!, label: no!.label },
        { ...no!, label: yes!.label },
      ],
    };
    expect(isDangerForm(swapped)).toBe(false);
    const second: QuestionNode = {
      ...form,
      answers: [...form.answers, { id: "twijfel", label: { nl: "Misschien", en: "Maybe" }, next: "soort" }],
    };
    expect(isDangerForm(second)).toBe(false);
    const nodes = new Map(set.nodes);
    nodes.set("gevaar", { ...set.nodes.get("gevaar")!, node: swapped });
    const ds = runChecks({ ...set, nodes } as TreeSet, CONFIG, [urgencyFirst]);
    expect(ids(ds)).toEqual(["first-not-danger"]);
  });

  it("reports danger asked in a checklist: an unmarked item that names it, and an acute item whose route meets a question first", () => {
    const ds = check(invalid("urgency-first/danger-in-checklist"), [urgencyFirst]);
    expect(brief(ds)).toEqual([
      // Line 25: item 'nu-gevaar' ("Het kind is nu in direct gevaar") has no `acute: true`: the item at column 9.
      "start.yaml:25:9 error urgency-first",
      // Line 26: item 'opgesloten' is acute; ticked with 'geld' it takes route 1 to the question 'wie'.
      "start.yaml:26:9 error urgency-first",
    ]);
    expect(ids(ds)).toEqual(["danger-unmarked-item", "acute-not-112"]);
    // Ticking only 'opgesloten' takes route 2, straight to the 112 outcome: not reported.
    expect(reported(invalid("urgency-first/danger-in-checklist"), urgencyFirst).map((r) => r.data)).toMatchObject([
      { item: "nu-gevaar" },
      { node: expect.any(String), item: "opgesloten", answer: "route-1" },
    ]);
  });

  it("reports each acute answer and unknown that meets a question, or only guarded or non-acute 112 advice, before 112", () => {
    const ds = check(invalid("urgency-first/no-112"), [urgencyFirst]);
    expect(brief(ds)).toEqual([
      // Line 18: `    ja: { next: bel-112 }`: its 112 advice holds only with 'stil', which only "nee" sets.
      "start.yaml:18:17 error urgency-first",
      // Line 20: `    unknown: { next: twijfel }`: `twijfel` advises 112 as spoed only.
      "start.yaml:20:22 error urgency-first",
      // Line 38: `      - { id: ja, label: { nl: Ja, en: "Yes" }, next: wie, acute: true }`: `wie` at column 55.
      "start.yaml:38:55 error urgency-first",
    ]);
    expect(ids(ds)).toEqual(["acute-not-112", "acute-not-112", "acute-not-112"]);
    // 'direct' and vermist's unknown pass an info node and a link to an outcome that advises 112: not reported.
    expect(reported(invalid("urgency-first/no-112"), urgencyFirst).map((r) => [r.data.node, r.data.answer])).toEqual([
      ["gevaar", "ja"],
      ["gevaar", "unknown"],
      ["vermist", "ja"],
    ]);
  });

  // From the rules review (formerly review-fixes.test.ts).
  it("urgency-first checks every question that marks an answer acute, not only the first", () => {
    // vervolg.yaml line 15: `      - { id: ja, label: ..., next: melden }` gets acute: true, and melden gives no 112.
    const dir = fixtureVariant("vervolg.yaml", (t) =>
      t.replace("next: melden }\n      - { id: nee", "next: melden, acute: true }\n      - { id: nee"),
    );
    const r = loadFromPaths([dir], process.cwd());
    const ds = runChecks(r.treeSet!, defaultConfig("2026-11-28"), [urgencyFirst]);
    expect(ds.map((d) => `${d.file.split("/").pop()}:${d.line} ${d.ruleId}`)).toEqual([
      "vervolg.yaml:15 urgency-first",
    ]);
    expect(ds[0]!.messageId).toBe("acute-not-112");
    // At question 'overleg'; line 14 is answer 'ja' itself (not "weet ik niet"), its next `melden` at column 55.
    expect(reported(r.treeSet!, urgencyFirst)).toMatchObject([{ at: "vervolg.yaml:15:55", data: { node: "overleg" } }]);
  });
});
