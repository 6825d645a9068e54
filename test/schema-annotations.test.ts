import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { Ajv2020 } from "ajv/dist/2020.js";
import { describe, expect, it } from "vitest";

const INPUT = readdirSync("schemas")
  .filter((f) => f.endsWith(".schema.json"))
  .map((f) => join("schemas", f));
const OUTPUT = readdirSync("schemas/output").map((f) => join("schemas/output", f));
const read = (f: string) => JSON.parse(readFileSync(f, "utf8"));

/** Every property schema in a schema, with its JSON pointer. */
function properties(node: unknown, path = ""): [string, unknown][] {
  if (Array.isArray(node)) return node.flatMap((v, i) => properties(v, `${path}/${i}`));
  if (node === null || typeof node !== "object") return [];
  const obj = node as Record<string, unknown>;
  const own =
    obj.properties && typeof obj.properties === "object"
      ? Object.entries(obj.properties as Record<string, unknown>).map(
          ([k, v]) => [`${path}/properties/${k}`, v] as [string, unknown],
        )
      : [];
  return [...own, ...Object.entries(obj).flatMap(([k, v]) => properties(v, `${path}/${k}`))];
}

/** A snippet body with each placeholder (`${1:text}`, `${2|a,b|}`) replaced by its default, as an editor inserts it. */
function filled(body: unknown): unknown {
  return JSON.parse(
    JSON.stringify(body)
      .replace(/\$\{\d+:([^}]*)\}/g, "$1")
      .replace(/\$\{\d+\|([^,|]*)[^}]*\}/g, "$1"),
  );
}

function ajv() {
  const a = new Ajv2020({ allErrors: true, strict: true });
  for (const k of ["markdownDescription", "defaultSnippets"]) a.addKeyword(k);
  for (const f of INPUT) a.addSchema(read(f));
  return a;
}

describe("schemas explain themselves in the editor", () => {
  it("every property of every schema has a description and a markdownDescription", () => {
    const bare: string[] = [];
    let count = 0;
    for (const f of [...INPUT, ...OUTPUT]) {
      for (const [path, p] of properties(read(f))) {
        count++;
        const s = p as { description?: unknown; markdownDescription?: unknown };
        if (
          typeof s !== "object" ||
          typeof s.description !== "string" ||
          s.description.trim() === "" ||
          typeof s.markdownDescription !== "string" ||
          s.markdownDescription.trim() === ""
        )
          bare.push(`${f}#${path}`);
      }
    }
    expect(bare).toEqual([]);
    expect(count).toBeGreaterThan(240);
  });

  it("offers a snippet for a new node of each kind, a contact, a region file and a regional contact, each valid once filled in", () => {
    const a = ajv();
    const cases: [string, string, string[]][] = [
      [
        "https://signaalroute.nl/schemas/tree.schema.json",
        "/$defs/node",
        ["question", "checklist", "info", "link", "branch", "outcome", "danger"],
      ],
      ["https://signaalroute.nl/schemas/contacts.schema.json", "/$defs/contact", ["contact"]],
      ["https://signaalroute.nl/schemas/region.schema.json", "", ["region file"]],
      ["https://signaalroute.nl/schemas/region.schema.json", "/$defs/override", ["regional contact"]],
    ];
    for (const [id, pointer, labels] of cases) {
      const schema = a.getSchema(id)!.schema as Record<string, unknown>;
      const at = pointer
        .split("/")
        .filter(Boolean)
        .reduce<Record<string, unknown>>((s, k) => s[k] as Record<string, unknown>, schema);
      const snippets = at.defaultSnippets as { label: string; body: unknown }[];
      expect(snippets.map((s) => s.label)).toEqual(labels);
      const validate = a.getSchema(`${id}#${pointer}`)!;
      for (const s of snippets)
        expect(validate(filled(s.body)), `${s.label}: ${JSON.stringify(validate.errors?.slice(0, 2))}`).toBe(true);
    }
  });

  it("a snippet that is not valid is caught (the check can fail)", () => {
    const validate = ajv().getSchema("https://signaalroute.nl/schemas/tree.schema.json#/$defs/node")!;
    expect(validate(filled({ kind: "info", text: { nl: "${1:x}", en: "y" } }))).toBe(false);
  });

  it("VS Code recommends the YAML extension that reads the modelines", () => {
    expect(read(".vscode/extensions.json").recommendations).toContain("redhat.vscode-yaml");
  });
});
