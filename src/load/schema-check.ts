import type { Diagnostic } from "../model/diagnostic.js";
import { MESSAGES, mt, type MessageKey } from "../i18n/messages.js";
import { sameText, type Text } from "../model/text.js";
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
  const missingAt = new Set(
    out.filter((e) => e.keyword === "requiredOneOf" || e.keyword === "required").map((e) => e.instancePath),
  );
  return out.filter(
    (e) =>
      !(
        e.keyword === "propertyNames" &&
        errors.some((x) => x.propertyName !== undefined && x.instancePath === e.instancePath)
      ) && !(e.keyword === "minProperties" && missingAt.has(e.instancePath)),
  );
}

/**
 * A node whose `kind` is wrong fails every branch; a condition that matches no
 * form fails each form. Keep, per data location, only the errors of the most
 * specific schema branch, so the user reads one clear message, not ten.
 */
function pickRelevant(errors: readonly SchemaError[]): SchemaError[] {
  const kindErrors = new Set(
    errors
      .filter((e) => e.keyword === "enum" && e.instancePath.endsWith("/kind"))
      .map((e) => e.instancePath.slice(0, -5)),
  );
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
function where(path: readonly (string | number)[]): Text {
  if (path.length === 0) return MESSAGES.schemaTopLevel;
  if (path[0] === "nodes" && path.length >= 2) {
    const rest = path.slice(2).join(".");
    return mt("schemaAtNode", { node: String(path[1]), rest: rest ? ` > ${rest}` : "" });
  }
  return sameText(path.join("."));
}

function describe(e: SchemaError, path: readonly (string | number)[]): Text {
  return describeIn(e, where(path));
}

/** A key of a map that is not a valid id (`propertyNames`), named in the message. */
function describeKey(e: SchemaError, path: readonly (string | number)[], key: string): Text {
  const inner = describeIn(e, sameText(""));
  const strip = (t: string) => t.replace(/^: /, "");
  return mt("schemaIdKey", { at: where(path), key, problem: { nl: strip(inner.nl), en: strip(inner.en) } });
}

function describeIn(e: SchemaError, at: Text): Text {
  const p = e.params;
  switch (e.keyword) {
    case "requiredOneOf": {
      const names = (p.missingProperties as string[]).map((n) => `'${n}'`);
      return mt("schemaRequiredOneOf", { at, names: names.slice(0, -1).join(", "), last: names.at(-1)! });
    }
    case "required":
      return mt("schemaRequired", { at, name: String(p.missingProperty) });
    case "additionalProperties": {
      const name = String(p.additionalProperty);
      const known = Object.keys(e.parentSchema?.properties ?? {});
      const hint = didYouMean(name, known);
      return mt("schemaUnknownProperty", {
        at,
        name,
        hint: hint ? mt("didYouMean", { hint }) : mt("schemaAllowed", { known: known.join(", ") }),
      });
    }
    case "enum": {
      const allowed = (p.allowedValues as unknown[]).map(String);
      return mt("schemaEnum", { at, allowed: allowed.join(", ") });
    }
    case "const":
      return mt("schemaConst", { at, value: String(p.allowedValue) });
    case "type":
      return mt("schemaType", { at, type: typeWord(String(p.type)) });
    case "pattern":
      return mt("schemaPattern", { at, pattern: String(p.pattern) });
    case "minItems":
      return mt("schemaMinItems", { at, limit: Number(p.limit) });
    case "minProperties":
      return mt("schemaMinProperties", { at, limit: Number(p.limit) });
    case "minLength":
      return mt("schemaMinLength", { at });
    case "maxLength":
      return mt("schemaMaxLength", { at, limit: String(p.limit) });
    case "uniqueItems":
      return mt("schemaUniqueItems", { at });
    case "not":
      return mt("schemaReserved", { at });
    case "minimum":
      return mt("schemaMinimum", { at, limit: String(p.limit) });
    default:
      return e.message === undefined
        ? mt("schemaOther", { at, keyword: e.keyword })
        : mt("schemaOtherSaid", { at, keyword: e.keyword, said: e.message });
  }
}

/** A JSON Schema type in words: Dutch words for the common ones, the type's own name otherwise. */
function typeWord(type: string): Text {
  const known: Record<string, MessageKey> = {
    object: "typeObject",
    array: "typeArray",
    string: "typeString",
    boolean: "typeBoolean",
    integer: "typeInteger",
    number: "typeNumber",
  };
  return Object.hasOwn(known, type) ? MESSAGES[known[type]!] : sameText(type);
}
