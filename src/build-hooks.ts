// Entry point used only by scripts/build.mjs (bundled separately from the CLI).
export { precompileBundledTrees } from "./load/bundled.js";
