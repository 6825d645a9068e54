import { InvalidArgumentError } from "commander";
import type { MessageKey } from "../i18n/messages.js";
import type { Io } from "../io/io.js";
import type { Lang } from "../model/text.js";
import { GRAPH_FORMATS, VALIDATE_FORMATS } from "./support/formats.js";

// Every command, as data: its name, its help (message ids in src/i18n/messages.ts), its arguments and
// options, the examples under its --help, and how it runs. src/cli.ts turns this table into Commander
// commands. Adding a command: a file in src/commands/ with a run function, and one entry here.

/** An option as Commander's `new Option(flags, help)`, with its parser, default and whether it is required. */
export interface OptionSpec<F extends string = string, P = unknown, D = unknown> {
  readonly flags: F;
  readonly help: MessageKey;
  readonly parse?: (value: string) => P;
  readonly default?: D;
  readonly required?: boolean;
}

/** A positional argument: `<old>` (required), `[tree]` (optional), `[paths...]` (any number). */
export interface ArgumentSpec<N extends string = string> {
  readonly name: N;
  readonly help: MessageKey;
}

/** What a command's run gets: its positional arguments in order, its own options, and the global ones. */
export interface RunContext<A extends readonly unknown[] = readonly unknown[], O = Readonly<Record<string, unknown>>> {
  readonly args: A;
  readonly options: O;
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

// The types Commander gives an option's value, read from its flags as Commander reads them: the key is the
// long flag in camelCase (`--max-contact-age <months>` is maxContactAge); `<x>` is a string, `<x...>` a list,
// `[x]` a string or true, no value true; a parser's result instead; optional unless it has a default or is
// required. The positional arguments likewise: `<x>` a string, `[x]` a string or undefined, `[x...]` a list.
type Camel<S extends string> = S extends `${infer H}-${infer T}` ? `${H}${Capitalize<Camel<T>>}` : S;
type LongFlag<F extends string> = F extends `${string}--${infer Rest}`
  ? Rest extends `${infer Name} ${string}`
    ? Name
    : Rest
  : never;
type FlagValue<F extends string> = F extends `${string}<${string}...>`
  ? string[]
  : F extends `${string}<${string}>`
    ? string
    : F extends `${string}[${string}]`
      ? string | true
      : true;
type OptionValue<S> = S extends { readonly parse: (value: string) => infer P } ? P : FlagValue<FlagsOf<S>>;
type FlagsOf<S> = S extends OptionSpec<infer F> ? F : never;
type Given<S> = S extends { readonly default: NonNullable<unknown> } | { readonly required: true } ? true : false;
type Simplify<T> = { [K in keyof T]: T[K] } & {};
/** A command's own options as its run gets them, from its option specs. */
export type OptionsOf<Specs extends readonly OptionSpec[]> = Simplify<
  { readonly [S in Specs[number] as Given<S> extends true ? Camel<LongFlag<FlagsOf<S>>> : never]: OptionValue<S> } & {
    readonly [S in Specs[number] as Given<S> extends true ? never : Camel<LongFlag<FlagsOf<S>>>]?: OptionValue<S>;
  }
>;
type ArgValue<N extends string> = N extends `${string}...${string}`
  ? string[]
  : N extends `<${string}`
    ? string
    : string | undefined;
/** A command's positional arguments as its run gets them, from its argument specs. */
export type ArgsOf<Specs extends readonly ArgumentSpec[]> = { readonly [I in keyof Specs]: ArgValue<Specs[I]["name"]> };

/**
 * A row of the table whose run gets its options and arguments typed from its own specs, so a misnamed option
 * fails tsc where it is passed on (see `given`). The one cast from Commander's untyped values is here.
 */
function command<
  const A extends readonly ArgumentSpec[] = [],
  const O extends readonly OptionSpec[] = readonly OptionSpec[],
>(
  spec: Omit<CommandSpec, "args" | "options" | "run"> & {
    readonly args?: A;
    readonly options?: O;
    readonly run?: (ctx: RunContext<ArgsOf<A>, OptionsOf<O>>) => Promise<number> | number;
  },
): CommandSpec {
  return spec as CommandSpec;
}

/**
 * What a command's run function takes as its first argument, from the global options, the command's own and
 * its positional arguments; tsc refuses one `run` does not take (a misnamed flag) or one of another type.
 * The global options may go unused.
 */
function given<T, O extends T>(
  _run: (opts: T, ...rest: never[]) => unknown,
  opts: O & Record<Exclude<keyof O, keyof T | "lang" | "color">, never>,
): T {
  return opts;
}

// Options several commands share.
const json = { flags: "--json", help: "optJson" } as const satisfies OptionSpec;
const jsonCounts = { flags: "--json", help: "optJsonCounts" } as const satisfies OptionSpec;
const trees = { flags: "--trees <path...>", help: "optTrees" } as const satisfies OptionSpec;
const region = { flags: "--region <file>", help: "optRegion" } as const satisfies OptionSpec;

// The values of --format (oneOf's type comes from the list).
const validateFormat = oneOf(VALIDATE_FORMATS);
const graphFormat = oneOf(GRAPH_FORMATS);

/** The options of every scenario command that reads scenario files against trees. */
const scenarioPaths = { name: "[paths...]", help: "argScenarioPaths" } as const satisfies ArgumentSpec;
const scenarioOptions = [json, trees, region] as const;

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
  command({
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
    run: async ({ options, globals, io }) => {
      const { run } = await import("./consult.js");
      return run(given(run, { ...globals, ...options }), { io });
    },
  }),
  command({
    name: "drafts",
    help: "cmdDrafts",
    options: [json, { flags: "--purge [id]", help: "optDraftsPurge" }, { flags: "--yes", help: "optDraftsYes" }],
    examples: [
      "signaalroute drafts",
      "signaalroute drafts --json",
      "signaalroute drafts --purge 20261128-140500-a3f9",
      "signaalroute drafts --purge --yes",
    ],
    run: async ({ options, globals, io }) => {
      const { run } = await import("./drafts.js");
      return run(given(run, { ...globals, ...options }), { io });
    },
  }),
  command({
    name: "trees",
    help: "cmdTrees",
    options: [json, trees],
    examples: ["signaalroute trees", "signaalroute trees --json"],
    run: async ({ options, globals, io }) => {
      const { run } = await import("./trees.js");
      return run(given(run, { ...globals, ...options }), io);
    },
  }),
  command({
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
    run: async ({ args: [word], options, globals, io }) => {
      const { run } = await import("./contacts.js");
      return run(given(run, { ...globals, ...options, word }), io);
    },
  }),
  command({
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
        parse: validateFormat,
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
      return run(given(run, { ...globals, ...options, paths }), io);
    },
  }),
  // Region files (issue 11): a new one from the template, with a modeline that finds the installed schema.
  command({
    name: "region",
    help: "cmdRegion",
    examples: ["signaalroute region init mijn-regio.yaml"],
    commands: [
      command({
        name: "init",
        help: "cmdRegionInit",
        args: [{ name: "<file>", help: "argRegionInitFile" }],
        examples: ["signaalroute region init mijn-regio.yaml", "signaalroute validate mijn-regio.yaml"],
        run: async ({ args: [file], globals, io }) => {
          const { init } = await import("./region.js");
          return init(given(init, { ...globals, file }), io);
        },
      }),
    ],
  }),
  // Seeing the routes: graph, docs, routes, stats, diff (docs/views.md).
  command({
    name: "graph",
    help: "cmdGraph",
    args: [{ name: "[tree]", help: "argGraphTree" }],
    options: [{ flags: "--format <format>", help: "optGraphFormat", parse: graphFormat, default: "mermaid" }, trees],
    examples: [
      "signaalroute graph",
      "signaalroute graph triage",
      "signaalroute graph --format dot | dot -Tsvg > routes.svg",
      "signaalroute graph --lang en --trees mijn-bomen/",
    ],
    run: async ({ args: [tree], options, globals, io }) => {
      const { run } = await import("./graph.js");
      return run(given(run, { ...globals, ...options, tree }), io);
    },
  }),
  command({
    name: "docs",
    help: "cmdDocs",
    options: [{ flags: "--out <dir>", help: "optDocsOut" }, trees],
    examples: ["signaalroute docs --out routekaart/", "signaalroute docs --out route-maps/ --lang en"],
    run: async ({ options, globals, io }) => {
      const { run } = await import("./docs.js");
      return run(given(run, { ...globals, ...options }), io);
    },
  }),
  command({
    name: "routes",
    help: "cmdRoutes",
    args: [{ name: "[tree]", help: "argRoutesTree" }],
    options: [jsonCounts, trees],
    examples: ["signaalroute routes", "signaalroute routes uitbuiting", "signaalroute routes --json"],
    run: async ({ args: [tree], options, globals, io }) => {
      const { run } = await import("./routes.js");
      return run(given(run, { ...globals, ...options, tree }), io);
    },
  }),
  command({
    name: "stats",
    help: "cmdStats",
    options: [jsonCounts, trees],
    examples: ["signaalroute stats", "signaalroute stats --json"],
    run: async ({ options, globals, io }) => {
      const { run } = await import("./stats.js");
      return run(given(run, { ...globals, ...options }), io);
    },
  }),
  command({
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
    run: async ({ args: [old, nieuw], options, globals, io }) => {
      const { run } = await import("./diff.js");
      return run(given(run, { ...globals, ...options, old, new: nieuw }), io);
    },
  }),
  // Trainers: scenario suites (issue 10).
  command({
    name: "scenario",
    help: "cmdScenario",
    examples: [
      "signaalroute scenario run",
      "signaalroute scenario run scenarios/ --junit rapport.xml",
      "signaalroute scenario coverage --min 80",
    ],
    commands: [
      command({
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
        run: async ({ args: [paths], options, globals, io }) => {
          const { run } = await import("./scenario.js");
          return run(given(run, { ...globals, ...options, paths }), io);
        },
      }),
      command({
        name: "coverage",
        help: "cmdScenarioCoverage",
        args: [scenarioPaths],
        options: [...scenarioOptions, { flags: "--min <percent>", help: "optScenarioMin", parse: percent }],
        examples: [
          "signaalroute scenario coverage",
          "signaalroute scenario coverage scenarios/ --min 80",
          "signaalroute scenario coverage --json",
        ],
        run: async ({ args: [paths], options, globals, io }) => {
          const { coverage } = await import("./scenario.js");
          return coverage(given(coverage, { ...globals, ...options, paths }), io);
        },
      }),
      command({
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
        run: async ({ args: [args], options, globals, io }) => {
          const { diff } = await import("./scenario.js");
          return diff(given(diff, { ...globals, ...options, args }), io);
        },
      }),
      command({
        name: "from",
        help: "cmdScenarioFrom",
        args: [{ name: "<record>", help: "argScenarioFromRecord" }],
        options: [{ flags: "--out <file>", help: "optScenarioFromOut" }],
        examples: [
          "signaalroute scenario from verslag.json > casus.yaml",
          "signaalroute scenario from verslag.json --out scenarios/casus.yaml",
        ],
        run: async ({ args: [record], options, globals, io }) => {
          const { from } = await import("./scenario.js");
          return from(given(from, { ...globals, ...options, record }), io);
        },
      }),
    ],
  }),
  // Trainees: practice a scenario's case in the real consult, then compare with the model answer (issue 10).
  command({
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
    run: async ({ args: [files], options, globals, io }) => {
      const { run } = await import("./practice.js");
      return run(given(run, { ...globals, ...options, files }), { io });
    },
  }),
  // The consult as one offline web page (issue 12).
  command({
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
      return run(given(run, { ...globals, ...options }), io);
    },
  }),
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
function oneOf<const V extends readonly string[]>(values: V): (v: string) => V[number] {
  return (v) => {
    if (!values.includes(v)) throw new InvalidArgumentError(values.join(" | "));
    return v;
  };
}
