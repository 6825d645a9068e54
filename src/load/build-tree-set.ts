import { createHash } from "node:crypto";
import { MESSAGES, mt } from "../i18n/messages.js";
import type { Contact } from "../model/contact.js";
import type { Diagnostic } from "../model/diagnostic.js";
import { expandDanger } from "../model/danger-form.js";
import type { DangerNode, FactDecl, Tree, TreeNode } from "../model/tree.js";
import type { Locator, NodeEntry, TreeSet } from "../model/tree-set.js";

export interface ParsedTree {
  readonly file: string;
  readonly tree: Tree;
  readonly locate: Locator;
}

export interface ParsedContacts {
  readonly file: string;
  readonly contacts: readonly Contact[];
  readonly locate: Locator;
}

/**
 * Joins schema-valid trees and a contacts directory into one set. Duplicate
 * ids and a missing or doubled main tree are reported here, because the set's
 * maps cannot hold them; every other reference is checked by the rules.
 */
export function buildTreeSet(
  trees: readonly ParsedTree[],
  contacts: ParsedContacts,
  hash: string,
): { treeSet?: TreeSet; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  const treeMap = new Map<string, Tree>();
  const treeLocators = new Map<string, Locator>();
  const nodes = new Map<string, NodeEntry>();
  const nodeFile = new Map<string, string>();
  const files = new Map<string, string>();

  for (const { file, tree, locate: rawLocate } of trees) {
    const dangerNodes = new Set<string>();
    // A danger form's answers live under `ja`, `nee`, `unknown` in the file, its texts nowhere: point there.
    const locate: Locator = (path) => rawLocate(dangerNodes.size > 0 ? dangerPath(path, dangerNodes) : path);
    const earlier = treeMap.get(tree.id);
    if (earlier) {
      diagnostics.push(dup(locate(["id"]), "tree", tree.id, fileOf(trees, earlier)));
      continue;
    }
    treeMap.set(tree.id, tree);
    treeLocators.set(tree.id, locate);
    files.set(tree.id, file);
    for (const [id, written] of Object.entries(tree.nodes)) {
      const raw = written as TreeNode | DangerNode;
      if (raw.kind === "danger") dangerNodes.add(id);
      const node: TreeNode = raw.kind === "danger" ? expandDanger({ ...raw, id }) : { ...raw, id };
      (tree.nodes as Record<string, typeof node>)[id] = node;
      const first = nodeFile.get(id);
      if (first !== undefined) {
        diagnostics.push(dup(locate(["nodes", id]), "node", id, first));
        continue;
      }
      nodes.set(id, { tree, node });
      nodeFile.set(id, file);
    }
  }

  const facts = new Map<string, { tree: Tree; decl: FactDecl; index: number }>();
  for (const tree of treeMap.values()) {
    (tree.facts ?? []).forEach((decl, i) => {
      const earlier = facts.get(decl.id);
      if (earlier)
        diagnostics.push(
          dup(treeLocators.get(tree.id)!(["facts", i, "id"]), "fact", decl.id, files.get(earlier.tree.id)!),
        );
      else facts.set(decl.id, { tree, decl, index: i });
    });
  }

  const contactMap = new Map<string, Contact>();
  contacts.contacts.forEach((c, i) => {
    if (contactMap.has(c.id))
      diagnostics.push(dup(contacts.locate(["contacts", i, "id"]), "contact", c.id, contacts.file));
    else contactMap.set(c.id, c);
  });

  const mains = [...treeMap.values()].filter((t) => t.main);
  if (mains.length !== 1) {
    const first = trees[0];
    const loc =
      mains.length > 1 ? treeLocators.get(mains[1]!.id)!(["main"]) : first ? first.locate([]) : { file: contacts.file };
    diagnostics.push({
      ...loc,
      ruleId: "references",
      severity: "error",
      message:
        mains.length === 0 ? MESSAGES.noMainTree : mt("manyMainTrees", { trees: mains.map((t) => t.id).join(", ") }),
    });
  }
  if (diagnostics.length > 0 || mains.length !== 1) return { diagnostics };
  return {
    treeSet: {
      trees: treeMap,
      contacts: contactMap,
      nodes,
      facts,
      main: mains[0]!,
      files,
      contactsFile: contacts.file,
      hash,
      locators: { trees: treeLocators, contacts: contacts.locate },
    },
    diagnostics,
  };
}

/** The path in the file of a value of an expanded danger form: answers 0/1 are `ja`/`nee`, the tool's own texts are its `kind`. */
function dangerPath(path: readonly (string | number)[], danger: ReadonlySet<string>): readonly (string | number)[] {
  if (path[0] !== "nodes" || typeof path[1] !== "string" || !danger.has(path[1])) return path;
  const [, id, field, ...rest] = path;
  if (field === "answers" && (rest[0] === 0 || rest[0] === 1)) {
    const key = rest[0] === 0 ? "ja" : "nee";
    return rest[1] === "label" || rest[1] === "id" || rest[1] === "acute" || rest.length === 1
      ? ["nodes", id, rest.length === 1 ? key : "kind"]
      : ["nodes", id, key, ...rest.slice(1)];
  }
  if (field === "answers" || field === "text" || field === "help" || field === "asks") return ["nodes", id, "kind"];
  if (field === "unknown" && (rest[0] === "label" || rest[0] === "justification" || rest[0] === "standsFor"))
    return ["nodes", id, "kind"];
  return path;
}

function fileOf(trees: readonly ParsedTree[], tree: Tree): string {
  return trees.find((t) => t.tree === tree)?.file ?? "?";
}

function dup(
  loc: { file: string; line?: number; column?: number },
  what: "tree" | "node" | "contact" | "fact",
  id: string,
  firstFile: string,
): Diagnostic {
  const word = MESSAGES[({ tree: "idTree", node: "idNode", contact: "idContact", fact: "idFact" } as const)[what]];
  return {
    ...loc,
    ruleId: "references",
    severity: "error",
    message: mt("duplicateId", { what: word, id, file: firstFile }),
  };
}

/** sha256 over file names and contents, in name order, so the hash does not depend on the folder's path. */
export function hashSources(sources: readonly { readonly name: string; readonly text: string }[]): string {
  const h = createHash("sha256");
  for (const s of [...sources].sort((a, b) => (a.name < b.name ? -1 : 1))) {
    h.update(s.name).update("\0").update(s.text).update("\0");
  }
  return h.digest("hex");
}
