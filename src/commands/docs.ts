import { mkdirSync, writeFileSync } from "node:fs";
import { isAbsolute, join, relative, resolve } from "node:path";
import { buildGraph } from "../analysis/graph.js";
import { CliError, EXIT } from "../io/exit-codes.js";
import type { Io } from "../io/io.js";
import { MESSAGES, mt } from "../i18n/messages.js";
import { cannotWriteText, writeErrorReason } from "../i18n/write-error.js";
import type { Lang } from "../model/text.js";
import { pageName, routekaart, routekaartIndex } from "../render/routekaart.js";
import { checkRules } from "../pipeline/load-checked.js";
import { loadTreesWith } from "./support/load-trees.js";

export interface DocsOptions {
  readonly lang: Lang;
  readonly color: boolean;
  readonly out?: string;
  readonly trees?: readonly string[];
}

/** The pages to write, as (file name, Markdown). Pure. */
export function docsPages(graph: ReturnType<typeof buildGraph>, lang: Lang): { name: string; text: string }[] {
  const pages = [...graph.set.trees.values()].map((t) => ({ name: pageName(t.id), text: routekaart(graph, t, lang) }));
  return [...pages, { name: "index.md", text: routekaartIndex(graph, lang) }];
}

/** Writes one routekaart per tree and index.md into --out. Exit 0; 1 when the trees cannot be used; 2 when DIR cannot be written. */
export function run(opts: DocsOptions, io: Io): number {
  if (!opts.out) throw new CliError(MESSAGES.docsNoOut, EXIT.usage);
  const set = loadTreesWith({ paths: opts.trees, cwd: io.cwd, lang: opts.lang, rules: "structural" }, checkRules);
  const dir = resolve(io.cwd, opts.out);
  const pages = docsPages(buildGraph(set), opts.lang);
  try {
    mkdirSync(dir, { recursive: true });
  } catch (e) {
    throw new CliError(mt("docsNoFolder", { dir: opts.out, why: writeErrorReason(e) }), EXIT.usage);
  }
  for (const p of pages) {
    const file = join(dir, p.name);
    // Page names come from tree ids; still, never write outside the folder.
    const rel = relative(dir, file);
    if (rel.startsWith("..") || isAbsolute(rel) || rel.includes("/") || rel.includes("\\")) {
      throw new CliError(mt("docsUnsafeName", { name: p.name }), EXIT.usage);
    }
    try {
      writeFileSync(file, p.text, { mode: 0o644 });
    } catch (e) {
      throw new CliError(cannotWriteText(file, e), EXIT.usage);
    }
    io.out(`${relative(io.cwd, file) || file}\n`);
  }
  return EXIT.ok;
}
