import { isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, type Document, type Node } from "yaml";
import type { Diagnostic, Location } from "../model/diagnostic.js";
import type { Locator } from "../model/tree-set.js";

import { MAX_FILE_BYTES } from "./read-sources.js";

export interface ParsedYaml {
  readonly data: unknown;
  readonly locate: Locator;
}

export type YamlResult =
  | { readonly ok: true; readonly value: ParsedYaml; readonly diagnostics: readonly Diagnostic[] }
  | { readonly ok: false; readonly diagnostics: readonly Diagnostic[] };

/** Parses YAML text keeping positions. Never throws on bad input. */
export function parseYaml(file: string, text: string): YamlResult {
  if (Buffer.byteLength(text, "utf8") > MAX_FILE_BYTES) {
    return fail(file, "file-too-large", {
      nl: `Bestand is groter dan ${MAX_FILE_BYTES / 1024 / 1024} MB; zo groot is geen beslisboom. Splits het bestand of controleer of het het goede bestand is.`,
      en: `File is larger than ${MAX_FILE_BYTES / 1024 / 1024} MB; no decision tree is that large. Split it, or check that it is the right file.`,
    });
  }
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const locate = makeLocator(file, doc, lineCounter);
  const errors: Diagnostic[] = doc.errors.map((e) => {
    const pos = lineCounter.linePos(e.pos[0]);
    return {
      file,
      line: pos.line,
      column: pos.col,
      ruleId: "yaml-syntax",
      severity: "error",
      message: { nl: `YAML-fout (${e.code}): ${YAML_CODES_NL[e.code] ?? firstLine(e.message)}`, en: `YAML error (${e.code}): ${firstLine(e.message)}` },
    };
  });
  if (errors.length > 0) return { ok: false, diagnostics: errors };
  let data: unknown;
  try {
    // maxAliasCount guards against alias bombs ("billion laughs").
    data = doc.toJS({ maxAliasCount: 50 });
  } catch (e) {
    return fail(file, "yaml-syntax", {
      nl: `YAML kan niet worden gelezen: ${firstLine(String((e as Error).message))}`,
      en: `YAML cannot be read: ${firstLine(String((e as Error).message))}`,
    });
  }
  return { ok: true, value: { data, locate }, diagnostics: [] };
}

/** Dutch explanations of the YAML errors people make most; others keep the library's English text. */
const YAML_CODES_NL: Record<string, string> = {
  BLOCK_AS_IMPLICIT_KEY: "twee dubbelepunten op één regel; zet de waarde op een nieuwe, ingesprongen regel of tussen aanhalingstekens",
  BAD_INDENT: "inspringing klopt niet; lijn de regel uit met de regels erboven",
  TAB_AS_INDENT: "inspringen met een tab mag niet in YAML; gebruik spaties",
  MISSING_CHAR: "een afsluitend teken ontbreekt (aanhalingsteken, ] of })",
  DUPLICATE_KEY: "deze sleutel staat twee keer in dezelfde lijst; verwijder of hernoem er één",
  MULTILINE_IMPLICIT_KEY: "een sleutel loopt over meerdere regels; zet de tekst tussen aanhalingstekens",
  UNEXPECTED_TOKEN: "onverwacht teken; controleer aanhalingstekens en dubbelepunten",
  BAD_SCALAR_START: "een waarde mag niet met dit teken beginnen; zet de tekst tussen aanhalingstekens",
  MISSING_ANCHOR: "deze alias verwijst naar een anker dat niet bestaat",
};

function firstLine(s: string): string {
  return s.split("\n")[0] ?? s;
}

function fail(file: string, ruleId: string, message: Diagnostic["message"]): YamlResult {
  return { ok: false, diagnostics: [{ file, ruleId, severity: "error", message }] };
}

/**
 * Finds the position of the value at `path`, or of the deepest part of the
 * path that exists (so a missing property points at its parent).
 */
function makeLocator(file: string, doc: Document, lc: LineCounter): Locator {
  return (path) => {
    let node: unknown = doc.contents;
    let found: Node | null = (doc.contents as Node | null) ?? null;
    for (const seg of path) {
      if (isMap(node)) {
        const pair = node.items.find((p) => isPair(p) && isScalar(p.key) && String(p.key.value) === String(seg));
        if (!pair) break;
        node = pair.value;
        found = (isScalar(pair.value) || isMap(pair.value) || isSeq(pair.value) ? pair.value : pair.key) as Node;
      } else if (isSeq(node) && typeof seg === "number") {
        const item = node.items[seg];
        if (item === undefined) break;
        node = item;
        found = item as Node;
      } else break;
    }
    return positionOf(file, found, lc);
  };
}

function positionOf(file: string, node: Node | null, lc: LineCounter): Location {
  const offset = node?.range?.[0];
  if (offset === undefined) return { file, line: 1, column: 1 };
  const pos = lc.linePos(offset);
  return { file, line: pos.line, column: pos.col };
}
