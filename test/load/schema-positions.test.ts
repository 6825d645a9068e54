import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadFromPaths, loadFromTexts } from "../../src/load/load.js";
import { FIXTURES, fixtureVariant } from "../helpers.js";

const DIR = join(FIXTURES, "trees/valid/all-rules");
const START = readFileSync(join(DIR, "start.yaml"), "utf8");
const contacts = { file: "contacts.yaml", text: readFileSync(join(DIR, "contacts.yaml"), "utf8") };
const vervolg = { file: "vervolg.yaml", text: readFileSync(join(DIR, "vervolg.yaml"), "utf8") };

/** Loads the valid fixture with start.yaml edited, and gives each diagnostic as `line:column message`. */
function problems(edit: (text: string) => string): string[] {
  const r = loadFromTexts([{ file: "start.yaml", text: edit(START) }, vervolg], contacts);
  return r.diagnostics.map((d) => `${d.line}:${d.column} ${d.message.en}`);
}

describe("schema positions match the editor's", () => {
  it("the fixture is clean to begin with", () => {
    expect(problems((t) => t)).toEqual([]);
  });

  it("a node id that is not a valid id is reported at that id, naming it, once", () => {
    // Line 50 is `  naar-vervolg:`; the renamed key starts at column 3.
    const out = problems((t) => t.replace("\n  naar-vervolg:", "\n  Naar_Vervolg:"));
    expect(out).toEqual(["50:3 nodes: id 'Naar_Vervolg' does not match the form ^[a-z0-9][a-z0-9-]*$."]);
  });

  it("a checklist route with neither anyOf nor atLeast is one message naming both", () => {
    // Line 45 is `      - { anyOf: [geld], next: naar-vervolg }`; without anyOf the route's map starts at column 9.
    const out = problems((t) => t.replace("- { anyOf: [geld], next: naar-vervolg }", "- { next: naar-vervolg }"));
    expect(out).toEqual(["45:9 node 'soort' > routes.1: property 'anyOf' or 'atLeast' is missing. Add one."]);
  });

  it("an unknown property is reported at the key, not at its value", () => {
    // Line 12 is `    kind: info` under `welkom`; `kynd` starts at column 5.
    const out = problems((t) => t.replace("  welkom:\n    kind: info", "  welkom:\n    kynd: info\n    kind: info"));
    expect(out).toEqual(["12:5 node 'welkom': unknown property 'kynd'. Did you mean 'kind'?"]);
  });

  // From the rules review (formerly review-fixes.test.ts).
  it("a checklist route without a condition (it would always fire) is a schema error", () => {
    const dir = fixtureVariant("start.yaml", (t) =>
      t.replace("- { anyOf: [geld], next: naar-vervolg }", "- { of: [geld], next: naar-vervolg }"),
    );
    const r = loadFromPaths([dir], process.cwd());
    expect(r.treeSet).toBeUndefined();
    const lines = r.diagnostics.map((d) => `${d.line} ${d.message.en}`);
    // The two alternatives (anyOf, atLeast) are one message, as an editor shows an anyOf. Line 36 is the changed route.
    expect(lines).toContain("36 node 'soort' > routes.1: property 'anyOf' or 'atLeast' is missing. Add one.");
  });
});
