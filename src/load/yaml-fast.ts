import { CST, isScalar, parseDocument, type ScalarTag } from "yaml";

/**
 * A fast reader for the plain subset of YAML that tree, contacts, scenario and
 * answers files are written in: block maps and sequences with consistent
 * indentation, one-line flow collections, one-line plain and quoted scalars,
 * comments, and `|`/`>` block scalars (clip or strip). It builds the same
 * values as the `yaml` package's `parseDocument(text).toJS()` (which the
 * loader used alone before: about 0.6 MB/s here, this reader about 20x that),
 * and it does not build a Document or positions.
 *
 * It is only a fast path: on anything outside that subset (anchors, aliases,
 * tags, directives, multi-line plain or quoted scalars, multi-line flow
 * collections, explicit keys, tabs, CR line ends, a key that appears twice, a
 * key that is not a string, anything that could be a YAML error) it returns
 * `undefined`, and the caller parses with `parseDocument`, which then reports
 * the errors, positions and limits exactly as before. A subset that refuses
 * to guess is what makes the values provably the same: the scalar semantics
 * come from the library itself (its YAML 1.2 core schema tags resolve every
 * plain scalar, its own resolver every double-quoted escape), and
 * test/load/yaml-fast.test.ts compares both readers on every YAML file of the
 * repository and on generated and mutated texts.
 */
export function readPlainYaml(text: string): { readonly value: unknown } | undefined {
  if (UNSUPPORTED_CHARS.test(text)) return undefined;
  try {
    return { value: new Reader(text).document() };
  } catch {
    // LEAVE (not the plain subset), or a fault in this reader: either way the full parser reads the
    // file, exactly as without this fast path, so loading keeps its promise never to throw.
    return undefined;
  }
}

/** Tabs, CR, control characters, NEL, line/paragraph separators, BOM: all legal in places, all left to the full parser. */
// eslint-disable-next-line no-control-regex
const UNSUPPORTED_CHARS = /[\t\r\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u2028\u2029\ufeff]/;

/** Thrown inside the reader when the text leaves the subset; caught in readPlainYaml. */
const LEAVE = Symbol("leave the fast path");
function leave(): never {
  throw LEAVE;
}

/** Longer implicit keys are a YAML error (the library allows 1024 characters); leave well before. */
const MAX_KEY = 1000;

const SP = 32;
const HASH = 35;
const COLON = 58;
const DASH = 45;
const DQ = 34;
const SQ = 39;
const COMMA = 44;
const LBRACKET = 91;
const RBRACKET = 93;
const LBRACE = 123;
const RBRACE = 125;
const BACKSLASH = 92;

/** Characters that may not start a plain scalar (YAML's c-indicator), apart from `-` handled separately. */
const INDICATOR = new Set([..."?:,[]{}#&*!|>'\"%@`"].map((c) => c.charCodeAt(0)));
const FLOW_INDICATOR = new Set([COMMA, LBRACKET, RBRACKET, LBRACE, RBRACE]);

/** The library's own YAML 1.2 core schema, as parseDocument uses it by default. */
const CORE = (() => {
  const doc = parseDocument("");
  const tags = (doc.schema.tags as ScalarTag[]).filter(
    (t) => !("collection" in t && t.collection) && t.test !== undefined,
  );
  return { tags, options: doc.options };
})();

/** A plain scalar's value as the core schema resolves it (compose-scalar.ts: findScalarTagByTest, then resolve). */
function resolvePlain(source: string, atKey: boolean): unknown {
  for (const tag of CORE.tags) {
    if ((tag.default === true || (atKey && tag.default === "key")) && tag.test!.test(source)) {
      let failed = false;
      const resolved = tag.resolve(source, () => (failed = true), CORE.options);
      // Booleans come back as a Scalar node (to keep their spelling); toJS takes its value.
      const value: unknown = isScalar(resolved) ? resolved.value : resolved;
      if (failed || (typeof value === "object" && value !== null) || typeof value === "bigint") leave();
      return value;
    }
  }
  return source;
}

/** `map[key] = value` as the library's toJS does it (addPairToJSMap): an inherited name becomes an own property. */
function setKey(map: Record<string, unknown>, key: string, value: unknown): void {
  if (!(key in map)) {
    map[key] = value;
    return;
  }
  if (Object.prototype.hasOwnProperty.call(map, key)) leave(); // a duplicate key: the full parser reports it
  Object.defineProperty(map, key, { value, writable: true, enumerable: true, configurable: true });
}

class Reader {
  private readonly s: string;
  private readonly len: number;
  /** The current content line: its start, its end (the index of its newline or the text's length) and its indentation. */
  private ls = 0;
  private le = -1;
  private ind = 0;

  constructor(text: string) {
    this.s = text;
    this.len = text.length;
  }

  document(): unknown {
    this.advance();
    if (this.ls >= this.len || this.ind !== 0) leave(); // empty, or an indented top level: rare, left to the library
    const value = this.isSeqItem(this.ls) ? this.seq(0) : this.map(0, this.ls);
    if (this.ls < this.len) leave();
    return value;
  }

  /** Moves to the next line that is neither blank nor a comment (ls = len at the end). */
  private advance(): void {
    const s = this.s;
    for (;;) {
      const start = this.le + 1;
      if (start >= this.len) {
        this.ls = this.le = this.len;
        this.ind = 0;
        return;
      }
      let end = s.indexOf("\n", start);
      if (end < 0) end = this.len;
      let i = start;
      while (i < end && s.charCodeAt(i) === SP) i++;
      this.ls = start;
      this.le = end;
      this.ind = i - start;
      if (i === end || s.charCodeAt(i) === HASH) continue;
      if (i === start) {
        const c = s.charCodeAt(i);
        // Document markers and directives.
        if (c === 37 /* % */ || ((c === DASH || c === 46) /* . */ && s.startsWith(c === DASH ? "---" : "...", i)))
          leave();
      }
      return;
    }
  }

  private isSeqItem(at: number): boolean {
    return this.s.charCodeAt(at) === DASH && (at + 1 === this.le || this.s.charCodeAt(at + 1) === SP);
  }

  private skipSpaces(at: number): number {
    while (at < this.le && this.s.charCodeAt(at) === SP) at++;
    return at;
  }

  /** After a value: only spaces, or spaces and a comment, to the end of the line; then the next content line. */
  private endLine(at: number): void {
    const q = this.skipSpaces(at);
    if (q < this.le && !(this.s.charCodeAt(q) === HASH && q > at)) leave();
    this.advance();
  }

  /** A block map whose keys stand at column `col`; its first key starts at `at` on the current line. */
  private map(col: number, at: number): Record<string, unknown> {
    const obj: Record<string, unknown> = {};
    for (;;) {
      const [key, afterColon] = this.key(at);
      const q = this.skipSpaces(afterColon);
      const value = q === this.le || this.s.charCodeAt(q) === HASH ? this.nested(col, true) : this.inline(q, col);
      setKey(obj, key, value);
      if (this.ls >= this.len || this.ind < col) return obj;
      if (this.ind > col || this.isSeqItem(this.ls + this.ind)) leave();
      at = this.ls + this.ind;
    }
  }

  /** A block sequence whose dashes stand at column `col` on the current line and the next ones. */
  private seq(col: number): unknown[] {
    const arr: unknown[] = [];
    for (;;) {
      const q = this.skipSpaces(this.ls + col + 1);
      let value: unknown;
      if (q === this.le || this.s.charCodeAt(q) === HASH) value = this.nested(col, false);
      else if (this.isSeqItem(q)) leave();
      else if (this.isKeyLine(q)) value = this.map(q - this.ls, q);
      else {
        const c = this.s.charCodeAt(q);
        if (c === 124 /* | */ || c === 62 /* > */) leave(); // a block scalar as an item: its indentation rules differ
        value = this.inline(q, col);
      }
      arr.push(value);
      if (this.ls >= this.len || this.ind < col) return arr;
      if (this.ind > col) leave();
      if (!this.isSeqItem(this.ls + this.ind)) return arr;
    }
  }

  /** The value of `key:` or `-` with nothing after it on its line: a block below it, or null. */
  private nested(col: number, inMap: boolean): unknown {
    this.advance();
    if (this.ls >= this.len) return null;
    const at = this.ls + this.ind;
    if (this.ind > col) return this.isSeqItem(at) ? this.seq(this.ind) : this.map(this.ind, at);
    // `key:` followed by `- item` at the key's own column is a sequence (a common style).
    if (inMap && this.ind === col && this.isSeqItem(at)) return this.seq(col);
    return null;
  }

  /** Whether the text at `at` is an implicit key: a quoted or plain scalar followed by `: ` or `:` at the line's end. */
  private isKeyLine(at: number): boolean {
    const s = this.s;
    const c = s.charCodeAt(at);
    if (c === DQ || c === SQ) {
      const end = this.quotedEnd(at);
      return s.charCodeAt(end) === COLON && (end + 1 === this.le || s.charCodeAt(end + 1) === SP);
    }
    if (c === LBRACKET || c === LBRACE) return false;
    return this.plainKeyEnd(at) >= 0;
  }

  /** Where a plain key's `:` is (followed by a space or the line's end), or -1; a comment first means no key. */
  private plainKeyEnd(at: number): number {
    const s = this.s;
    for (let i = at; i < this.le; i++) {
      const c = s.charCodeAt(i);
      if (c === COLON && (i + 1 === this.le || s.charCodeAt(i + 1) === SP)) return i;
      if (c === HASH && i > at && s.charCodeAt(i - 1) === SP) return -1;
    }
    return -1;
  }

  /** An implicit key at `at`: its string and the index after its `:`. */
  private key(at: number): [string, number] {
    const s = this.s;
    const c = s.charCodeAt(at);
    let key: string;
    let colon: number;
    if (c === DQ || c === SQ) {
      const end = this.quotedEnd(at);
      key = this.quoted(at, end);
      colon = end;
      if (s.charCodeAt(colon) !== COLON || !(colon + 1 === this.le || s.charCodeAt(colon + 1) === SP)) leave();
    } else {
      colon = this.plainKeyEnd(at);
      if (colon < 0 || colon === at || !this.plainStart(at) || s.charCodeAt(colon - 1) === SP) leave();
      const value = resolvePlain(s.slice(at, colon), true);
      if (typeof value !== "string") leave();
      key = value;
    }
    if (colon - at > MAX_KEY) leave();
    return [key, colon + 1];
  }

  /** Whether a plain scalar may start at `at`: not with an indicator; `-` only before a character that is no space or flow indicator. */
  private plainStart(at: number): boolean {
    const c = this.s.charCodeAt(at);
    if (c === DASH) {
      const d = this.s.charCodeAt(at + 1);
      return at + 1 < this.le && d !== SP && !FLOW_INDICATOR.has(d) && d !== HASH;
    }
    return !INDICATOR.has(c);
  }

  /** A value that starts at `at` on the current line (after `key: ` or `- `); ends on the next content line. */
  private inline(at: number, col: number): unknown {
    const s = this.s;
    const c = s.charCodeAt(at);
    if (c === DQ || c === SQ) {
      const end = this.quotedEnd(at);
      const value = this.quoted(at, end);
      this.endLine(end);
      return value;
    }
    if (c === LBRACKET || c === LBRACE) {
      const [value, end] = this.flow(at);
      this.endLine(end);
      return value;
    }
    if (c === 124 /* | */ || c === 62 /* > */) return this.blockScalar(at, col);
    if (!this.plainStart(at)) leave();
    // A plain scalar to the end of the line or a comment; `: ` inside would be a nested map (an error).
    let end = this.le;
    for (let i = at; i < this.le; i++) {
      const ch = s.charCodeAt(i);
      if (ch === COLON && (i + 1 === this.le || s.charCodeAt(i + 1) === SP)) leave();
      if (ch === HASH && s.charCodeAt(i - 1) === SP) {
        end = i;
        break;
      }
    }
    while (s.charCodeAt(end - 1) === SP) end--;
    const value = resolvePlain(s.slice(at, end), false);
    this.advance();
    // A more indented line after a plain scalar would continue it (a multi-line scalar) or be an error.
    if (this.ls < this.len && this.ind > col) leave();
    return value;
  }

  /** The index just after the closing quote of the quoted scalar at `at`, on the same line (or leave). */
  private quotedEnd(at: number): number {
    const s = this.s;
    const q = s.charCodeAt(at);
    for (let i = at + 1; i < this.le; i++) {
      const c = s.charCodeAt(i);
      if (q === DQ && c === BACKSLASH) i++;
      else if (c === q) {
        if (q === SQ && s.charCodeAt(i + 1) === SQ) i++;
        else return i + 1;
      }
    }
    return leave();
  }

  /** The value of the one-line quoted scalar from `at` to `end` (exclusive, quotes included). */
  private quoted(at: number, end: number): string {
    const s = this.s;
    const inner = s.slice(at + 1, end - 1);
    if (s.charCodeAt(at) === SQ) return inner.includes("''") ? inner.replace(/''/g, "'") : inner;
    if (!inner.includes("\\")) return inner;
    // Escapes (\x, \u, \U, \N, \_ ...) through the library's own resolver.
    let failed = false;
    const r = CST.resolveAsScalar(
      { type: "double-quoted-scalar", offset: 0, indent: 0, source: s.slice(at, end) },
      true,
      () => (failed = true),
    );
    if (failed || !r) leave();
    return r.value;
  }

  /** A one-line flow collection at `at`: its value and the index after its closing bracket. */
  private flow(at: number): [unknown, number] {
    const s = this.s;
    const open = s.charCodeAt(at);
    let q = this.skipSpaces(at + 1);
    if (open === LBRACKET) {
      const arr: unknown[] = [];
      if (s.charCodeAt(q) === RBRACKET) return [arr, q + 1];
      for (;;) {
        const [value, end] = this.flowValue(q);
        arr.push(value);
        q = this.skipSpaces(end);
        const c = s.charCodeAt(q);
        if (c === RBRACKET && q < this.le) return [arr, q + 1];
        if (c !== COMMA || q >= this.le) leave();
        q = this.skipSpaces(q + 1);
        if (s.charCodeAt(q) === RBRACKET) leave(); // a trailing comma: legal, rare, left to the library
      }
    }
    const obj: Record<string, unknown> = {};
    if (s.charCodeAt(q) === RBRACE) return [obj, q + 1];
    for (;;) {
      let key: string;
      let end: number;
      const c = s.charCodeAt(q);
      if (c === DQ || c === SQ) {
        end = this.quotedEnd(q);
        key = this.quoted(q, end);
      } else {
        end = this.flowPlainEnd(q);
        const value = resolvePlain(s.slice(q, end), true);
        if (typeof value !== "string") leave();
        key = value;
      }
      if (end - q > MAX_KEY) leave();
      if (s.charCodeAt(end) !== COLON || s.charCodeAt(end + 1) !== SP || end + 1 >= this.le) leave();
      q = this.skipSpaces(end + 1);
      const [value, after] = this.flowValue(q);
      setKey(obj, key, value);
      q = this.skipSpaces(after);
      const d = s.charCodeAt(q);
      if (d === RBRACE && q < this.le) return [obj, q + 1];
      if (d !== COMMA || q >= this.le) leave();
      q = this.skipSpaces(q + 1);
      if (s.charCodeAt(q) === RBRACE) leave();
    }
  }

  /** A value inside a flow collection: its value and the index after it. */
  private flowValue(at: number): [unknown, number] {
    if (at >= this.le) leave();
    const c = this.s.charCodeAt(at);
    if (c === LBRACKET || c === LBRACE) return this.flow(at);
    if (c === DQ || c === SQ) {
      const end = this.quotedEnd(at);
      return [this.quoted(at, end), end];
    }
    const end = this.flowPlainEnd(at);
    return [resolvePlain(this.s.slice(at, end), false), end];
  }

  /** The end (trailing spaces excluded) of a plain scalar inside a flow collection; leaves on what it cannot read. */
  private flowPlainEnd(at: number): number {
    const s = this.s;
    if (!this.plainStart(at) || at >= this.le) leave();
    let i = at;
    for (; i < this.le; i++) {
      const c = s.charCodeAt(i);
      if (FLOW_INDICATOR.has(c)) break;
      if (c === COLON) {
        const d = s.charCodeAt(i + 1);
        if (i + 1 === this.le || d === SP || FLOW_INDICATOR.has(d)) break;
      }
      if (c === HASH && s.charCodeAt(i - 1) === SP) leave();
    }
    if (i >= this.le) leave(); // the collection goes on on the next line
    const c = s.charCodeAt(i);
    if (c === LBRACKET || c === LBRACE) leave();
    let end = i;
    while (s.charCodeAt(end - 1) === SP) end--;
    if (end === at) leave();
    return end;
  }

  /**
   * A `|` or `>` block scalar (clip or strip chomping, no indentation indicator, no comment) as the value of
   * a key at column `col`. Its lines are taken as they are and resolved by the library: the value does not
   * depend on the column of the key, only on the lines (their indentation is found from the first one).
   */
  private blockScalar(at: number, col: number): unknown {
    const s = this.s;
    const header = s.slice(at, this.le);
    if (!/^[|>]-? *$/.test(header)) leave();
    const bodyStart = this.le + 1;
    let content = -1;
    let end = this.len;
    for (let ls = bodyStart; ls < this.len;) {
      let le = s.indexOf("\n", ls);
      if (le < 0) le = this.len;
      let i = ls;
      while (i < le && s.charCodeAt(i) === SP) i++;
      if (i < le) {
        const ind = i - ls;
        if (ind <= col) {
          end = ls;
          break;
        }
        if (content < 0) content = ind;
        else if (ind < content) leave(); // between the key and the text: an error or another reading
      }
      ls = le + 1;
    }
    if (content < 0) leave();
    const snippet = parseDocument(`x: ${header.trimEnd()}\n${s.slice(bodyStart, end)}`);
    if (snippet.errors.length > 0) leave();
    const value = (snippet.toJS() as { x: unknown }).x;
    if (typeof value !== "string") leave();
    this.le = end - 1;
    this.advance();
    return value;
  }
}
