import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ROOT } from "./helpers.js";

// The consult's start-up is mostly the files Node loads before the first question (each costs about 0.5 ms
// of CPU here; the build puts the consult's modules in one chunk: 32 files became 6). This keeps the
// count from creeping back and keeps the parser and the schema checker off that path. It reads the
// built bundle (npm test builds first); bench/ measures the time itself.
const DIST = join(ROOT, "dist");
const read = (f: string) => readFileSync(join(DIST, f), "utf8");
const staticImports = (f: string) =>
  [...read(f).matchAll(/^import(?:[^"]*?from)?\s*"\.\/([^"]+)";/gm)].map((m) => m[1]!);
const dynamicImport = (f: string, prefix: string) =>
  new RegExp(`import\\("\\./(${prefix}-[A-Z0-9]+\\.js)"\\)`).exec(read(f))?.[1];

function closure(entries: readonly string[]): Set<string> {
  const seen = new Set<string>();
  const go = (f: string) => {
    if (seen.has(f)) return;
    seen.add(f);
    staticImports(f).forEach(go);
  };
  entries.forEach(go);
  return seen;
}

describe.skipIf(!existsSync(join(DIST, "cli.js")))("the files a consult loads before its first question", () => {
  const consult = dynamicImport("cli.js", "consult");
  const prompter =
    consult && [...closure(["cli.js", consult])].map((f) => dynamicImport(f, "inquirer-prompter")).find(Boolean);
  const files = consult && prompter ? closure(["cli.js", consult, prompter]) : new Set<string>();

  it("are found: the CLI, the consult command and the terminal prompter", () => {
    expect(consult).toBeDefined();
    expect(prompter).toBeDefined();
    expect(files.has("cli.js")).toBe(true);
  });

  it("are at most 6 files", () => {
    expect([...files].length, [...files].join(", ")).toBeLessThanOrEqual(6);
  });

  it("hold not the advice screen: it is imported when the consult reaches the advice (consult.ts showAdvice)", () => {
    for (const f of files) expect(read(f), f).not.toMatch(/\bfunction renderAdviceSummary\b/);
  });

  it("hold no YAML parser and no schema compiler (the bundled trees come checked from the build)", () => {
    for (const f of files) {
      expect(read(f), f).not.toMatch(/\bLineCounter\b/);
      expect(read(f), f).not.toMatch(/\bnew Ajv\b|ajv\/dist/);
    }
  });
});
