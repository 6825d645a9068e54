import js from "@eslint/js";
import tseslint from "typescript-eslint";

const OFFLINE = {
  group: [
    ...["http", "https", "http2", "net", "tls", "dgram", "dns"].flatMap((name) => [name, `node:${name}`]),
    "undici",
  ],
  message: "signaalroute works offline: no network modules.",
};
// Nor the network through the globals that need no import (Node 20 has fetch and WebSocket built in).
const OFFLINE_GLOBALS = ["fetch", "WebSocket", "EventSource", "XMLHttpRequest"].map((name) => ({
  name,
  message: "signaalroute works offline: no network calls.",
}));
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
  message:
    "Only src/engine steps through trees: call enter/advance/checklistResult instead of following links, routes or guards yourself.",
};

// The pure floors of the house (engine, model, check, analysis): no terminal, no prompts, no files, no
// process, and nothing from the floors above them (render, ui, io, consult, commands). A value in, a value out.
const PURE_LAYER = {
  group: [
    "chalk",
    "@inquirer/*",
    "node:fs",
    "fs",
    "node:fs/promises",
    "node:process",
    "node:child_process",
    "**/render/*",
    "**/ui/*",
    "**/cli/*",
    "**/io/*",
    "**/consult/*",
    "**/commands/*",
    "**/cli.js",
  ],
  message:
    "engine, model, check and analysis are pure: no terminal, prompts, files or process, and no imports from render, ui, io, consult or commands. Pass values in; let the command layer do the rest.",
};
// Loading does not depend on checking: src/load turns files into values with positions; whoever needs checked
// trees runs the rules (src/pipeline/load-checked.ts, or a command).
const LOAD_LAYER = {
  group: ["**/check/*", "**/check/**", "**/pipeline/*"],
  message:
    "src/load does not import src/check (or the pipeline above both): loading does not depend on checking. Let the caller run the checks (src/pipeline/load-checked.ts).",
};
// Nor on the cache of checked sets, which stores what the checks passed: the cache sits above src/load, and
// src/pipeline/checked-set.ts is the one place that puts the build's copy, the cache and the checks together.
const LOAD_NOT_CACHE = {
  group: ["**/cache/*", "**/cache/**"],
  message:
    "src/load does not import src/cache: the cache stores checked sets and sits above loading. The build's copy, the cache and the checks meet in src/pipeline/checked-set.ts.",
};
// Exit codes are the command layer's words: below it, a module returns a result (a problem as a Text) and
// the command decides to stop with a CliError and its exit code.
const NO_EXIT_CODES = {
  group: ["**/io/exit-codes.js"],
  message:
    "Only src/commands/ (and the CLI wiring) stop with a CliError and an exit code: return the problem instead and let the command decide.",
};
// Exiting is the command layer's job: below it, return a result or throw a typed error.
const NO_EXIT = [
  {
    object: "process",
    property: "exit",
    message: "Only bin/ and src/commands/ end the process: return an exit code instead.",
  },
  {
    object: "process",
    property: "exitCode",
    message: "Only bin/ and src/commands/ set the exit code: return it instead.",
  },
];

export default tseslint.config(
  { ignores: ["dist/", "node_modules/", "src/generated/", "coverage/"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      globals: {
        process: "readonly",
        console: "readonly",
        Buffer: "readonly",
        URL: "readonly",
        setTimeout: "readonly",
        clearTimeout: "readonly",
        performance: "readonly",
      },
    },
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_" }],
      "no-restricted-imports": ["error", { patterns: [OFFLINE] }],
    },
  },
  { files: ["src/**/*.ts"], rules: { "no-restricted-globals": ["error", ...OFFLINE_GLOBALS] } },
  // One stepper: only the engine follows links, picks a checklist route or tests facts. Everything else
  // (consult, replay, the prover, routes, stats, diff) calls enter/advance/checklistResult, so what
  // validate proves is by construction what a consult does.
  {
    files: ["src/**/*.ts"],
    ignores: ["src/engine/**", "src/analysis/graph.ts"],
    rules: { "no-restricted-imports": ["error", { paths: ONE_READER, patterns: [OFFLINE, ONE_STEPPER] }] },
  },
  // Below the command layer (the session floors: consult, scenario, record, render, ui, web, cache, util):
  // no exit codes.
  {
    files: ["src/**/*.ts"],
    ignores: ["src/engine/**", "src/analysis/graph.ts", "src/commands/**", "src/cli.ts", "src/io/**"],
    rules: {
      "no-restricted-imports": ["error", { paths: ONE_READER, patterns: [OFFLINE, ONE_STEPPER, NO_EXIT_CODES] }],
    },
  },
  {
    files: ["src/engine/**/*.ts", "src/analysis/graph.ts"],
    rules: { "no-restricted-imports": ["error", { paths: ONE_READER, patterns: [OFFLINE, PURE_LAYER] }] },
  },
  {
    files: ["src/model/**/*.ts", "src/check/**/*.ts", "src/analysis/**/*.ts"],
    ignores: ["src/analysis/graph.ts"],
    rules: { "no-restricted-imports": ["error", { paths: ONE_READER, patterns: [OFFLINE, ONE_STEPPER, PURE_LAYER] }] },
  },
  {
    files: ["src/load/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        { paths: ONE_READER, patterns: [OFFLINE, ONE_STEPPER, LOAD_LAYER, LOAD_NOT_CACHE, NO_EXIT_CODES] },
      ],
      // A lazy import() is an import too.
      "no-restricted-syntax": [
        "error",
        { selector: "ImportExpression[source.value=/(^|\\/)(check|pipeline)\\//]", message: LOAD_LAYER.message },
        { selector: "ImportExpression[source.value=/(^|\\/)cache\\//]", message: LOAD_NOT_CACHE.message },
      ],
    },
  },
  {
    files: ["src/**/*.ts"],
    // The signal handler ends the process with the signal's exit code: it runs outside any command.
    ignores: ["src/commands/**", "src/ui/terminal-restore.ts"],
    rules: { "no-restricted-properties": ["error", ...NO_EXIT] },
  },
  // The reader itself, and the writer (it opens its temporary file exclusively, for writing).
  {
    files: ["src/util/read-small-file.ts", "src/util/private-file.ts", "src/consult/pid-lock.ts"],
    rules: { "no-restricted-imports": ["error", { patterns: [OFFLINE, ONE_STEPPER, NO_EXIT_CODES] }] },
  },
);
