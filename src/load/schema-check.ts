import type { Diagnostic } from "../model/diagnostic.js";
import type { Text } from "../model/text.js";
import type { Locator } from "../model/tree-set.js";
import { didYouMean } from "../util/suggest.js";

/** The shape of an ajv error that we read (ajv's own type is not imported at run time). */
export interface SchemaError {
  readonly instancePath: string;
  readonly keyword: string;
  readonly params: Record<string, unknown>;
  readonly message?: string;
  readonly schemaPath: string;
  readonly parentSchema?: { readonly properties?: Record<string, unknown> };
  /** Set by ajv on the errors found inside `propertyNames`: the key that fails. */
  readonly propertyName?: string;
}

export type Validator = ((data: unknown) => boolean) & { errors?: readonly SchemaError[] | null };

/**
 * Summary keywords whose detail errors are reported separately; they only add noise. (`not` is no summary:
 * it has no detail errors, and in these schemas it marks reserved ids, e.g. an item called 'otherwise'.)
 */
const NOISE = new Set(["if", "oneOf", "anyOf", "allOf"]);

/** Checks data against a compiled schema and maps each error to file:line:column. */
export function checkSchema(file: string, data: unknown, validate: Validator, locate: Locator): Diagnostic[] {
  if (validate(data)) return [];
  const errors = (validate.errors ?? []).filter((e) => !NOISE.has(e.keyword));
  const seen = new Set<string>();
  const out: Diagnostic[] = [];
  for (const e of mergeAlternatives(pickRelevant(errors))) {
    const path = pointerToPath(e.instancePath);
    const extraKey = e.keyword === "additionalProperties" ? String(e.params.additionalProperty) : e.propertyName;
    // An unknown property, or a key that is not a valid id, is reported at the key itself, as an editor marks it.
    const loc = extraKey === undefined ? locate(path) : locate([...path, extraKey], { key: true });
    const message = e.propertyName === undefined ? describe(e, path) : describeKey(e, path, e.propertyName);
    const key = `${loc.line}:${loc.column}:${message.en}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push({ ...loc, file, ruleId: "schema", severity: "error", message });
  }
  return out;
}

/**
 * `anyOf` of alternatives that each require one property (a checklist route needs `anyOf` or `atLeast`)
 * fails with one `required` error per alternative; they become one error naming all of them.
 */
function mergeAlternatives(errors: readonly SchemaError[]): SchemaError[] {
  const groups = new Map<string, SchemaError[]>();
  const keyOf = (e: SchemaError) => {
    const m = /^(.*\/anyOf)\/\d+\/required$/.exec(e.schemaPath);
    return e.keyword === "required" && m ? `${e.instancePath}|${m[1]}` : undefined;
  };
  for (const e of errors) {
    const k = keyOf(e);
    if (k) groups.set(k, [...(groups.get(k) ?? []), e]);
  }
  const out: SchemaError[] = [];
  for (const e of errors) {
    const k = keyOf(e);
    if (!k) out.push(e);
    else if (groups.get(k)![0] === e) {
      const names = groups.get(k)!.map((x) => String(x.params.missingProperty));
      out.push(names.length === 1 ? e : { ...e, keyword: "requiredOneOf", params: { missingProperties: names } });
    }
  }
  // The summary error of `propertyNames` says nothing its inner errors (which name the key) do not; nor does
  // "at least N properties" where a missing property is already named.
  const missingAt = new Set(out.filter((e) => e.keyword === "requiredOneOf" || e.keyword === "required").map((e) => e.instancePath));
  return out.filter(
    (e) => !(e.keyword === "propertyNames" && errors.some((x) => x.propertyName !== undefined && x.instancePath === e.instancePath)) && !(e.keyword === "minProperties" && missingAt.has(e.instancePath)),
  );
}

/**
 * A node whose `kind` is wrong fails every branch; a condition that matches no
 * form fails each form. Keep, per data location, only the errors of the most
 * specific schema branch, so the user reads one clear message, not ten.
 */
function pickRelevant(errors: readonly SchemaError[]): SchemaError[] {
  const kindErrors = new Set(errors.filter((e) => e.keyword === "enum" && e.instancePath.endsWith("/kind")).map((e) => e.instancePath.slice(0, -5)));
  return errors.filter((e) => {
    // With an unknown kind, the only useful message is about the kind itself.
    return !(kindErrors.has(e.instancePath) && e.keyword !== "enum");
  });
}

export function pointerToPath(pointer: string): (string | number)[] {
  if (pointer === "") return [];
  return pointer
    .slice(1)
    .split("/")
    .map((s) => s.replace(/~1/g, "/").replace(/~0/g, "~"))
    .map((s) => (/^\d+$/.test(s) ? Number(s) : s));
}

/** Names the node when the problem is inside one: "node 'a' > answers.0" reads better than a bare path. */
function where(path: readonly (string | number)[], word: string): string {
  if (path.length === 0) return word === "knoop" ? "(bovenste niveau)" : "(top level)";
  if (path[0] === "nodes" && path.length >= 2) {
    const rest = path.slice(2).join(".");
    return `${word} '${String(path[1])}'${rest ? ` > ${rest}` : ""}`;
  }
  return path.join(".");
}

function describe(e: SchemaError, path: readonly (string | number)[]): Text {
  const both = describeIn(e, where(path, "node"));
  const nl = describeIn(e, where(path, "knoop"));
  return { nl: nl.nl, en: both.en };
}

/** A key of a map that is not a valid id (`propertyNames`), named in the message. */
function describeKey(e: SchemaError, path: readonly (string | number)[], key: string): Text {
  const inner = describeIn(e, "");
  const strip = (t: string) => t.replace(/^: /, "");
  const nl = `${where(path, "knoop")}: id '${key}' ${strip(inner.nl)}`;
  const en = `${where(path, "node")}: id '${key}' ${strip(inner.en)}`;
  return { nl, en };
}

function describeIn(e: SchemaError, at: string): Text {
  const p = e.params;
  switch (e.keyword) {
    case "requiredOneOf": {
      const names = (p.missingProperties as string[]).map((n) => `'${n}'`);
      return {
        nl: `${at}: eigenschap ${names.slice(0, -1).join(", ")} of ${names.at(-1)} ontbreekt. Voeg er een toe.`,
        en: `${at}: property ${names.slice(0, -1).join(", ")} or ${names.at(-1)} is missing. Add one.`,
      };
    }
    case "required":
      return { nl: `${at}: eigenschap '${String(p.missingProperty)}' ontbreekt. Voeg die toe.`, en: `${at}: property '${String(p.missingProperty)}' is missing. Add it.` };
    case "additionalProperties": {
      const name = String(p.additionalProperty);
      const known = Object.keys(e.parentSchema?.properties ?? {});
      const hint = didYouMean(name, known);
      return {
        nl: `${at}: onbekende eigenschap '${name}'.${hint ? ` Bedoelt u '${hint}'?` : ` Toegestaan: ${known.join(", ")}.`}`,
        en: `${at}: unknown property '${name}'.${hint ? ` Did you mean '${hint}'?` : ` Allowed: ${known.join(", ")}.`}`,
      };
    }
    case "enum": {
      const allowed = (p.allowedValues as unknown[]).map(String);
      return { nl: `${at}: moet een van deze zijn: ${allowed.join(", ")}.`, en: `${at}: must be one of: ${allowed.join(", ")}.` };
    }
    case "const":
      return { nl: `${at}: moet '${String(p.allowedValue)}' zijn.`, en: `${at}: must be '${String(p.allowedValue)}'.` };
    case "type":
      return { nl: `${at}: verwacht type ${dutchType(String(p.type))}.`, en: `${at}: expected type ${String(p.type)}.` };
    case "pattern":
      return { nl: `${at}: heeft niet de vorm ${String(p.pattern)}.`, en: `${at}: does not match the form ${String(p.pattern)}.` };
    case "minItems":
      return { nl: `${at}: moet minstens ${String(p.limit)} element(en) hebben.`, en: `${at}: must have at least ${String(p.limit)} item(s).` };
    case "minProperties":
      return { nl: `${at}: moet minstens ${String(p.limit)} eigenschap(pen) hebben.`, en: `${at}: must have at least ${String(p.limit)} propert(y/ies).` };
    case "minLength":
      return { nl: `${at}: mag niet leeg zijn.`, en: `${at}: must not be empty.` };
    case "maxLength":
      return { nl: `${at}: is te lang (hoogstens ${String(p.limit)} tekens).`, en: `${at}: is too long (at most ${String(p.limit)} characters).` };
    case "uniqueItems":
      return { nl: `${at}: bevat dubbele waarden.`, en: `${at}: contains duplicate values.` };
    case "not":
      return {
        nl: `${at}: deze waarde is gereserveerd en mag hier niet (zie de beschrijving in het schema). Kies een andere id.`,
        en: `${at}: this value is reserved and not allowed here (see the schema's description). Choose another id.`,
      };
    case "minimum":
      return { nl: `${at}: moet minstens ${String(p.limit)} zijn.`, en: `${at}: must be at least ${String(p.limit)}.` };
    default:
      return { nl: `${at}: voldoet niet aan het schema (${e.keyword}).`, en: `${at}: ${e.message ?? `fails the schema (${e.keyword})`}.` };
  }
}

function dutchType(type: string): string {
  const map: Record<string, string> = { object: "object (sleutels met waarden)", array: "lijst", string: "tekst", boolean: "ja/nee (true/false)", integer: "geheel getal", number: "getal" };
  return map[type] ?? type;
}
