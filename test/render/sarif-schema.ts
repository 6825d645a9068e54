import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { Ajv } from "ajv";

const require = createRequire(import.meta.url);

/**
 * A validator for the official SARIF 2.1.0 schema as Microsoft's SARIF tooling ships it on the npm
 * registry (@microsoft/jest-sarif, a devDependency). The schema is draft-04: its `id` becomes `$id` for
 * Ajv's draft-07 class; it uses no draft-04-only keyword (a boolean exclusiveMinimum/Maximum would throw
 * here). The formats it names are checked for real, not ignored.
 */
export function sarifValidator() {
  const schema = JSON.parse(
    readFileSync(require.resolve("@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json"), "utf8"),
  );
  if (/"exclusive(Minimum|Maximum)":\s*(true|false)/.test(JSON.stringify(schema)))
    throw new Error("the SARIF schema uses draft-04 exclusiveMinimum/Maximum");
  const { $schema: _s, id, ...rest } = schema;
  void _s;
  // unicodeRegExp off: the schema's language pattern is valid only without the u flag.
  const ajv = new Ajv({ allErrors: true, strict: false, unicodeRegExp: false });
  ajv.addFormat("uri", (s: string) => URL.canParse(s));
  ajv.addFormat("uri-reference", (s: string) => URL.canParse(s, "file:///base/"));
  ajv.addFormat("date-time", (s: string) => !Number.isNaN(Date.parse(s)));
  return ajv.compile({ ...rest, $id: id });
}
