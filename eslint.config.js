import js from "@eslint/js";
import tseslint from "typescript-eslint";

const OFFLINE = { group: ["node:http", "node:https", "node:net", "node:dgram", "node:tls", "http", "https", "net"], message: "signaalroute works offline: no network modules." };
// One safe reader: every file signaalroute reads goes through src/util/read-small-file.ts (size-limited,
// regular files only, never blocks on a FIFO or reads /dev/zero for ever).
const ONE_READER = ["node:fs", "fs", "node:fs/promises", "fs/promises"].map((name) => ({
  name,
  importNames: ["readFileSync", "readFile", "createReadStream", "open", "openSync"],
  message: "Read files with readSmallFile (src/util/read-small-file.ts): size-limited, regular files only.",
}));
const ONE_STEPPER = {
  group: ["**/engine/transitions.js", "**/engine/facts.js", "**/engine/engine.js"],
  importNames: ["linkTarget", "checklistEdgeIndex", "tickedFacts", "holds", "guardHolds", "holdsAtEnd"],
  message: "Only src/engine steps through trees: call enter/advance/checklistResult instead of following links, routes or guards yourself.",
};

export default tseslint.config(
  { ignores: ["dist/", "node_modules/", "src/generated/", "coverage/"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { process: "readonly", console: "readonly", Buffer: "readonly", URL: "readonly", setTimeout: "readonly", clearTimeout: "readonly", performance: "readonly" } },
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_" }],
      "no-restricted-imports": ["error", { patterns: [OFFLINE] }],
    },
  },
  // One stepper: only the engine follows links, picks a checklist route or tests facts. Everything else
  // (consult, replay, the prover, routes, stats, diff) calls enter/advance/checklistResult, so what
  // validate proves is by construction what a consult does.
  {
    files: ["src/**/*.ts"],
    ignores: ["src/engine/**", "src/analysis/graph.ts"],
    rules: { "no-restricted-imports": ["error", { paths: ONE_READER, patterns: [OFFLINE, ONE_STEPPER] }] },
  },
  {
    files: ["src/engine/**/*.ts", "src/analysis/graph.ts"],
    rules: { "no-restricted-imports": ["error", { paths: ONE_READER, patterns: [OFFLINE] }] },
  },
  // The reader itself, and the writer (it opens its temporary file exclusively, for writing).
  {
    files: ["src/util/read-small-file.ts", "src/util/private-file.ts", "src/util/pid-lock.ts"],
    rules: { "no-restricted-imports": ["error", { patterns: [OFFLINE, ONE_STEPPER] }] },
  },
);
