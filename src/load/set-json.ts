import type { Contact } from "../model/contact.js";
import type { Tree } from "../model/tree.js";
import type { TreeSet } from "../model/tree-set.js";
import { buildTreeSet } from "./build-tree-set.js";

/**
 * A checked tree set as JSON, and back: the one encoding of the build's copy of the bundled trees
 * (dist/bundled-trees.json, src/load/bundled.ts) and of the cache of checked tree sets
 * (src/cache/tree-cache.ts). Each tree with the file it was read from (in reading order), and the
 * contacts with theirs. A decoded set has no positions (its locators name the file only): it passed
 * its checks before it was stored, so no diagnostic needs a line.
 */
export interface EncodedSet {
  readonly trees: readonly { readonly file: string; readonly tree: Tree }[];
  readonly contacts: { readonly file: string; readonly list: readonly Contact[] };
}

/** The set as the JSON text of an EncodedSet, or undefined when JSON cannot hold it exactly (see exactJson). */
export function encodeSet(set: TreeSet): string | undefined {
  return exactJson({
    trees: [...set.trees.values()].map((tree) => ({ file: set.files.get(tree.id)!, tree })),
    contacts: { file: set.contactsFile, list: [...set.contacts.values()] },
  } satisfies EncodedSet);
}

/**
 * The set again, from the text encodeSet wrote (read from a file: nothing in it is trusted), or
 * undefined when it does not parse, is not an EncodedSet or does not join into a set without a
 * problem; it never throws. `files` (the files as read now, in the same order) replaces the names
 * stored, for an entry whose files have moved; `hash` is the set's content hash (TreeSet.hash),
 * computed by the caller from the files.
 */
export function decodeSet(
  text: string,
  hash: string,
  files?: { readonly trees: readonly string[]; readonly contacts: string },
): TreeSet | undefined {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return undefined;
  }
  if (typeof value !== "object" || value === null) return undefined;
  const { trees, contacts } = value as Partial<EncodedSet>;
  if (!Array.isArray(trees) || typeof contacts !== "object" || contacts === null || !Array.isArray(contacts.list))
    return undefined;
  if (files && trees.length !== files.trees.length) return undefined;
  const valid = (t: unknown): t is { file: string; tree: Tree } => {
    if (typeof t !== "object" || t === null) return false;
    const { file, tree } = t as Partial<{ file: unknown; tree: Partial<Tree> }>;
    return (
      typeof file === "string" &&
      typeof tree === "object" &&
      tree !== null &&
      typeof tree.nodes === "object" &&
      tree.nodes !== null
    );
  };
  if (!trees.every(valid)) return undefined;
  const contactsFile = files?.contacts ?? contacts.file;
  if (typeof contactsFile !== "string") return undefined;
  // Only the shape checked above is known; a value that passed those checks but is damaged deeper
  // (an entry that is null, say) must not throw out of the loader: then there is no set, and the
  // caller checks the files the slow way.
  let built: ReturnType<typeof buildTreeSet>;
  try {
    built = buildTreeSet(
      trees.map((t, i) => {
        const file = files?.trees[i] ?? t.file;
        return { file, tree: t.tree, locate: () => ({ file }) };
      }),
      { file: contactsFile, contacts: contacts.list, locate: () => ({ file: contactsFile }) },
      hash,
    );
  } catch {
    return undefined;
  }
  return built.treeSet && built.diagnostics.length === 0 ? built.treeSet : undefined;
}

/**
 * JSON that parses back to the same values, or undefined: a number JSON cannot hold (NaN, Infinity,
 * -0), an array hole or undefined in an array, or an object that is not plain (a Date, a Map) would
 * come back as something else, and a set must be stored exactly or not at all. An undefined property
 * is dropped, and reads back as undefined.
 */
export function exactJson(value: unknown): string | undefined {
  let exact = true;
  const text = JSON.stringify(value, function (this: Record<string, unknown>, key: string, v: unknown) {
    const raw = this[key];
    if (typeof raw === "number" && (!Number.isFinite(raw) || Object.is(raw, -0))) exact = false;
    else if (typeof raw === "bigint" || typeof raw === "function" || typeof raw === "symbol") exact = false;
    else if (raw === undefined && Array.isArray(this)) exact = false;
    else if (typeof raw === "object" && raw !== null && !Array.isArray(raw)) {
      const proto = Object.getPrototypeOf(raw) as unknown;
      if (proto !== Object.prototype && proto !== null) exact = false;
    }
    return v;
  });
  return exact ? text : undefined;
}
