import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { main } from "../../src/cli.js";
import { MAX_NESTING, parseYaml } from "../../src/load/yaml-file.js";
import { formatStylish } from "../../src/render/diagnostics-text.js";
import { Chalk } from "chalk";
import { fakeIo } from "../fake-io.js";

const dir = mkdtempSync(join(tmpdir(), "sr-hostile-"));
/** 3,000 nested block sequences on one line: 6 KB, deeper than the parser's recursion allows. */
const deep = join(dir, "deep.yaml");
writeFileSync(deep, "- ".repeat(3000) + "x\n");
/** The same depth under a key the tree format knows, so the loader gets past the top level. */
const deepTitle = join(dir, "deep-title.yaml");
/** A fictional answers file, so the commands get past their arguments to the file under test. */
const answers = join(dir, "answers.yaml");
writeFileSync(answers, "answers:\n  acuut-gevaar: ja\n");
writeFileSync(
  deepTitle,
  "id: diep\nversion: 1.0.0\ntitle:\n" + Array.from({ length: 1500 }, (_, i) => " ".repeat(i + 1) + "-\n").join(""),
);

describe("hostile YAML: deep nesting never crashes a command", () => {
  it("parseYaml reports the nesting at its line, in both languages, and does not throw", () => {
    const r = parseYaml("deep.yaml", "- ".repeat(3000) + "x\n");
    expect(r.ok).toBe(false);
    const d = r.diagnostics[0]!;
    expect(d.ruleId).toBe("yaml-syntax");
    expect(d.line).toBe(1);
    expect(d.message.nl).toContain("te diep in elkaar genest");
    expect(d.message.en).toContain("nested too deeply");
    expect(d.message.en).not.toContain("call stack");
  });

  it("the depth limit sits between what trees need and what breaks the parser: 64 levels parse, 65 do not", () => {
    const block = (n: number) => Array.from({ length: n }, (_, i) => " ".repeat(i) + "-").join("\n") + " x\n";
    const flow = (n: number) => "a: " + "[".repeat(n - 1) + "x" + "]".repeat(n - 1) + "\n";
    expect(MAX_NESTING).toBe(64);
    expect(parseYaml("ok.yaml", block(64)).ok).toBe(true);
    expect(parseYaml("ok.yaml", flow(64)).ok).toBe(true);
    expect(parseYaml("no.yaml", block(65)).diagnostics[0]!.line).toBe(65);
    expect(parseYaml("no.yaml", flow(65)).diagnostics[0]!.message.en).toContain("more than 64 levels");
    // Brackets inside quotes and comments are text, not nesting.
    expect(parseYaml("q.yaml", `a: "${"[".repeat(100)}"\nb: 1 # ${"{".repeat(100)}\n`).ok).toBe(true);
  });

  it.each([
    ["validate", (f: string) => ["validate", f]],
    ["graph", (f: string) => ["graph", "--trees", f]],
    ["routes", (f: string) => ["routes", "--trees", f]],
    ["consult --trees", (f: string) => ["consult", "--trees", f, "--answers", answers]],
    ["consult --region", (f: string) => ["consult", "--region", f, "--answers", answers]],
    ["consult --answers", (f: string) => ["consult", "--answers", f]],
  ])(
    "%s on a 6 KB nested file: a message with file:line, a documented exit code, no stack trace",
    async (_name, args) => {
      for (const file of [deep, deepTitle]) {
        const io = fakeIo();
        const code = await main(args(file), io);
        const all = io.stdout() + io.stderr();
        expect([1, 2]).toContain(code);
        expect(all).not.toMatch(/Maximum call stack|RangeError|\n\s+at /);
        expect(all).toMatch(/deep(-title)?\.yaml:\d+:\d+/);
      }
    },
  );
});

describe("many problems in one file are reported in linear time", () => {
  it("16,000 invalid nodes: one message per node, each at its own line", () => {
    const n = 16000;
    const lines = ["id: groot", "version: 1.0.0", "title: { nl: Groot, en: Big }", "entry: n0", "nodes:"];
    for (let i = 0; i < n; i++) lines.push(`  n${i}: { kind: vraag }`);
    const file = join(dir, "big.yaml");
    writeFileSync(file, lines.join("\n") + "\n");
    const io = fakeIo();
    return main(["validate", file], io).then((code) => {
      expect(code).toBe(1);
      const out = io.stdout();
      // Node n{i} is on line i + 6 (five header lines), its unknown kind at column 15.
      const located = [...out.matchAll(/big\.yaml:(\d+):(\d+)/g)].map((m) => Number(m[1]));
      const nodeLines = new Set(located.filter((l) => l >= 6));
      expect(nodeLines.size).toBe(n);
      expect(nodeLines.has(6)).toBe(true);
      expect(nodeLines.has(n + 5)).toBe(true);
    });
  }, 60_000);

  it("a duplicate key among 20,000 is found at the second occurrence, and only there", () => {
    const keys = Array.from({ length: 20000 }, (_, i) => `k${i}: 1`);
    keys.splice(12345, 0, "k7: 2"); // the duplicate goes on line 12,346
    const r = parseYaml("dup.yaml", keys.join("\n") + "\n");
    expect(r.ok).toBe(false);
    expect(r.diagnostics.map((d) => `${d.line}:${d.column}`)).toEqual(["12346:1"]);
    expect(r.diagnostics[0]!.message.nl).toContain("twee keer");
  });

  it('keys that differ only in type ("1" and 1) are not duplicates, as in YAML itself', () => {
    expect(parseYaml("t.yaml", '"1": a\n1: b\n').ok).toBe(true);
  });

  it("the stylish formatter groups 16,000 messages per file in order", () => {
    const list = Array.from({ length: 16000 }, (_, i) => ({
      file: i % 2 ? "b.yaml" : "a.yaml",
      line: i + 1,
      column: 1,
      ruleId: "schema",
      severity: "error" as const,
      message: { nl: `m${i}`, en: `m${i}` },
    }));
    const text = formatStylish(list, "en", new Chalk({ level: 0 }));
    const aLines = text.split("\n").filter((l) => l.includes("a.yaml:"));
    expect(aLines).toHaveLength(8000);
    expect(aLines[0]).toContain("a.yaml:1:1");
    expect(aLines[7999]).toContain("a.yaml:15999:1");
    expect(text.indexOf("b.yaml:2:1")).toBeGreaterThan(text.indexOf("a.yaml:15999:1"));
  });
});
