// Entry point used only by scripts/build.mjs (bundled separately from the CLI).
import { precompileBundledTrees as precompile } from "./load/bundled.js";
import { checkRules } from "./pipeline/load-checked.js";

/** Stores the bundled trees as JSON once they load and pass every consult rule (the pipeline checks; the loader stores). */
export function precompileBundledTrees(): { ok: boolean; message: string } {
  return precompile((read) => checkRules(read, "consult"));
}
