import { readFileSync } from "node:fs";
import { join } from "node:path";
import { Ajv2020 } from "ajv/dist/2020.js";
import { describe, expect, it } from "vitest";
import { main } from "../../src/cli.js";
import { FIXTURES, fixtureVariant, ROOT } from "../helpers.js";
import { fakeIo } from "../fake-io.js";

const OLD = join(FIXTURES, "trees/views/diff-old");
const NEW = join(FIXTURES, "trees/views/diff-new");

describe("diff --exit-code", () => {
  it("exits 1 when the routes differ and 0 when they are the same, like git diff --exit-code; without it, 0 either way", async () => {
    expect(await main(["diff", "--exit-code", OLD, NEW], fakeIo())).toBe(1);
    expect(await main(["diff", "--exit-code", "--json", OLD, NEW], fakeIo())).toBe(1);
    expect(await main(["diff", "--exit-code", OLD, OLD], fakeIo())).toBe(0);
    expect(await main(["diff", OLD, NEW], fakeIo())).toBe(0);
  });

  it("a diff that cannot run is still exit 2", async () => {
    expect(await main(["diff", "--exit-code", OLD, join(FIXTURES, "does-not-exist")], fakeIo())).toBe(2);
  });
});

// The edit bench/diff-bench.mjs times: one more contact (politie, acuut) at the bundled trees' first info step.
// Every later mix of advice is a result of its own (millions); the results are compared on 112 and politie.
describe("diff of an early change on the bundled trees", () => {
  it("prints a summary compared on the changed contacts, says so, and its JSON fits the output schema", async () => {
    const edited = fixtureVariant(
      "triage.yaml",
      (t) =>
        t.replace(
          '          en: "There is (possibly) direct danger. In direct danger you always call 112 first."\n    next: vermist',
          '          en: "There is (possibly) direct danger. In direct danger you always call 112 first."\n      - contact: politie\n        urgency: acuut\n        why: { nl: "Test.", en: "Test." }\n    next: vermist',
        ),
      join(ROOT, "trees"),
    );
    const io = fakeIo();
    expect(await main(["diff", "--json", join(ROOT, "trees"), edited], io)).toBe(0);
    const d = JSON.parse(io.stdout());
    const ajv = new Ajv2020({ allErrors: true, strict: true });
    for (const k of ["markdownDescription", "defaultSnippets"]) ajv.addKeyword(k);
    expect(ajv.validate(JSON.parse(readFileSync(join(ROOT, "schemas/output/diff.schema.json"), "utf8")), d)).toBe(true);
    expect(d.same).toBe(false);
    expect(d.complete).toBe(false);
    expect(d.comparedOn).toMatchObject({ contacts: ["alarm-112", "politie"], exhausted: false, walkIncomplete: false });
    // Every changed route passes bel-112 and the stop after it: every result was compared on those contacts.
    expect(d.comparedOn.results).toBe(d.combinationsTotal);
    expect(d.combinations).toEqual([]);
    // Every route through bel-112 now advises politie at acuut: added where no later step advised it, else a
    // level up from regulier (the police's own advice later in the trees); nothing dropped, 112 untouched.
    const changes = d.summary.map(
      (g: { added: { contact: string }[]; urgencyChanged: { contact: string; to: string }[]; removed: unknown[] }) => [
        g.added.map((a) => a.contact),
        g.urgencyChanged.map((u) => `${u.contact}->${u.to}`),
        g.removed.length,
      ],
    );
    expect(changes).toContainEqual([["politie"], [], 0]);
    expect(changes).toContainEqual([[], ["politie->acuut"], 0]);
    expect(
      changes.every(
        ([added, changed, removed]: [string[], string[], number]) =>
          removed === 0 && [...added, ...changed].every((c) => c.startsWith("politie")),
      ),
    ).toBe(true);
    const text = fakeIo();
    await main(["diff", "--lang", "en", join(ROOT, "trees"), edited], text);
    expect(text.stdout()).toContain("Summary: how the advice changes");
    expect(text.stdout()).toContain(
      "compared on the contacts the advice up to there names (Emergency number 112, Police",
    );
    expect(text.stdout()).not.toContain("the list of answer combinations is incomplete");
  });
});
