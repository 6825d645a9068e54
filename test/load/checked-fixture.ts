import { CONSULT_RULES } from "../../src/check/rules/index.js";
import type { Rule } from "../../src/check/rule.js";
import { readSources, type ReadResult } from "../../src/load/read-sources.js";
import type { TreeSet } from "../../src/model/tree-set.js";
import { loadChecked } from "../../src/pipeline/load-checked.js";

/** The files of `dir` as read from `cwd`, and their set loaded and checked the slow way; throws when it does not pass. */
export function checkedFixture(
  dir: string,
  cwd: string,
  rules: readonly Rule[] = CONSULT_RULES,
): { read: ReadResult; set: TreeSet } {
  const read = readSources([dir], cwd);
  const set = loadChecked(read, rules).treeSet;
  if (!set) throw new Error(`fixture ${dir} does not pass`);
  return { read, set };
}

/** What a consult uses of a set: everything but the locators (positions for diagnostics), to compare sets. */
export const setContent = (s: TreeSet) => ({
  trees: s.trees,
  contacts: s.contacts,
  nodes: s.nodes,
  facts: s.facts,
  main: s.main,
  files: s.files,
  contactsFile: s.contactsFile,
  hash: s.hash,
});
