import type { Contact } from "./contact.js";
import type { Location } from "./diagnostic.js";
import type { FactDecl, Tree, TreeNode } from "./tree.js";

/** Finds the place in a file of a value, by its path in the parsed data. */
export type Locator = (path: readonly (string | number)[], options?: LocateOptions) => Location;

export interface LocateOptions {
  /** Point at the last path segment's key in its map (an unknown property, a bad id), not at its value. */
  readonly key?: boolean;
}

export interface NodeEntry {
  readonly tree: Tree;
  readonly node: TreeNode;
}

/**
 * The trees and contacts a consult runs on, with every reference resolved.
 * Node ids are unique across the whole set, so a node id alone names a node.
 */
export interface TreeSet {
  readonly trees: ReadonlyMap<string, Tree>;
  readonly contacts: ReadonlyMap<string, Contact>;
  readonly nodes: ReadonlyMap<string, NodeEntry>;
  /** Every declared fact, by id, with the tree that declares it. */
  readonly facts: ReadonlyMap<string, { readonly tree: Tree; readonly decl: FactDecl; readonly index: number }>;
  readonly main: Tree;
  /** The file each tree came from, as shown to the user. */
  readonly files: ReadonlyMap<string, string>;
  readonly contactsFile: string;
  /** sha256 over the source files: pins a record to the exact content. */
  readonly hash: string;
  /** Where each tree and the contacts came from; absent for precompiled sets. */
  readonly locators?: {
    readonly trees: ReadonlyMap<string, Locator>;
    readonly contacts?: Locator;
  };
}
