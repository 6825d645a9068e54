import { buildTreeSet } from "../load/build-tree-set.js";
import type { Contact } from "../model/contact.js";
import type { Lang } from "../model/text.js";
import type { Tree } from "../model/tree.js";
import type { TreeSet } from "../model/tree-set.js";

/**
 * What `signaalroute web` puts into the page: the checked tree set (trees as
 * the loader built them, contacts with the region laid over them) and what a
 * record says about them. The page rebuilds its tree set with the loader's own
 * `buildTreeSet`, as a consult does from the build's precompiled copy.
 */
export interface WebData {
  readonly format: "signaalroute-web/1";
  readonly hash: string;
  readonly trees: readonly { readonly file: string; readonly tree: Tree }[];
  readonly contacts: { readonly file: string; readonly list: readonly Contact[] };
  /** The region's name, for records (`treeSet.region`). */
  readonly region?: string;
  /** `signaalroute VERSION`, for records (`tool`). */
  readonly tool: string;
  /** The language the page opens in. */
  readonly lang: Lang;
}

/** The data of a checked set, ready for JSON. */
export function webDataOf(set: TreeSet, lang: Lang, tool: string, region?: string): WebData {
  return {
    format: "signaalroute-web/1",
    hash: set.hash,
    // File names only: a folder's path (a user name, an organisation's share) has no place in a published page.
    trees: [...set.trees.values()].map((tree) => ({ file: baseName(set.files.get(tree.id) ?? tree.id), tree })),
    contacts: { file: baseName(set.contactsFile), list: [...set.contacts.values()] },
    ...(region ? { region } : {}),
    tool,
    lang,
  };
}

/** The tree set again, in the page: the same joining as the loader's (ids, danger forms, facts, main tree). */
export function treeSetOfData(data: WebData): TreeSet {
  const built = buildTreeSet(
    data.trees.map((t) => ({ file: t.file, tree: t.tree, locate: () => ({ file: t.file }) })),
    { file: data.contacts.file, contacts: data.contacts.list, locate: () => ({ file: data.contacts.file }) },
    data.hash,
  );
  if (!built.treeSet)
    throw new Error(`the page's trees do not join: ${built.diagnostics.map((d) => d.message.en).join("; ")}`);
  return built.treeSet;
}

function baseName(path: string): string {
  return path.split(/[\\/]/).pop() ?? path;
}
