import { fillText } from "../i18n/messages.js";
import type { Text } from "../model/text.js";
import type { TreeSet } from "../model/tree-set.js";
import type { Place } from "./rule.js";

/** One user-facing text, with where it is and what it belongs to (for messages). */
export interface FoundText {
  readonly text: Text;
  /** Where the `{nl, en}` object is; append "nl" or "en" to point at one language. */
  readonly place: Place & { readonly path: readonly (string | number)[] };
  /** The tree or contact id it belongs to, and the node id when inside a node. */
  readonly owner: string;
  readonly node?: string;
}

/**
 * Every `{nl, en}` text in the trees and the contacts, found by walking the
 * data rather than by listing fields: a text field added to the schema later
 * is checked without touching the rules that read texts.
 */
export function allTexts(set: TreeSet): readonly FoundText[] {
  const out: FoundText[] = [];
  forEachText(set, (f) => out.push(f));
  return out;
}

/**
 * Calls `visit` for every text, in the order of `allTexts`, without keeping a list: the rules that read every
 * text (translations, terminology) each walk the set once, and nothing stays in memory after them (a kept
 * list of every text with its path was 128 MB of the heap at 100,000 nodes).
 */
export function forEachText(set: TreeSet, visit: (f: FoundText) => void): void {
  for (const tree of set.trees.values()) {
    walk(tree, [], (text, path) => {
      const node = path[0] === "nodes" && typeof path[1] === "string" ? path[1] : undefined;
      visit({ text, place: { tree: tree.id, path }, owner: tree.id, ...(node ? { node } : {}) });
    });
  }
  [...set.contacts.values()].forEach((contact, contactIndex) => {
    walk(contact, [], (text, path) => visit({ text, place: { contactIndex, path }, owner: contact.id }));
  });
}

/** True for an object that is exactly a translated text. */
export function isText(v: unknown): v is Text {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const keys = Object.keys(v);
  return keys.length === 2 && typeof (v as Text).nl === "string" && typeof (v as Text).en === "string";
}

/** Depth first over plain data; `path` is one stack, copied only for a text found. */
function walk(v: unknown, path: (string | number)[], found: (t: Text, path: (string | number)[]) => void): void {
  if (isText(v)) return found(v, [...path]);
  if (Array.isArray(v)) {
    for (let i = 0; i < v.length; i++) {
      path.push(i);
      walk(v[i], path, found);
      path.pop();
    }
  } else if (typeof v === "object" && v !== null) {
    for (const k of Object.keys(v)) {
      path.push(k);
      walk((v as Record<string, unknown>)[k], path, found);
      path.pop();
    }
  }
}

/** Where a text is, for a message: "node 'x'" / "knoop 'x'", or the tree or contact. */
export function ownerName(f: FoundText): Text {
  if (f.node) return fillText(OWNER.node, { id: f.node });
  return fillText("tree" in f.place ? OWNER.tree : OWNER.contact, { id: f.owner });
}

const OWNER = {
  node: { nl: "knoop '{id}'", en: "node '{id}'" },
  tree: { nl: "boom '{id}'", en: "tree '{id}'" },
  contact: { nl: "contact '{id}'", en: "contact '{id}'" },
} satisfies Record<string, Text>;

/** A finding's detail line naming the facts that hold on its route: "Met de feiten: a, b". */
export function withFactsLine(facts: readonly string[]): Text {
  return fillText(WITH_FACTS, { facts: facts.join(", ") });
}

const WITH_FACTS = { nl: "Met de feiten: {facts}", en: "With the facts: {facts}" } satisfies Text;

/** The path as a short field name for messages, e.g. `answers[0].label`. */
export function fieldName(path: readonly (string | number)[]): string {
  const rest = path[0] === "nodes" ? path.slice(2) : path;
  return rest.map((p, i) => (typeof p === "number" ? `[${p}]` : i === 0 ? p : `.${p}`)).join("") || "(text)";
}
