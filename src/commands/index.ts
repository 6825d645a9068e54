import { InvalidArgumentError } from "commander";
import type { MessageKey } from "../i18n/messages.js";
import type { Io } from "../io/io.js";
import type { Lang } from "../model/text.js";

// Every command, as data: its name, its help (message ids in src/i18n/messages.ts), its arguments and
// options, the examples under its --help, and how it runs. src/cli.ts turns this table into Commander
// commands. Adding a command: a file in src/commands/ with a run function, and one entry here.

/** An option as Commander's `new Option(flags, help)`, with its parser, default and whether it is required. */
export interface OptionSpec {
  readonly flags: string;
  readonly help: MessageKey;
  readonly parse?: (value: string) => unknown;
  readonly default?: unknown;
  readonly required?: boolean;
}

/** A positional argument: `<old>` (required), `[tree]` (optional), `[paths...]` (any number). */
export interface ArgumentSpec {
  readonly name: string;
  readonly help: MessageKey;
}

/** What a command's run gets: its positional arguments in order, its own options, and the global ones. */
export interface RunContext {
  readonly args: readonly unknown[];
  readonly options: Readonly<Record<string, unknown>>;
  readonly globals: { readonly lang: Lang; readonly color: boolean };
  readonly io: Io;
}

export interface CommandSpec {
  readonly name: string;
  readonly help: MessageKey;
  readonly args?: readonly ArgumentSpec[];
  readonly options?: readonly OptionSpec[];
  /** Shown under the help as `  $ signaalroute ...`. */
  readonly examples: readonly string[];
  /** A closing paragraph after the examples (what the exit codes mean). */
  readonly after?: MessageKey;
  /** Runs the command and returns its exit code; imports the command's module only now, so start-up stays light. */
  readonly run?: (ctx: RunContext) => Promise<number> | number;
  readonly commands?: readonly CommandSpec[];
}

// Options several commands share.
const json: OptionSpec = { flags: "--json", help: "optJson" };
const jsonCounts: OptionSpec = { flags: "--json", help: "optJsonCounts" };
const trees: OptionSpec = { flags: "--trees <path...>", help: "optTrees" };
const region: OptionSpec = { flags: "--region <file>", help: "optRegion" };

/** The options of every scenario command that reads scenario files against trees. */
const scenarioPaths: ArgumentSpec = { name: "[paths...]", help: "argScenarioPaths" };
const scenarioOptions: readonly OptionSpec[] = [json, trees, region];

/** The top-level command's examples and closing paragraph. */
export const PROGRAM_EXAMPLES = [
  "signaalroute consult",
  "signaalroute consult --resume",
  "signaalroute consult --answers antwoorden.yaml --json",
  "signaalroute validate trees/",
  "signaalroute contacts veilig",
  "signaalroute --lang en consult",
  "signaalroute help consult",
];

export const COMMANDS: readonly CommandSpec[] = [
  {
    name: "consult",
    help: "cmdConsult",
    options: [
      { flags: "--resume [id]", help: "optConsultResume" },
      { flags: "--new", help: "optConsultNew" },
      { flags: "--answers <file>", help: "optConsultAnswers" },
      { flags: "--json", help: "optConsultJson" },
      { flags: "--record <file>", help: "optConsultRecord" },
      { flags: "--force", help: "optConsultForce" },
      { flags: "--reference <text>", help: "optConsultReference" },
      { flags: "--role <text>", help: "optConsultRole" },
      { flags: "--template", help: "optConsultTemplate" },
      { flags: "--trees <path...>", help: "optConsultTrees" },
      { flags: "--start <node>", help: "optConsultStart" },
      { flags: "--save-scenario <file>", help: "optConsultSaveScenario" },
      { flags: "--region <file>", help: "optConsultRegion" },
    ],
    examples: [
      "signaalroute consult",
      "signaalroute consult --resume",
      "signaalroute consult --resume 20261128-140500-a3f9",
      "signaalroute consult --lang en",
      "signaalroute consult --region mijn-regio.yaml",
      "signaalroute consult --answers casus.yaml",
      "signaalroute consult --answers casus.yaml --json > verslag.json",
      "signaalroute consult --answers casus.yaml --record verslag.md --reference Z-2026-0142 --role leerkracht",
      "signaalroute consult --template > casus.yaml",
      "signaalroute consult --answers casus.yaml --template",
    ],
    run: async ({ options, globals, io }) => (await import("./consult.js")).run({ ...globals, ...options }, { io }),
  },
  {
    name: "drafts",
    help: "cmdDrafts",
    options: [json, { flags: "--purge [id]", help: "optDraftsPurge" }, { flags: "--yes", help: "optDraftsYes" }],
    examples: [
      "signaalroute drafts",
      "signaalroute drafts --json",
      "signaalroute drafts --purge 20261128-140500-a3f9",
      "signaalroute drafts --purge --yes",
    ],
    run: async ({ options, globals, io }) => (await import("./drafts.js")).run({ ...globals, ...options }, { io }),
  },
  {
    name: "trees",
    help: "cmdTrees",
    options: [json, trees],
    examples: ["signaalroute trees", "signaalroute trees --json"],
    run: async ({ options, globals, io }) => (await import("./trees.js")).run({ ...globals, ...options }, io),
  },
  {
    name: "contacts",
    help: "cmdContacts",
    args: [{ name: "[word]", help: "argContactsWord" }],
    options: [json, trees, region],
    examples: [
      "signaalroute contacts",
      "signaalroute contacts veilig",
      "signaalroute contacts coordinator --region trees/regions/voorbeeld.yaml",
      "signaalroute contacts --json",
    ],
    run: async ({ args: [word], options, globals, io }) =>
      (await import("./contacts.js")).run({ ...globals, ...options, word: word as string | undefined }, io),
  },
  {
    name: "validate",
    help: "cmdValidate",
    args: [{ name: "[paths...]", help: "argValidatePaths" }],
    options: [
      json,
      { flags: "--strict", help: "optValidateStrict" },
      { flags: "--max-contact-age <months>", help: "optValidateMaxContactAge", parse: positiveInt, default: 12 },
      { flags: "--terms <file>", help: "optValidateTerms" },
      {
        flags: "--format <format>",
        help: "optValidateFormat",
        parse: oneOf(["stylish", "json", "sarif", "junit", "github"]),
      },
      { flags: "--output-file <file>", help: "optValidateOutputFile" },
      { flags: "--max-warnings <number>", help: "optValidateMaxWarnings", parse: nonNegativeInt },
    ],
    examples: [
      "signaalroute validate",
      "signaalroute validate trees/",
      "signaalroute validate --json mijn-bomen/",
      "signaalroute validate --strict",
      "signaalroute validate --terms eigen-termen.yaml",
      "signaalroute validate --format sarif --output-file validate.sarif",
      "signaalroute validate --format junit --output-file validate.xml --max-warnings 0",
      "signaalroute validate trees/regions/mijn-regio.yaml",
    ],
    run: async ({ args: [paths], options, globals, io }) => {
      const { run } = await import("./validate.js");
      // Commander has applied the default (--max-contact-age 12): the options are complete.
      return run({ ...globals, ...options, paths: paths as string[] } as unknown as Parameters<typeof run>[0], io);
    },
  },
  // Region files (issue 11): a new one from the template, with a modeline that finds the installed schema.
  {
    name: "region",
    help: "cmdRegion",
    examples: ["signaalroute region init mijn-regio.yaml"],
    commands: [
      {
        name: "init",
        help: "cmdRegionInit",
        args: [{ name: "<file>", help: "argRegionInitFile" }],
        examples: ["signaalroute region init mijn-regio.yaml", "signaalroute validate mijn-regio.yaml"],
        run: async ({ args: [file], globals, io }) =>
          (await import("./region.js")).init({ ...globals, file: file as string }, io),
      },
    ],
  },
  // Seeing the routes: graph, docs, routes, stats, diff (docs/views.md).
  {
    name: "graph",
    help: "cmdGraph",
    args: [{ name: "[tree]", help: "argGraphTree" }],
    options: [
      { flags: "--format <format>", help: "optGraphFormat", parse: oneOf(["mermaid", "dot"]), default: "mermaid" },
      trees,
    ],
    examples: [
      "signaalroute graph",
      "signaalroute graph triage",
      "signaalroute graph --format dot | dot -Tsvg > routes.svg",
      "signaalroute graph --lang en --trees mijn-bomen/",
    ],
    run: async ({ args: [tree], options, globals, io }) =>
      (await import("./graph.js")).run({ ...globals, ...options, tree: tree as string | undefined }, io),
  },
  {
    name: "docs",
    help: "cmdDocs",
    options: [{ flags: "--out <dir>", help: "optDocsOut" }, trees],
    examples: ["signaalroute docs --out routekaart/", "signaalroute docs --out route-maps/ --lang en"],
    run: async ({ options, globals, io }) => (await import("./docs.js")).run({ ...globals, ...options }, io),
  },
  {
    name: "routes",
    help: "cmdRoutes",
    args: [{ name: "[tree]", help: "argRoutesTree" }],
    options: [jsonCounts, trees],
    examples: ["signaalroute routes", "signaalroute routes uitbuiting", "signaalroute routes --json"],
    run: async ({ args: [tree], options, globals, io }) =>
      (await import("./routes.js")).run({ ...globals, ...options, tree: tree as string | undefined }, io),
  },
  {
    name: "stats",
    help: "cmdStats",
    options: [jsonCounts, trees],
    examples: ["signaalroute stats", "signaalroute stats --json"],
    run: async ({ options, globals, io }) => (await import("./stats.js")).run({ ...globals, ...options }, io),
  },
  {
    name: "diff",
    help: "cmdDiff",
    args: [
      { name: "<old>", help: "argDiffOld" },
      { name: "<new>", help: "argDiffNew" },
    ],
    options: [json, { flags: "--exit-code", help: "optDiffExitCode" }],
    examples: [
      "signaalroute diff git:main trees/",
      "signaalroute diff git:HEAD~1 git:HEAD",
      "signaalroute diff oud/ nieuw/ --json",
      "signaalroute diff --exit-code git:main trees/",
    ],
    after: "afterDiff",
    run: async ({ args: [old, nieuw], options, globals, io }) =>
      (await import("./diff.js")).run({ ...globals, ...options, old: old as string, new: nieuw as string }, io),
  },
  // Trainers: scenario suites (issue 10).
  {
    name: "scenario",
    help: "cmdScenario",
    examples: [
      "signaalroute scenario run",
      "signaalroute scenario run scenarios/ --junit rapport.xml",
      "signaalroute scenario coverage --min 80",
    ],
    commands: [
      {
        name: "run",
        help: "cmdScenarioRun",
        args: [scenarioPaths],
        options: [...scenarioOptions, { flags: "--junit <file>", help: "optScenarioJunit" }],
        examples: [
          "signaalroute scenario run",
          "signaalroute scenario run mijn-module.yaml",
          "signaalroute scenario run scenarios/ --json",
          "signaalroute scenario run --junit rapport.xml",
          "signaalroute scenario run --trees nieuwe-bomen/",
        ],
        run: async ({ args: [paths], options, globals, io }) =>
          (await import("./scenario.js")).run({ ...globals, ...options, paths: paths as string[] }, io),
      },
      {
        name: "coverage",
        help: "cmdScenarioCoverage",
        args: [scenarioPaths],
        options: [...scenarioOptions, { flags: "--min <percent>", help: "optScenarioMin", parse: percent }],
        examples: [
          "signaalroute scenario coverage",
          "signaalroute scenario coverage scenarios/ --min 80",
          "signaalroute scenario coverage --json",
        ],
        run: async ({ args: [paths], options, globals, io }) =>
          (await import("./scenario.js")).coverage({ ...globals, ...options, paths: paths as string[] }, io),
      },
      {
        name: "diff",
        help: "cmdScenarioDiff",
        // OLD NEW (unless --against), then scenario files or folders.
        args: [{ name: "[paths...]", help: "argScenarioDiffPaths" }],
        options: [
          { flags: "--against <rev>", help: "optScenarioAgainst" },
          json,
          { flags: "--exit-code", help: "optScenarioDiffExitCode" },
        ],
        examples: [
          "signaalroute scenario diff oud/ nieuw/",
          "signaalroute scenario diff --against git:main",
          "signaalroute scenario diff --against git:HEAD~1 scenarios/module.yaml --json",
          "signaalroute scenario diff oud/ nieuw/ module.yaml --exit-code",
        ],
        after: "afterScenarioDiff",
        run: async ({ args: [args], options, globals, io }) =>
          (await import("./scenario.js")).diff({ ...globals, ...options, args: args as string[] }, io),
      },
      {
        name: "from",
        help: "cmdScenarioFrom",
        args: [{ name: "<record>", help: "argScenarioFromRecord" }],
        options: [{ flags: "--out <file>", help: "optScenarioFromOut" }],
        examples: [
          "signaalroute scenario from verslag.json > casus.yaml",
          "signaalroute scenario from verslag.json --out scenarios/casus.yaml",
        ],
        run: async ({ args: [record], options, globals, io }) =>
          (await import("./scenario.js")).from({ ...globals, ...options, record: record as string }, io),
      },
    ],
  },
  // Trainees: practice a scenario's case in the real consult, then compare with the model answer (issue 10).
  {
    name: "practice",
    help: "cmdPractice",
    args: [{ name: "[paths...]", help: "argPracticePaths" }],
    options: [
      { flags: "--scenario <id>", help: "optPracticeScenario" },
      { flags: "--out <file>", help: "optPracticeOut" },
      { flags: "--json", help: "optPracticeJson" },
      { flags: "--summary", help: "optPracticeSummary" },
      trees,
      region,
    ],
    examples: [
      "signaalroute practice module.yaml",
      "signaalroute practice module.yaml --scenario blauwe-plekken --out resultaat-1.json",
      "signaalroute practice --summary resultaten/*.json",
      "signaalroute practice --summary resultaten/*.json --json",
    ],
    after: "afterPractice",
    run: async ({ args: [files], options, globals, io }) =>
      (await import("./practice.js")).run({ ...globals, ...options, files: files as string[] }, { io }),
  },
  // The consult as one offline web page (issue 12).
  {
    name: "web",
    help: "cmdWeb",
    options: [
      { flags: "--out <dir>", help: "optWebOut", required: true },
      { flags: "--trees <path...>", help: "optWebTrees" },
      region,
      { flags: "--force", help: "optWebForce" },
    ],
    examples: [
      "signaalroute web --out site",
      "signaalroute web --out site --lang en",
      "signaalroute web --out site --region trees/regions/voorbeeld.yaml",
      "signaalroute web --out site --trees mijn-bomen/ --force",
    ],
    run: async ({ options, globals, io }) => {
      const { run } = await import("./web.js");
      // --out is required: Commander stops before this without it.
      return run({ ...globals, ...options } as unknown as Parameters<typeof run>[0], io);
    },
  },
];

function percent(v: string): number {
  const n = Number(v);
  if (v.trim() === "" || !Number.isFinite(n) || n < 0 || n > 100) throw new InvalidArgumentError("0-100");
  return n;
}

function positiveInt(v: string): number {
  const n = Number(v);
  if (!Number.isInteger(n) || n < 1) throw new InvalidArgumentError("> 0");
  return n;
}

function nonNegativeInt(v: string): number {
  const n = Number(v);
  if (v.trim() === "" || !Number.isInteger(n) || n < 0) throw new InvalidArgumentError(">= 0");
  return n;
}

/** A value from a fixed list; the error names the list (Commander adds "is invalid"). */
function oneOf(values: readonly string[]): (v: string) => string {
  return (v) => {
    if (!values.includes(v)) throw new InvalidArgumentError(values.join(" | "));
    return v;
  };
}
