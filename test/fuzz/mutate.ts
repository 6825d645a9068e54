import fc from "fast-check";
import { parse, stringify } from "yaml";
import { hostileId, hostileText, otherType, PROTOTYPE_NAMES } from "./fuzz-support.js";

// Mutations of tree files, for the property tests: on the parsed data (then written back as YAML) and on
// the text itself (the single-word edits of issue 13 item 1, broken syntax).

type Path = readonly (string | number)[];

/** Keys whose value names another node, tree or contact. */
export const TARGET_KEYS = new Set(["next", "entry", "tree", "node", "contact", "otherwise", "answer", "id"]);

function paths(value: unknown, at: Path = [], out: Path[] = []): Path[] {
  if (value !== null && typeof value === "object") {
    for (const [k, v] of Object.entries(value)) {
      const p = [...at, Array.isArray(value) ? Number(k) : k];
      out.push(p);
      paths(v, p, out);
    }
  }
  return out;
}

function parentOf(root: unknown, path: Path): Record<string | number, unknown> | undefined {
  let cur: unknown = root;
  for (const k of path.slice(0, -1)) {
    if (cur === null || typeof cur !== "object") return undefined;
    cur = (cur as Record<string | number, unknown>)[k];
  }
  return cur !== null && typeof cur === "object" ? (cur as Record<string | number, unknown>) : undefined;
}

/** Own property even for `__proto__`. */
function put(obj: Record<string | number, unknown>, key: string | number, value: unknown): void {
  Object.defineProperty(obj, key, { value, enumerable: true, writable: true, configurable: true });
}

export type DataMutation =
  | { readonly op: "target"; readonly pick: number; readonly id: string }
  | { readonly op: "delete"; readonly pick: number }
  | { readonly op: "type"; readonly pick: number; readonly value: unknown }
  | { readonly op: "text"; readonly pick: number; readonly text: string; readonly at: number }
  /** Like text, but only into a text a user reads (a value under `nl` or `en`). */
  | { readonly op: "ui-text"; readonly pick: number; readonly text: string; readonly at: number }
  | { readonly op: "nest"; readonly pick: number; readonly depth: number; readonly array: boolean }
  | { readonly op: "rename"; readonly pick: number; readonly key: string };

export const dataMutation: fc.Arbitrary<DataMutation> = fc.oneof(
  { arbitrary: fc.record({ op: fc.constant("target" as const), pick: fc.nat(), id: hostileId }), weight: 4 },
  { arbitrary: fc.record({ op: fc.constant("delete" as const), pick: fc.nat() }), weight: 2 },
  { arbitrary: fc.record({ op: fc.constant("type" as const), pick: fc.nat(), value: otherType }), weight: 2 },
  {
    arbitrary: fc.record({ op: fc.constant("text" as const), pick: fc.nat(), text: hostileText, at: fc.nat() }),
    weight: 3,
  },
  {
    arbitrary: fc.record({
      op: fc.constant("nest" as const),
      pick: fc.nat(),
      depth: fc.integer({ min: 1, max: 90 }),
      array: fc.boolean(),
    }),
    weight: 1,
  },
  { arbitrary: fc.record({ op: fc.constant("rename" as const), pick: fc.nat(), key: hostileId }), weight: 1 },
);

/** Applies one mutation to a parsed YAML file's data, in place. Returns a short description for messages. */
export function mutateData(root: unknown, m: DataMutation): string {
  const all = paths(root);
  const candidates =
    m.op === "target"
      ? all.filter((p) => TARGET_KEYS.has(String(p.at(-1))) && typeof parentOf(root, p)?.[p.at(-1)!] === "string")
      : m.op === "text"
        ? all.filter((p) => typeof parentOf(root, p)?.[p.at(-1)!] === "string")
        : m.op === "ui-text"
          ? all.filter(
              (p) => (p.at(-1) === "nl" || p.at(-1) === "en") && typeof parentOf(root, p)?.[p.at(-1)!] === "string",
            )
          : all;
  if (candidates.length === 0) return "nothing to mutate";
  const path = candidates[m.pick % candidates.length]!;
  const parent = parentOf(root, path)!;
  const key = path.at(-1)!;
  switch (m.op) {
    case "target":
      put(parent, key, m.id);
      break;
    case "delete":
      if (Array.isArray(parent)) parent.splice(Number(key), 1);
      else delete parent[key];
      break;
    case "type":
      put(parent, key, m.value);
      break;
    case "text":
    case "ui-text": {
      const s = parent[key] as string;
      const at = m.at % (s.length + 1);
      put(parent, key, s.slice(0, at) + m.text + s.slice(at));
      break;
    }
    case "nest": {
      let v = parent[key];
      for (let i = 0; i < m.depth; i++) v = m.array ? [v] : { x: v };
      put(parent, key, v);
      break;
    }
    case "rename": {
      if (Array.isArray(parent)) return "rename in a list";
      const v = parent[key];
      delete parent[key];
      put(parent, m.key, v);
      break;
    }
  }
  return `${m.op} at ${path.join(".")}`;
}

export type TextMutation =
  | { readonly op: "word"; readonly pick: number; readonly name: string }
  | { readonly op: "truncate"; readonly at: number }
  | { readonly op: "insert"; readonly at: number; readonly text: string }
  | { readonly op: "duplicate-line"; readonly pick: number };

export const textMutation: fc.Arbitrary<TextMutation> = fc.oneof(
  {
    arbitrary: fc.record({
      op: fc.constant("word" as const),
      pick: fc.nat(),
      name: fc.constantFrom(...PROTOTYPE_NAMES, "__proto__"),
    }),
    weight: 4,
  },
  { arbitrary: fc.record({ op: fc.constant("truncate" as const), at: fc.nat() }), weight: 1 },
  {
    arbitrary: fc.record({
      op: fc.constant("insert" as const),
      at: fc.nat(),
      text: fc.oneof(
        hostileText,
        fc.constantFrom(": ", "- ", "[", "{", "&a ", "*a", "!!js/function ", "<<: *a\n", "\t", "'"),
      ),
    }),
    weight: 2,
  },
  { arbitrary: fc.record({ op: fc.constant("duplicate-line" as const), pick: fc.nat() }), weight: 1 },
);

/** The places a single-word edit of issue 13 item 1 hits: the value after `next:` or `entry:` (and link targets). */
export const WORD_TARGET = /\b(next|entry|tree|node):\s*([a-z0-9][a-z0-9-]*)/g;

export function mutateText(text: string, m: TextMutation): string {
  switch (m.op) {
    case "word": {
      const hits = [...text.matchAll(WORD_TARGET)];
      if (hits.length === 0) return text;
      const h = hits[m.pick % hits.length]!;
      const start = h.index + h[0].length - h[2]!.length;
      return text.slice(0, start) + m.name + text.slice(start + h[2]!.length);
    }
    case "truncate":
      return text.slice(0, m.at % (text.length + 1));
    case "insert": {
      const at = m.at % (text.length + 1);
      return text.slice(0, at) + m.text + text.slice(at);
    }
    case "duplicate-line": {
      const lines = text.split("\n");
      const i = m.pick % lines.length;
      lines.splice(i, 0, lines[i]!);
      return lines.join("\n");
    }
  }
}

/** Parses, mutates and writes back; a file that does not parse is mutated as text instead. */
export function mutateYaml(text: string, m: DataMutation): string {
  let data: unknown;
  try {
    data = parse(text);
  } catch {
    return text;
  }
  mutateData(data, m);
  return stringify(data, { aliasDuplicateObjects: false });
}
