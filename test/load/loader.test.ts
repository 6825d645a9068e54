import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadFromPaths, loadFromTexts } from "../../src/load/load.js";
import { FIXTURES } from "../helpers.js";

const invalid = (name: string) => join(FIXTURES, "trees/invalid", name);
const brief = (r: ReturnType<typeof loadFromPaths>) =>
  r.diagnostics.map((d) => `${d.file.split("/").pop()}:${d.line}:${d.column} ${d.ruleId}`);

describe("loader", () => {
  it("reports a YAML syntax error at its line and column, without throwing", () => {
    const r = loadFromPaths([invalid("syntax")], process.cwd());
    expect(r.treeSet).toBeUndefined();
    // Line 10 is `    text: nl: Vraag`; the second colon's mapping starts at column 11.
    expect(brief(r)).toEqual(["broken.yaml:10:11 yaml-syntax"]);
    expect(r.diagnostics[0]!.message.nl).toContain("twee dubbelepunten");
  });

  it("maps schema violations to the exact place in the file", () => {
    const r = loadFromPaths([invalid("schema")], process.cwd());
    expect(r.treeSet).toBeUndefined();
    expect(brief(r)).toEqual([
      "wrong.yaml:12:9 schema", // answers[0] lacks `next`: points at the answer's first key (`id`)
      "wrong.yaml:14:9 schema", // `nxt: b`: points at the misspelt key, as an editor marks it
      "wrong.yaml:16:11 schema", // `kind: outcom`
      "wrong.yaml:21:14 schema", // `urgency: nu`
    ]);
    const messages = r.diagnostics.map((d) => d.message.en);
    expect(messages[1]).toContain("Did you mean 'next'?");
    expect(messages[0]).toContain("node 'a'");
    // An unknown kind gives one message about the kind, not one per branch of the schema.
    expect(messages.filter((m) => m.includes("node 'b'"))).toHaveLength(1);
  });

  it("reports dangling references with a suggestion, after the set is built", async () => {
    const { runChecks, defaultConfig } = await import("../../src/check/run-checks.js");
    const { STRUCTURAL_RULES } = await import("../../src/check/rules/index.js");
    const r = loadFromPaths([invalid("dangling")], process.cwd());
    expect(r.treeSet).toBeDefined();
    const ds = runChecks(r.treeSet!, defaultConfig("2026-01-01"), STRUCTURAL_RULES).filter(
      (d) => d.ruleId === "references",
    );
    expect(ds.map((d) => `${d.line}:${d.column}`)).toEqual(["12:55", "19:20"]);
    expect(ds.map((d) => d.messageId)).toEqual(["unknown-target", "unknown-contact"]);
    // The message as worded, with its "Did you mean" hint filled in (the one place the wording itself is checked).
    expect(ds[0]!.message.en).toBe(
      "Node 'a' (answer 'ja'): target node 'eindee' does not exist. Did you mean 'einde'?",
    );
    expect(ds[1]!.message.nl).toBe("Knoop 'einde': contact 'team-c' bestaat niet. Bedoelt u 'team-a'?");
  });

  it("reports duplicate node ids across trees", () => {
    const r = loadFromPaths([invalid("duplicate")], process.cwd());
    expect(r.treeSet).toBeUndefined();
    expect(brief(r)).toEqual(["two.yaml:8:5 references"]);
  });

  it("reports a missing path as a diagnostic, not an exception", () => {
    const r = loadFromPaths([join(FIXTURES, "does-not-exist")], process.cwd());
    expect(r.treeSet).toBeUndefined();
    expect(r.diagnostics[0]!.ruleId).toBe("io");
  });

  it("refuses a huge file before parsing it", () => {
    const big = "a: " + "x".repeat(3 * 1024 * 1024);
    const r = loadFromTexts([{ file: "big.yaml", text: big }], { file: "contacts.yaml", text: "contacts: []" });
    expect(r.diagnostics.map((d) => d.ruleId)).toContain("file-too-large");
  });

  it("stops an alias bomb instead of expanding it", () => {
    const bomb = [
      "a: &a [x, x, x, x, x, x, x, x, x, x]",
      "b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]",
      "c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]",
      "d: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c, *c]",
      "e: [*d, *d, *d, *d, *d, *d, *d, *d, *d, *d]",
    ].join("\n");
    const r = loadFromTexts([{ file: "bomb.yaml", text: bomb }], { file: "contacts.yaml", text: "contacts: []" });
    expect(r.treeSet).toBeUndefined();
    expect(r.diagnostics.some((d) => d.file === "bomb.yaml" && d.ruleId === "yaml-syntax")).toBe(true);
  });

  it("a __proto__ key does not pollute prototypes", () => {
    loadFromTexts([{ file: "p.yaml", text: "__proto__: { polluted: true }\nid: p\n" }], {
      file: "contacts.yaml",
      text: "contacts: []",
    });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
