import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { defaultConfig, runChecks } from "../../src/check/run-checks.js";
import { currentQuestion, start, step } from "../../src/engine/engine.js";
import { loadSet, ROOT } from "../helpers.js";

const set = loadSet(join(ROOT, "trees"));

describe("the bundled trees", () => {
  it("pass every rule: no errors, and no warnings but the honest contact-freshness ones", () => {
    const ds = runChecks(set, defaultConfig("2026-11-28"));
    expect(
      ds
        .filter((d) => d.ruleId !== "contact-freshness")
        .map((d) => `${d.file}:${d.line}:${d.column} ${d.ruleId} ${d.message.en}`),
    ).toEqual([]);
    // `verified` is the date of the oldest source a contact's details rest on (no one has yet checked them at
    // the organisations): every contact older than 12 months is flagged, as it should be until someone does.
    const stale = [...set.contacts.values()].filter((c) => c.verified < "2025-11-28").map((c) => c.id);
    expect(ds.filter((d) => d.ruleId === "contact-freshness").map((d) => d.severity)).toEqual(
      stale.map(() => "warning"),
    );
  }, 120_000); // CPU-heavy (every rule over the fact graph): generous on a loaded machine

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
    expect(next.kind === "info" && next.advice?.some((a) => a.contact === "alarm-112" && a.urgency === "acuut")).toBe(
      true,
    );
  });

  it("give help ('? Uitleg') on every question and checklist, in both languages", () => {
    const without = [...set.nodes.values()]
      .map((e) => e.node)
      .filter((n) => (n.kind === "question" || n.kind === "checklist") && !(n.help?.nl.trim() && n.help?.en.trim()))
      .map((n) => n.id);
    expect(without).toEqual([]);
  });

  it("name no discouraged terms anywhere a person reads (source addresses are not user text)", () => {
    const all = JSON.stringify([...set.trees.values(), ...set.contacts.values()], (key, value) =>
      key === "url" || key === "sources" ? undefined : value,
    ).toLowerCase();
    for (const term of ["loverboy", "kinderprostitu", "jeugdprostitu", "child prostitut"])
      expect(all).not.toContain(term);
  });
});
