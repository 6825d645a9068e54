import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { CONSULT_RULES, ALL_RULES } from "../../src/check/rules/index.js";
import { questionHelp } from "../../src/check/rules/question-help.js";
import { runChecks } from "../../src/check/run-checks.js";
import { run } from "../../src/commands/consult.js";
import { loadFromTexts } from "../../src/load/load.js";
import { fakeIo } from "../fake-io.js";
import { BASIC, loadSet, ROOT, tempDir } from "../helpers.js";
import { brief, check, CONFIG, invalid, VALID } from "./check-helpers.js";

const FIXTURE = invalid("question-help");

describe("question-help", () => {
  describe("valid", () => {
    it.each([
      ["the valid fixture", VALID],
      ["the basic fixture", BASIC],
      // Every bundled question and checklist has help: `validate trees/` stays clean of this rule.
      ["the bundled trees", join(ROOT, "trees")],
    ])("%s: every question and checklist has help", (_name, dir) => {
      expect(check(dir, [questionHelp])).toEqual([]);
    });

    it("does not ask help of the danger form, an info step or an outcome (the fixture's 'gevaar', 'bel-112', outcomes)", () => {
      const ids = check(FIXTURE, [questionHelp]).map((d) => d.message.en.split("'")[1]);
      expect(ids).toEqual(["school", "signalen"]);
    });
  });

  describe("invalid", () => {
    it("warns at each question and checklist without help, at the node, with its message id", () => {
      const ds = check(FIXTURE, [questionHelp]);
      expect(ds.map((d) => `${brief([d])[0]} ${d.messageId}`)).toEqual([
        // Line 24 is `  school:`; its node (the mapping) starts at line 25, `    kind: question`, column 5.
        "start.yaml:25:5 warning question-help question-without-help",
        // Line 30 is `  signalen:`; its node starts at line 31, `    kind: checklist`.
        "start.yaml:31:5 warning question-help checklist-without-help",
      ]);
      expect(ds[0]!.message.en).toContain("Question 'school' has no help");
      expect(ds[0]!.message.nl).toContain("Vraag 'school' heeft geen uitleg");
      expect(ds[1]!.message.en).toContain("Checklist 'signalen' has no help");
      expect(ds[1]!.message.nl).toContain("Lijst 'signalen' heeft geen uitleg");
    });

    it("is fixed by adding help: the same fixture with help on both is clean", () => {
      const text = readFileSync(join(FIXTURE, "start.yaml"), "utf8");
      const help = "    help: { nl: Uitleg bij deze vraag., en: Help for this question. }\n";
      const fixed = text
        .replace("    text: { nl: Gaat het kind naar school?, en: Does the child go to school? }\n", (l) => l + help)
        .replace("    text: { nl: Wat ziet u?, en: What do you see? }\n", (l) => l + help);
      expect(fixed.split("help:").length - 1).toBe(3);
      const r = loadFromTexts([{ file: "start.yaml", text: fixed }], {
        file: "contacts.yaml",
        text: readFileSync(join(FIXTURE, "contacts.yaml"), "utf8"),
      });
      expect(r.diagnostics).toEqual([]);
      expect(runChecks(r.treeSet!, CONFIG, [questionHelp])).toEqual([]);
    });

    it("help in one language only is not a text the model allows: the schema refuses it before any rule runs", () => {
      const text = readFileSync(join(FIXTURE, "start.yaml"), "utf8").replace(
        "    text: { nl: Wat ziet u?, en: What do you see? }\n",
        (l) => l + "    help: { nl: Alleen in het Nederlands. }\n",
      );
      const r = loadFromTexts([{ file: "start.yaml", text }], {
        file: "contacts.yaml",
        text: readFileSync(join(FIXTURE, "contacts.yaml"), "utf8"),
      });
      expect(r.treeSet).toBeUndefined();
      // Line 33 is the added help line.
      expect(r.diagnostics.map((d) => `${d.ruleId} ${d.line}`)).toEqual(["schema 33"]);
    });
  });

  describe("a consult does not refuse trees for a missing help text", () => {
    it("is in ALL_RULES (validate) but not in CONSULT_RULES", () => {
      expect(ALL_RULES.map((r) => r.id)).toContain("question-help");
      expect(CONSULT_RULES.map((r) => r.id)).not.toContain("question-help");
      // The only rules a consult leaves out: the two warnings about content, not about routes.
      expect(ALL_RULES.filter((r) => !CONSULT_RULES.includes(r)).map((r) => r.id)).toEqual([
        "contact-freshness",
        "question-help",
      ]);
      // On the fixture, everything a consult checks passes.
      expect(runChecks(loadSet(FIXTURE), CONFIG, CONSULT_RULES)).toEqual([]);
    });

    it("consults the fixture without help to its advice (--answers, no terminal)", async () => {
      const dir = tempDir("signaalroute-help-");
      const file = join(dir, "a.yaml");
      writeFileSync(file, "gevaar: nee\nschool: ja\nsignalen: [geld]\noverleg: ja\n");
      const io = fakeIo({ cwd: dir });
      expect(await run({ lang: "nl", color: false, trees: [FIXTURE], answers: file }, { io })).toBe(0);
      expect(io.stdout()).toContain("Bespreek het");
      expect(io.stdout()).toContain("Testteam A");
      expect(io.stderr()).not.toContain("question-help");
    });
  });
});
