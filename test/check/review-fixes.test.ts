import { cpSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { defaultConfig, runChecks } from "../../src/check/run-checks.js";
import { urgencyFirst } from "../../src/check/rules/urgency-first.js";
import { loadFromPaths } from "../../src/load/load.js";
import { BASIC } from "../helpers.js";
import { reported } from "./check-helpers.js";

/** A copy of the basic fixture with one file changed. */
function variant(file: string, change: (text: string) => string): string {
  const dir = mkdtempSync(join(tmpdir(), "sr-review-"));
  cpSync(BASIC, dir, { recursive: true });
  const path = join(dir, file);
  const text = readFileSync(path, "utf8");
  const changed = change(text);
  expect(changed).not.toBe(text);
  writeFileSync(path, changed);
  return dir;
}

describe("findings of the rules review", () => {
  it("urgency-first checks every question that marks an answer acute, not only the first", () => {
    // vervolg.yaml line 14: `      - { id: ja, label: ..., next: melden }` gets acute: true, and melden gives no 112.
    const dir = variant("vervolg.yaml", (t) => t.replace('next: melden }\n      - { id: nee', "next: melden, acute: true }\n      - { id: nee"));
    const r = loadFromPaths([dir]);
    const ds = runChecks(r.treeSet!, defaultConfig("2026-11-28"), [urgencyFirst]);
    expect(ds.map((d) => `${d.file.split("/").pop()}:${d.line} ${d.ruleId}`)).toEqual(["vervolg.yaml:14 urgency-first"]);
    expect(ds[0]!.messageId).toBe("acute-not-112");
    // At question 'overleg'; line 14 is answer 'ja' itself (not "weet ik niet"), its next `melden` at column 55.
    expect(reported(r.treeSet!, urgencyFirst)).toMatchObject([{ at: "vervolg.yaml:14:55", data: { node: "overleg" } }]);
  });

  it("a checklist route without a condition (it would always fire) is a schema error", () => {
    const dir = variant("start.yaml", (t) => t.replace("- { anyOf: [geld], next: naar-vervolg }", "- { of: [geld], next: naar-vervolg }"));
    const r = loadFromPaths([dir]);
    expect(r.treeSet).toBeUndefined();
    const lines = r.diagnostics.map((d) => `${d.line} ${d.message.en}`);
    // The two alternatives (anyOf, atLeast) are one message, as an editor shows an anyOf.
    expect(lines).toContain("35 node 'soort' > routes.1: property 'anyOf' or 'atLeast' is missing. Add one.");
  });
});
