import {
  isMap,
  isPair,
  isScalar,
  isSeq,
  LineCounter,
  parseDocument,
  type Document,
  type Node,
  type Pair,
  type YAMLMap,
  visit,
} from "yaml";
import { mt } from "../i18n/messages.js";
import type { Diagnostic, Location } from "../model/diagnostic.js";
import type { Locator } from "../model/tree-set.js";

import { MAX_FILE_BYTES } from "./read-sources.js";
import { readPlainYaml } from "./yaml-fast.js";

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
    return fail(file, "file-too-large", mt("yamlTooLarge", { mb: MAX_FILE_BYTES / 1024 / 1024 }));
  }
  const tooDeep = firstTooDeep(text);
  if (tooDeep) {
    return {
      ok: false,
      diagnostics: [
        {
          file,
          line: tooDeep.line,
          column: tooDeep.column,
          ruleId: "yaml-syntax",
          severity: "error",
          message: mt("yamlTooDeep", {
            problem: { nl: YAML_CODES_NL.RESOURCE_EXHAUSTION!, en: YAML_CODES_EN.RESOURCE_EXHAUSTION! },
            max: MAX_NESTING,
          }),
        },
      ],
    };
  }
  // The fast reader for the plain subset trees are written in; anything else goes to the full parser below.
  const fast = readPlainYaml(text);
  if (fast) return { ok: true, value: { data: fast.value, locate: lazyLocator(file, text) }, diagnostics: [] };
  let doc: Document;
  let lineCounter: LineCounter;
  try {
    ({ doc, lineCounter } = fullParse(text));
  } catch (e) {
    // The parser guards its own recursion (RESOURCE_EXHAUSTION); anything that still escapes is reported, not thrown.
    return fail(file, "yaml-syntax", mt("yamlUnreadable", { reason: firstLine(String((e as Error).message)) }));
  }
  const locate = makeLocator(file, doc, lineCounter);
  const errors: Diagnostic[] = [...doc.errors, ...duplicateKeys(doc)].map((e) => {
    const pos = lineCounter.linePos(e.pos[0]);
    return {
      file,
      line: pos.line,
      column: pos.col,
      ruleId: "yaml-syntax",
      severity: "error",
      // The library's own (English) words where we have none of our own.
      message: mt("yamlError", {
        code: e.code,
        problem: {
          nl: YAML_CODES_NL[e.code] ?? firstLine(e.message),
          en: YAML_CODES_EN[e.code] ?? firstLine(e.message),
        },
      }),
    };
  });
  if (errors.length > 0) return { ok: false, diagnostics: errors };
  let data: unknown;
  try {
    // maxAliasCount guards against alias bombs ("billion laughs").
    data = doc.toJS({ maxAliasCount: 50 });
  } catch (e) {
    return fail(file, "yaml-syntax", mt("yamlUnreadable", { reason: firstLine(String((e as Error).message)) }));
  }
  return { ok: true, value: { data, locate }, diagnostics: [] };
}

/**
 * The full parser, as both the slow path and the fast path's locator use it (the same options, so the
 * same positions). uniqueKeys is checked apart in one pass (duplicateKeys): the library's own check is
 * quadratic in the size of a map. May throw; the callers catch.
 */
function fullParse(text: string): { doc: Document; lineCounter: LineCounter } {
  const lineCounter = new LineCounter();
  return { doc: parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: false }), lineCounter };
}

/** Far deeper than any tree needs (the bundled ones nest 8 levels), far below where the parser's recursion fails. */
export const MAX_NESTING = 64;

/**
 * An upper estimate of how deeply the YAML nests, found in one pass before
 * the parser sees the text. Deep nesting must be refused before parsing: near
 * the end of the stack, V8 can fail to compile a regular expression and stop
 * the process with a fatal "out of memory" that no `catch` can see. Block
 * nesting is a stack of indentations (plus `- `/`? ` indicators that open a
 * collection on the same line); flow nesting counts `[`/`{` outside quotes and
 * comments. Returns the first place past MAX_NESTING, or undefined.
 */
function firstTooDeep(text: string): { line: number; column: number } | undefined {
  const indents: number[] = [];
  let flow = 0;
  let lineNo = 0;
  for (const line of text.split("\n")) {
    lineNo++;
    let i = 0;
    while (line[i] === " ") i++;
    if (flow === 0 && i < line.length && line[i] !== "#") {
      while (indents.length > 0 && indents[indents.length - 1]! >= i) indents.pop();
      indents.push(i);
      // `- - x` and `? - x`: each indicator after the first opens one more collection on this line.
      let indicators = 0;
      while ((line[i] === "-" || line[i] === "?") && (line[i + 1] === " " || i + 1 === line.length)) {
        if (indicators++ > 0) indents.push(i);
        if (indents.length > MAX_NESTING) return { line: lineNo, column: i + 1 };
        i += 2;
        while (line[i] === " ") i++;
      }
    }
    if (indents.length > MAX_NESTING) return { line: lineNo, column: i + 1 };
    let quote: string | undefined;
    for (let c = i; c < line.length; c++) {
      const ch = line[c]!;
      if (quote) {
        if (ch === quote) quote = undefined;
      } else if (ch === '"' || ch === "'") quote = ch;
      else if (ch === "#" && (c === 0 || line[c - 1] === " ")) break;
      else if (ch === "[" || ch === "{") {
        flow++;
        if (indents.length + flow > MAX_NESTING) return { line: lineNo, column: c + 1 };
      } else if ((ch === "]" || ch === "}") && flow > 0) flow--;
    }
  }
  return undefined;
}

/** A key that appears twice in one mapping, as the library's `uniqueKeys` reports it, in linear time. */
function duplicateKeys(doc: Document): { code: string; message: string; pos: [number, number] }[] {
  const found: { code: string; message: string; pos: [number, number] }[] = [];
  visit(doc, {
    Map(_, map) {
      const seen = new Set<string>();
      for (const pair of map.items) {
        if (!isScalar(pair.key)) continue;
        const v = pair.key.value;
        const key = `${typeof v}:${String(v)}`;
        if (seen.has(key)) {
          const at = pair.key.range?.[0] ?? 0;
          found.push({ code: "DUPLICATE_KEY", message: "Map keys must be unique", pos: [at, at + 1] });
        } else seen.add(key);
      }
    },
  });
  return found;
}

/** Dutch explanations of the YAML errors people make most; others keep the library's English text. */
const YAML_CODES_NL: Record<string, string> = {
  BLOCK_AS_IMPLICIT_KEY:
    "twee dubbelepunten op één regel; zet de waarde op een nieuwe, ingesprongen regel of tussen aanhalingstekens",
  BAD_INDENT: "inspringing klopt niet; lijn de regel uit met de regels erboven",
  TAB_AS_INDENT: "inspringen met een tab mag niet in YAML; gebruik spaties",
  MISSING_CHAR: "een afsluitend teken ontbreekt (aanhalingsteken, ] of })",
  DUPLICATE_KEY: "deze sleutel staat twee keer in dezelfde lijst; verwijder of hernoem er één",
  MULTILINE_IMPLICIT_KEY: "een sleutel loopt over meerdere regels; zet de tekst tussen aanhalingstekens",
  UNEXPECTED_TOKEN: "onverwacht teken; controleer aanhalingstekens en dubbelepunten",
  BAD_SCALAR_START: "een waarde mag niet met dit teken beginnen; zet de tekst tussen aanhalingstekens",
  MISSING_ANCHOR: "deze alias verwijst naar een anker dat niet bestaat",
  RESOURCE_EXHAUSTION: "lijsten of sleutels zijn hier te diep in elkaar genest; zo diep gaat geen beslisboom",
};

/** English texts that say more than the library's own message. */
const YAML_CODES_EN: Record<string, string> = {
  RESOURCE_EXHAUSTION: "lists or keys are nested too deeply here; no decision tree is that deep",
};

function firstLine(s: string): string {
  return s.split("\n")[0] ?? s;
}

function fail(file: string, ruleId: string, message: Diagnostic["message"]): YamlResult {
  return { ok: false, diagnostics: [{ file, ruleId, severity: "error", message }] };
}

/**
 * A locator that parses the file with the full parser on its first use only: the fast reader keeps no
 * positions, and most files that load need none (only a file with a problem to report does).
 */
function lazyLocator(file: string, text: string): Locator {
  let real: Locator | undefined;
  return (path, options) => {
    if (!real) {
      try {
        const { doc, lineCounter } = fullParse(text);
        real = makeLocator(file, doc, lineCounter);
      } catch {
        // No position can be known: the file, without an invented line:col.
        real = () => ({ file });
      }
    }
    return real(path, options);
  };
}

/**
 * Finds the position of the value at `path`, or of the deepest part of the
 * path that exists (so a missing property points at its parent).
 */
function makeLocator(file: string, doc: Document, lc: LineCounter): Locator {
  // One index per mapping, built on first use, so locating many problems in one large map stays linear.
  const indexes = new WeakMap<object, Map<string, Pair>>();
  const pairOf = (map: YAMLMap, key: string): Pair | undefined => {
    let index = indexes.get(map);
    if (!index) {
      index = new Map();
      for (const p of map.items)
        if (isPair(p) && isScalar(p.key) && !index.has(String(p.key.value))) index.set(String(p.key.value), p);
      indexes.set(map, index);
    }
    return index.get(key);
  };
  return (path, options) => {
    let node: unknown = doc.contents;
    let found: Node | null = (doc.contents as Node | null) ?? null;
    for (const [i, seg] of path.entries()) {
      if (isMap(node)) {
        const pair = pairOf(node, String(seg));
        if (!pair) break;
        node = pair.value;
        const atKey = options?.key === true && i === path.length - 1;
        found = (
          !atKey && (isScalar(pair.value) || isMap(pair.value) || isSeq(pair.value)) ? pair.value : pair.key
        ) as Node;
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
  const endOffset = node?.range?.[1];
  if (endOffset === undefined || endOffset < offset) return { file, line: pos.line, column: pos.col };
  const end = lc.linePos(endOffset);
  return { file, line: pos.line, column: pos.col, endLine: end.line, endColumn: end.col };
}
