import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { isDeepStrictEqual } from "node:util";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseDocument, stringify, type ToStringOptions } from "yaml";
import { genChain, genLargeTree } from "../../bench/gen-trees.mjs";
import { parseYaml } from "../../src/load/yaml-file.js";
import { readPlainYaml } from "../../src/load/yaml-fast.js";
import { ROOT } from "../helpers.js";

// The fast reader (src/load/yaml-fast.ts) must give exactly what the full parser gives, or step aside.
// "Exactly": the same values (Object.is for numbers, so -0 and NaN count), the same own keys in the
// same order, the same prototypes; and never a value for a text the full parser finds an error in.

/** What the loader gave before the fast reader: parseDocument, then toJS (errors mean no value). */
function full(text: string): { errors: number; value?: unknown } {
  const doc = parseDocument(text, { prettyErrors: false, uniqueKeys: true });
  if (doc.errors.length > 0) return { errors: doc.errors.length };
  return { errors: 0, value: doc.toJS({ maxAliasCount: 50 }) };
}

/** Same values, key order included (isDeepStrictEqual ignores the order of keys). */
function same(a: unknown, b: unknown): boolean {
  if (!isDeepStrictEqual(a, b)) return false;
  const keys = (v: unknown): unknown =>
    Array.isArray(v)
      ? v.map(keys)
      : v !== null && typeof v === "object"
        ? Object.entries(v).map(([k, x]) => [k, keys(x)])
        : String(v);
  return JSON.stringify(keys(a)) === JSON.stringify(keys(b));
}

/** Fails with the text when the fast reader gives a value the full parser does not. */
function expectAgrees(text: string): "fast" | "full" {
  const fast = readPlainYaml(text);
  if (!fast) return "full";
  const slow = full(text);
  if (slow.errors > 0 || !same(fast.value, slow.value)) {
    throw new Error(
      `fast reader disagrees (full parser: ${slow.errors} errors) on:\n${text}\nfast: ${JSON.stringify(fast.value)}\nfull: ${JSON.stringify(slow.value)}`,
    );
  }
  return "fast";
}

function yamlFiles(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) out.push(...yamlFiles(p));
    else if (/\.ya?ml$/.test(name)) out.push(p);
  }
  return out;
}

describe("the fast YAML reader", () => {
  const corpus = ["trees", "scenarios", "test"].flatMap((d) => yamlFiles(join(ROOT, d)));

  it("gives parseDocument's values on every YAML file of the repository (trees, scenarios, fixtures, fuzz corpus)", () => {
    expect(corpus.length).toBeGreaterThan(100);
    const fast = corpus.filter((f) => expectAgrees(readFileSync(f, "utf8")) === "fast").map((f) => relative(ROOT, f));
    // Not a vacuous comparison: the bundled trees (all but none) and most fixtures take the fast path.
    for (const f of yamlFiles(join(ROOT, "trees"))) expect(fast).toContain(relative(ROOT, f));
    expect(fast.length).toBeGreaterThan(corpus.length * 0.8);
  });

  it("reads the generated benchmark sets on the fast path, with the same values", () => {
    for (const g of [genLargeTree(400), genChain(12)]) {
      for (const f of [...g.trees, g.contacts]) expect(expectAgrees(f.text)).toBe("fast");
    }
  });

  it("steps aside for what it does not read: errors, duplicate keys, aliases, tags, multi-line scalars, tabs", () => {
    const aside = [
      "a: 1\na: 2\n", // duplicate key: the full parser reports it
      "a: &x 1\nb: *x\n",
      "a: !!str 1\n",
      "a: b: c\n",
      "a: 'x\n  y'\n",
      "a: x\n  y\n",
      "a:\n\t- x\n",
      "a: [x,\n  y]\n",
      "%YAML 1.2\n---\na: 1\n",
      "a: 1\r\nb: 2\r\n",
      "? a\n: b\n",
      "a: |2\n   x\n",
      "a: |+\n  x\n\n",
      "- |\n  x\n",
      'a: "\\q"\n',
      "a: [x, y,]\n",
      "1: x\n",
      "a:\n  b: 1\n c: 2\n",
      "a: x #c\n  y: 1\n",
    ];
    for (const text of aside) expect(readPlainYaml(text), text).toBeUndefined();
  });

  it("reads the values YAML 1.2's core schema gives plain scalars, and the escapes of double quotes", () => {
    const text = [
      "n1: ~",
      "n2: null",
      "n3:",
      "b1: true",
      "b2: False",
      "i1: 012",
      "i2: 0o17",
      "i3: 0x1F",
      "i4: -0",
      "f1: .inf",
      "f2: -.5e3",
      "f3: .NaN",
      "s1: yes",
      "s2: 2026-11-01",
      "s3: 1_000",
      "s4: 0b101",
      "s5: a # comment",
      's6: "tab\\there \\u00e9 \\x41 \\N"',
      "s7: 'it''s'",
      "__proto__: p",
      "constructor: c",
      "flow: { a: [1, '2', \"3\", x y], b: {} , c: [] }",
      "lit: |",
      "  one",
      "    two",
      "",
      "  three",
      "fold: >-",
      "  one",
      "  two",
      "seq:",
      "- a",
      "- k: v",
      "  k2: v2",
      "-",
      "  - nested",
    ].join("\n");
    expect(expectAgrees(text)).toBe("fast");
    const v = readPlainYaml(text)!.value as Record<string, unknown>;
    // Checked by hand against the YAML 1.2 core schema, not copied from output.
    expect(v.n3).toBeNull();
    expect(v.i1).toBe(12);
    expect(v.i2).toBe(15);
    expect(Object.is(v.i4, -0)).toBe(true); // the core schema reads ints with parseInt, which keeps the sign of -0
    expect(v.s1).toBe("yes");
    expect(v.s2).toBe("2026-11-01");
    expect(v.s5).toBe("a");
    expect(v.s6).toBe("tab\there é A \u0085");
    expect(Object.getPrototypeOf(v)).toBe(Object.prototype);
    expect(Object.prototype.hasOwnProperty.call(v, "__proto__")).toBe(true);
    expect(v.lit).toBe("one\n  two\n\nthree\n");
    expect(v.fold).toBe("one two");
    expect(v.seq).toEqual(["a", { k: "v", k2: "v2" }, ["nested"]]);
  });

  it("agrees with parseDocument on values written by the yaml package in every style (property)", () => {
    const scalar = fc.oneof(
      fc.string({ unit: fc.constantFrom(..."ab :#-'\"\\[]{},?!&*|>%@`é\u00a0€💡0123456789.eE+xo~nulTrFs_\n\t") }),
      fc.integer(),
      fc.double(),
      fc.boolean(),
      fc.constant(null),
    );
    const key = fc.string({ unit: fc.constantFrom(..."ab :#-'\"[]{},?é0123.~_") });
    const value = fc.letrec((tie) => ({
      node: fc.oneof(
        { depthSize: "small" },
        scalar,
        fc.array(tie("node"), { maxLength: 4 }),
        fc.dictionary(key, tie("node"), { maxKeys: 4 }),
      ),
    })).node;
    const options = fc.record({
      collectionStyle: fc.constantFrom("any", "block", "flow"),
      defaultStringType: fc.constantFrom("PLAIN", "QUOTE_DOUBLE", "QUOTE_SINGLE", "BLOCK_LITERAL", "BLOCK_FOLDED"),
      defaultKeyType: fc.constantFrom(null, "PLAIN", "QUOTE_DOUBLE"),
      lineWidth: fc.constantFrom(0, 20, 80),
      indent: fc.constantFrom(2, 4),
      indentSeq: fc.boolean(),
    });
    let fast = 0;
    fc.assert(
      fc.property(fc.dictionary(key, value, { minKeys: 1, maxKeys: 5 }), options, (v, o) => {
        const text = stringify(v, o as ToStringOptions);
        if (expectAgrees(text) === "fast") fast++;
      }),
      { numRuns: 400 },
    );
    // Random strings often hold what the fast reader leaves to the full parser (tabs, line breaks); enough do not.
    expect(fast).toBeGreaterThan(50);
  });

  it("never gives a value for a mutated tree file that parseDocument rejects or reads otherwise (property)", () => {
    const seeds = [
      readFileSync(join(ROOT, "trees/triage.yaml"), "utf8").slice(0, 6000),
      genLargeTree(40).trees[0]!.text,
      readFileSync(join(ROOT, "test/fixtures/trees/valid/basic/start.yaml"), "utf8"),
    ];
    const piece = fc.constantFrom(
      " ",
      "  ",
      "\n",
      ":",
      ": ",
      "- ",
      "#",
      " #",
      "'",
      '"',
      "\\",
      "[",
      "]",
      "{",
      "}",
      ",",
      "|",
      ">",
      "-",
      "?",
      "&a",
      "*a",
      "!",
      "%",
      "x",
      "1",
      "\t",
      "é",
    );
    let fast = 0;
    fc.assert(
      fc.property(
        fc.constantFrom(...seeds),
        fc.array(fc.tuple(fc.nat(), fc.nat(3), piece), { minLength: 1, maxLength: 3 }),
        (seed, edits) => {
          let text = seed;
          for (const [at, del, ins] of edits) {
            const i = at % (text.length + 1);
            text = text.slice(0, i) + ins + text.slice(i + del);
          }
          if (expectAgrees(text) === "fast") fast++;
        },
      ),
      { numRuns: 1500 },
    );
    expect(fast).toBeGreaterThan(100);
  });
});

describe("parseYaml on the fast path", () => {
  it("locates like the full parser (positions are made from a full parse when first asked for)", () => {
    const text = "id: t\nnodes:\n  a: { kind: info, text: { nl: x, en: y } }\n  b:\n    kind: outcome\n";
    const r = parseYaml("t.yaml", text);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    // Counted by hand: `a`'s text at line 3, column 26 (its `{`); `b`'s kind value at line 5, column 11.
    expect(r.value.locate(["nodes", "a", "text"])).toMatchObject({ line: 3, column: 26 });
    expect(r.value.locate(["nodes", "b", "kind"])).toMatchObject({ line: 5, column: 11 });
    expect(r.value.locate(["nodes", "b"], { key: true })).toMatchObject({ line: 4, column: 3 });
  });

  it("still reports a duplicate key at its place (the full parser runs when the fast reader steps aside)", () => {
    const r = parseYaml("d.yaml", "a: 1\nb: 2\na: 3\n");
    expect(r.ok).toBe(false);
    expect(r.diagnostics[0]).toMatchObject({ line: 3, column: 1, ruleId: "yaml-syntax" });
  });
});
