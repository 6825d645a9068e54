import { basename, dirname } from "node:path";
import { verifiedAge } from "../util/iso-date.js";
import { readErrorText, readSmallFile } from "../util/read-small-file.js";
import * as validators from "../generated/validators.cjs";
import type { Contact } from "../model/contact.js";
import type { Diagnostic } from "../model/diagnostic.js";
import { MESSAGES, mt } from "../i18n/messages.js";
import { sameText, type Text } from "../model/text.js";
import type { Locator, TreeSet } from "../model/tree-set.js";
import { didYouMean } from "../util/suggest.js";
import { checkSchema, type Validator } from "./schema-check.js";
import { parseYaml } from "./yaml-file.js";

/** A municipality's own contact details (schemas/region.schema.json), e.g. its zorgcoördinator mensenhandel. */
export interface Region {
  readonly region: Text;
  readonly example: boolean;
  readonly verified: string;
  readonly contacts: Readonly<Record<string, Partial<Pick<Contact, "name" | "phone" | "web" | "hours" | "sources">>>>;
}

export function loadRegion(
  file: string,
  shown = file,
): { region?: Region; locate?: Locator; diagnostics: Diagnostic[] } {
  const read = readSmallFile(file);
  if ("error" in read)
    return {
      diagnostics: [
        {
          file: shown,
          ruleId: "io",
          severity: "error",
          message: readErrorText(read.error, MESSAGES.fileRegion, shown),
        },
      ],
    };
  const parsed = parseYaml(shown, read.text);
  if (!parsed.ok) return { diagnostics: [...parsed.diagnostics] };
  const schema = checkSchema(shown, parsed.value.data, validators.region as Validator, parsed.value.locate);
  if (schema.length > 0) return { diagnostics: schema };
  const region = parsed.value.data as Region;
  return { region, locate: parsed.value.locate, diagnostics: [] };
}

/**
 * The tree set with the region's details laid over the directory. A field the
 * region fills in is the region's fact now, so it is no longer "unconfirmed".
 */
export function applyRegion(
  set: TreeSet,
  region: Region,
  file: string,
  locate?: Locator,
): { set?: TreeSet; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  const contacts = new Map(set.contacts);
  for (const [id, override] of Object.entries(region.contacts)) {
    const base = contacts.get(id);
    if (!base) {
      const hint = didYouMean(id, contacts.keys());
      diagnostics.push({
        ...(locate ? locate(["contacts", id], { key: true }) : { file }),
        ruleId: "references",
        severity: "error",
        message: mt("regionUnknownContact", { id, hint: hint ? mt("didYouMean", { hint }) : sameText("") }),
      });
      continue;
    }
    if (base.national) {
      diagnostics.push({
        ...(locate ? locate(["contacts", id], { key: true }) : { file }),
        ruleId: "region-national",
        severity: "error",
        message: mt("regionNational", { id, name: base.name }),
      });
      continue;
    }
    const stillUnconfirmed = (base.unconfirmed?.fields ?? []).filter((f) => !(f in override));
    const { unconfirmed: _drop, ...rest } = base;
    void _drop;
    contacts.set(id, {
      ...rest,
      ...override,
      verified: region.verified,
      ...(stillUnconfirmed.length > 0 && base.unconfirmed
        ? { unconfirmed: { ...base.unconfirmed, fields: stillUnconfirmed } }
        : {}),
    });
  }
  if (diagnostics.length > 0) return { diagnostics };
  return { set: { ...set, contacts }, diagnostics };
}

/**
 * Whether a YAML file is a region file rather than a tree: its modeline names the region schema, it sits
 * in a folder called `regions`, or it has a top-level `region:` and no `nodes:`. Text only, no parsing.
 */
export function looksLikeRegion(path: string, text: string): boolean {
  if (/^#\s*yaml-language-server:\s*\$schema=\S*region\.schema\.json/m.test(text)) return true;
  if (basename(dirname(path)) === "regions") return true;
  return /^region\s*:/m.test(text) && !/^nodes\s*:/m.test(text);
}

export interface RegionCheckConfig {
  /** YYYY-MM-DD, the local date. */
  readonly today: string;
  readonly maxContactAgeMonths: number;
}

/**
 * How old the region's `verified` date is: a date that does not exist or lies after today is an error
 * (it would hide stale details), one older than `maxContactAgeMonths` a warning, as for the directory's
 * contacts (rule contact-freshness). Pure.
 */
export function regionFreshness(
  region: Pick<Region, "verified">,
  file: string,
  config: RegionCheckConfig,
  locate?: Locator,
): Diagnostic[] {
  const at = locate ? locate(["verified"]) : { file };
  const base = { ...at, file, ruleId: "contact-freshness" };
  const v = region.verified;
  const age = verifiedAge(v, config.today, config.maxContactAgeMonths);
  if (age === "not-a-date") {
    return [{ ...base, severity: "error", messageId: "not-a-date", message: mt("regionNotADate", { verified: v }) }];
  }
  if (age === "future") {
    return [
      {
        ...base,
        severity: "error",
        messageId: "future",
        message: mt("regionFuture", { verified: v, today: config.today }),
      },
    ];
  }
  if (age === "stale") {
    return [
      { ...base, severity: "warning", messageId: "stale", message: regionStaleText(v, config.maxContactAgeMonths) },
    ];
  }
  return [];
}

/** The warning for a region file checked longer ago than allowed; also said at the start of a consult. */
export function regionStaleText(verified: string, months: number): Text {
  return mt("regionStale", { verified, months });
}

/**
 * Every problem of a region file, as `validate` reports it: YAML, the region schema, freshness, and
 * (with a tree set) contacts that do not exist or are national. Never throws.
 */
export function checkRegionFile(
  path: string,
  shown: string,
  set: TreeSet | undefined,
  config: RegionCheckConfig,
): Diagnostic[] {
  const loaded = loadRegion(path, shown);
  if (!loaded.region) return loaded.diagnostics;
  const fresh = regionFreshness(loaded.region, shown, config, loaded.locate);
  const applied = set ? applyRegion(set, loaded.region, shown, loaded.locate).diagnostics : [];
  return [...fresh, ...applied];
}
