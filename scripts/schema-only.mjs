// Schema-only check of the bundled trees (no rules): node scripts/schema-only.mjs [dir]
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { Ajv2020 } from "ajv/dist/2020.js";
import { parse } from "yaml";
const dir = process.argv[2] ?? "trees";
const ajv = new Ajv2020({ allErrors: true, strict: false });
const tree = ajv.compile(JSON.parse(readFileSync("schemas/tree.schema.json", "utf8")));
const contacts = ajv.compile(JSON.parse(readFileSync("schemas/contacts.schema.json", "utf8")));
let bad = 0;
for (const f of readdirSync(dir).filter((f) => f.endsWith(".yaml"))) {
  const data = parse(readFileSync(join(dir, f), "utf8"));
  const v = f === "contacts.yaml" ? contacts : tree;
  if (!v(data)) {
    bad++;
    console.log(f, JSON.stringify(v.errors.slice(0, 8), null, 1));
  }
}
console.log(bad ? `${bad} file(s) with schema errors` : "schema ok");
