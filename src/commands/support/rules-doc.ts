import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { parseRulesDoc, type RulesDoc } from "../../render/diagnostics-sarif.js";
import { packageRoot } from "../../util/package-root.js";
import { readSmallFile } from "../../util/read-small-file.js";

/**
 * The installed package's docs/rules.md (shipped in the package, `files` in package.json) for the SARIF
 * report: each rule's section, inline, and the file's `file:` URL for `helpUri`. Undefined when the file
 * cannot be read: the report then carries each rule's one line and no `helpUri`, rather than a link to
 * nothing.
 */
export function loadRulesDoc(): RulesDoc | undefined {
  const file = join(packageRoot(), "docs", "rules.md");
  const read = readSmallFile(file);
  if (!("text" in read)) return undefined;
  return { sections: parseRulesDoc(read.text), fileUrl: pathToFileURL(file).href };
}
