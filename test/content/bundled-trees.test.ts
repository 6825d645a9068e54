import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { defaultConfig, runChecks } from "../../src/check/run-checks.js";
import { currentQuestion, start, step } from "../../src/engine/engine.js";
import { loadSet, ROOT } from "../helpers.js";

const set = loadSet(join(ROOT, "trees"));

describe("the bundled trees", () => {
  it("pass every rule without errors or warnings", () => {
    const ds = runChecks(set, defaultConfig("2026-11-28"));
    expect(ds.map((d) => `${d.file}:${d.line}:${d.column} ${d.ruleId} ${d.message.en}`)).toEqual([]);
  });

  it("start with the acute-danger question, whose 'ja' gives the 112 advice before any other question", () => {
    const s = start(set);
    const first = currentQuestion(set, s)!;
    expect(first.kind).toBe("question");
    expect(first.kind === "question" && first.asks).toBe("acute-danger");
    const acute = first.kind === "question" ? first.answers.find((a) => a.acute)! : undefined;
    const r = step(set, s, acute!.id);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const next = currentQuestion(set, r.value.state)!;
    // The very next step is an info step carrying the 112 advice.
    expect(next.kind).toBe("info");
    expect(next.kind === "info" && next.advice?.some((a) => a.contact === "alarm-112" && a.urgency === "acuut")).toBe(true);
  });

  it("name no discouraged terms anywhere", () => {
    const all = JSON.stringify([...set.trees.values(), ...set.contacts.values()]).toLowerCase();
    for (const term of ["loverboy", "kinderprostitu", "jeugdprostitu", "child prostitut"]) expect(all).not.toContain(term);
  });
});
