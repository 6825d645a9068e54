import { readErrorText, readSmallFile } from "../util/read-small-file.js";
import * as validators from "../generated/validators.cjs";
import type { Contact } from "../model/contact.js";
import type { Diagnostic } from "../model/diagnostic.js";
import type { Text } from "../model/text.js";
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

export function loadRegion(file: string, shown = file): { region?: Region; locate?: Locator; diagnostics: Diagnostic[] } {
  const read = readSmallFile(file);
  if ("error" in read) return { diagnostics: [{ file: shown, ruleId: "io", severity: "error", message: readErrorText(read.error, { nl: "Regiobestand", en: "Region file" }, shown) }] };
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
export function applyRegion(set: TreeSet, region: Region, file: string, locate?: Locator): { set?: TreeSet; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  const contacts = new Map(set.contacts);
  for (const [id, override] of Object.entries(region.contacts)) {
    const base = contacts.get(id);
    if (!base) {
      const hint = didYouMean(id, contacts.keys());
      diagnostics.push({
        ...(locate ? locate(["contacts", id]) : { file }),
        ruleId: "references",
        severity: "error",
        message: { nl: `Regiobestand: contact '${id}' staat niet in de contactenlijst.${hint ? ` Bedoelt u '${hint}'?` : ""}`, en: `Region file: contact '${id}' is not in the directory.${hint ? ` Did you mean '${hint}'?` : ""}` },
      });
      continue;
    }
    if (base.national) {
      diagnostics.push({
        ...(locate ? locate(["contacts", id]) : { file }),
        ruleId: "region-national",
        severity: "error",
        message: {
          nl: `Regiobestand: '${id}' (${base.name.nl}) is een landelijk contact; een regio kan de gegevens daarvan niet wijzigen. Zet hier alleen regionale contacten, zoals de zorgcoördinator mensenhandel.`,
          en: `Region file: '${id}' (${base.name.en}) is a national contact; a region cannot change its details. List only regional contacts here, such as the care coordinator for human trafficking.`,
        },
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
      ...(stillUnconfirmed.length > 0 && base.unconfirmed ? { unconfirmed: { ...base.unconfirmed, fields: stillUnconfirmed } } : {}),
    });
  }
  if (diagnostics.length > 0) return { diagnostics };
  return { set: { ...set, contacts }, diagnostics };
}
