import { readFileSync, readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { Ajv2020 } from "ajv/dist/2020.js";
import { describe, expect, it } from "vitest";
import { main } from "../src/cli.js";
import { fakeIo } from "./fake-io.js";
import { FIXTURES, tempDir } from "./helpers.js";

const OUTPUT = "schemas/output";
/** Every output schema compiled with Ajv 2020 in strict mode, as the build compiles the input schemas. */
function compiler() {
  const ajv = new Ajv2020({ allErrors: true, strict: true });
  for (const k of ["markdownDescription", "defaultSnippets"]) ajv.addKeyword(k);
  ajv.addSchema(JSON.parse(readFileSync("schemas/contacts.schema.json", "utf8")));
  for (const f of readdirSync(OUTPUT)) ajv.addSchema(JSON.parse(readFileSync(join(OUTPUT, f), "utf8")));
  return (name: string) => ajv.getSchema(`https://signaalroute.nl/schemas/output/${name}.schema.json`)!;
}
const schemaFor = compiler();

async function jsonOf(args: string[]): Promise<unknown> {
  const io = fakeIo();
  await main(["--lang", "en", ...args], io);
  return JSON.parse(io.stdout());
}

function expectValid(name: string, data: unknown): void {
  const validate = schemaFor(name);
  expect(validate(data), `${name}: ${JSON.stringify(validate.errors?.slice(0, 3))}`).toBe(true);
}

const DIFF_OLD = join(FIXTURES, "trees/views/diff-old");
const DIFF_NEW = join(FIXTURES, "trees/views/diff-new");

describe("a JSON Schema for every --json output, checked against real outputs", () => {
  it("there is one per command with --json data, each with an $id under signaalroute.nl", () => {
    const files = readdirSync(OUTPUT).sort();
    expect(files).toEqual([
      "contacts.schema.json",
      "diff.schema.json",
      "routes.schema.json",
      "scenario-run.schema.json",
      "stats.schema.json",
      "trees.schema.json",
      "validate.schema.json",
    ]);
    for (const f of files)
      expect(JSON.parse(readFileSync(join(OUTPUT, f), "utf8")).$id).toBe(`https://signaalroute.nl/schemas/output/${f}`);
  });

  it("validate (clean, with problems, and a region file)", { timeout: 120_000 }, async () => {
    expectValid("validate", await jsonOf(["validate", "--json", join(FIXTURES, "trees/valid/all-rules")]));
    expectValid("validate", await jsonOf(["validate", "--json", join(FIXTURES, "trees/invalid/declared-invariants")]));
    expectValid("validate", await jsonOf(["validate", "--json", join(FIXTURES, "trees/invalid/schema")]));
    expectValid("validate", await jsonOf(["validate", "--json", "trees/regions/template.yaml"]));
  });

  it("trees, contacts (with a region file), routes, stats", { timeout: 120_000 }, async () => {
    expectValid("trees", await jsonOf(["trees", "--json"]));
    expectValid("contacts", await jsonOf(["contacts", "--json", "--region", "trees/regions/voorbeeld.yaml"]));
    expectValid("routes", await jsonOf(["routes", "--json"]));
    expectValid("stats", await jsonOf(["stats", "--json"]));
  });

  it("diff, with and without differences", async () => {
    expectValid("diff", await jsonOf(["diff", "--json", DIFF_OLD, DIFF_NEW]));
    expectValid("diff", await jsonOf(["diff", "--json", DIFF_OLD, DIFF_OLD]));
  });

  it("scenario run, passing and with an invalid file", { timeout: 120_000 }, async () => {
    expectValid("scenario-run", await jsonOf(["scenario", "run", "--json", "scenarios/"]));
    const dir = tempDir("signaalroute-out-");
    writeFileSync(join(dir, "kapot.yaml"), "answers: 3\n");
    writeFileSync(join(dir, "fout.yaml"), "answers: { acuut-gevaar: ja }\nexpect: { outcome: bestaat-niet }\n");
    const out = (await jsonOf(["scenario", "run", "--json", dir])) as {
      invalidFiles: unknown[];
      scenarios: { failures: unknown[] }[];
    };
    expect(out.invalidFiles.length).toBe(1);
    expect(out.scenarios[0]!.failures.length).toBeGreaterThan(0);
    expectValid("scenario-run", out);
  });

  it("the schemas can fail: a missing, a mistyped and an unknown field are each refused", async () => {
    const stats = (await jsonOf(["stats", "--json", "--trees", DIFF_OLD])) as Record<string, unknown>;
    expectValid("stats", stats);
    const validate = schemaFor("stats");
    expect(validate({ ...stats, paths: 21 })).toBe(false);
    const { edges: _e, ...noEdges } = stats;
    void _e;
    expect(validate(noEdges)).toBe(false);
    expect(validate({ ...stats, extra: 1 })).toBe(false);
    const v = (await jsonOf(["validate", "--json", join(FIXTURES, "trees/invalid/schema")])) as {
      diagnostics: Record<string, unknown>[];
    };
    v.diagnostics[0]!.severity = "info";
    expect(schemaFor("validate")(v)).toBe(false);
  });
});
