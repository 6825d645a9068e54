import { Command, CommanderError, Help, InvalidArgumentError, Option, type OutputConfiguration } from "commander";
import { COMMANDS, PROGRAM_EXAMPLES, type CommandSpec, type OptionSpec } from "./commands/index.js";
import { argumentNl, placeholdersNl, translateCommanderError, translateHelp } from "./i18n/commander.js";
import { m, mf } from "./i18n/messages.js";
import { CliError, EXIT } from "./io/exit-codes.js";
import { processIo, type Io } from "./io/io.js";
import type { Lang } from "./model/text.js";
import { colorEnabled } from "./io/color.js";
import { VERSION } from "./version.js";
import { configureTreeCache, resetTreeCache } from "./cache/settings.js";

// Commander wiring only: the commands are a table (src/commands/index.ts), turned into Commander
// commands here. Each command's module is imported when it runs, so starting a consult does not load
// the validator, the graph exports or inquirer before they are needed. This file is also the one place
// that turns errors into messages and exit codes.

export { placeholdersNl };

/** The language before commander parses: --lang, then $SIGNAALROUTE_LANG, then Dutch. */
export function pickLang(argv: readonly string[], env: Io["env"]): Lang {
  const i = argv.findIndex((a) => a === "--lang" || a.startsWith("--lang="));
  const value = i === -1 ? env.SIGNAALROUTE_LANG : argv[i]!.includes("=") ? argv[i]!.split("=")[1] : argv[i + 1];
  return value === "en" ? "en" : "nl";
}

function parseLang(value: string): Lang {
  if (value !== "nl" && value !== "en") throw new InvalidArgumentError("nl | en");
  return value;
}

export async function main(argv: readonly string[], io: Io = processIo()): Promise<number> {
  const lang = pickLang(argv, io.env);
  let exitCode: number = EXIT.ok;
  const program = buildProgram(lang, io, (code) => (exitCode = code));
  // The cache of checked tree sets (src/cache/tree-cache.ts): on for this run unless --no-cache or SIGNAALROUTE_NO_CACHE.
  program.hook("preAction", () => configureTreeCache(io.env, program.opts<{ cache: boolean }>().cache !== false));
  try {
    await program.parseAsync([...argv], { from: "user" });
    return exitCode;
  } catch (e) {
    return await report(e, lang, io);
  } finally {
    resetTreeCache();
  }
}

async function report(e: unknown, lang: Lang, io: Io): Promise<number> {
  if (e instanceof CommanderError) {
    // Commander has printed its own message (help, version, or a usage error).
    return e.exitCode === 0 ? EXIT.ok : EXIT.usage;
  }
  if (e instanceof CliError) {
    // In a terminal, wrapped at word boundaries like everything else (loaded only on this path).
    const width = io.stdoutIsTTY ? io.terminalSize?.()?.columns : undefined;
    const { wrapText } = await import("./render/wrap.js");
    io.err(wrapText(`signaalroute: ${e.text[lang]}`, width) + "\n");
    for (const d of e.details) io.err(wrapText(`  ${d}`, width) + "\n");
    return e.exitCode;
  }
  // A bug of ours: say so plainly, without a stack trace, unless asked for one.
  const err = e as Error;
  io.err(
    `${mf("unexpectedError", lang, { message: err?.message ?? String(e) })}\n` +
      (io.env.SIGNAALROUTE_DEBUG ? `${err?.stack ?? ""}\n` : ""),
  );
  return EXIT.internal;
}

function dutchHelpTerms(): Partial<Help> {
  return {
    optionTerm: (option) => placeholdersNl(option.flags),
    argumentTerm: (argument) => argumentNl(argument.name()),
    subcommandTerm(this: Help, cmd) {
      return placeholdersNl(Help.prototype.subcommandTerm.call(this, cmd));
    },
    commandUsage(this: Help, cmd) {
      return placeholdersNl(Help.prototype.commandUsage.call(this, cmd));
    },
  };
}

type Output = OutputConfiguration;

function buildProgram(lang: Lang, io: Io, setExit: (code: number) => void): Command {
  const program = new Command("signaalroute");
  const output: Output = {
    writeOut: (s) => io.out(translateHelp(s, lang)),
    writeErr: (s) => io.err(translateHelp(s, lang)),
    outputError: (s, write) => write(translateCommanderError(s, lang)),
  };
  program
    .description(m("cliDescription", lang))
    .version(VERSION, "-V, --version", m("cliVersion", lang))
    .helpOption("-h, --help", m("cliHelp", lang))
    .helpCommand("help [command]", m("cliHelpCommand", lang))
    .configureHelp(lang === "nl" ? dutchHelpTerms() : {})
    .addOption(
      new Option("--lang <lang>", m("cliLang", lang)).argParser(parseLang).default(lang, m("cliLangDefault", lang)),
    )
    .option("--no-color", m("cliNoColor", lang))
    .option("--no-cache", m("cliNoCache", lang))
    .showSuggestionAfterError(true)
    .exitOverride()
    .configureOutput(output)
    .addHelpText("after", helpAfter(PROGRAM_EXAMPLES, lang) + `\n${m("cliExitCodes", lang)}\n`);

  const globals = () => {
    const o = program.opts<{ lang: Lang; color: boolean }>();
    return { lang: o.lang, color: colorEnabled(io, o.color) };
  };
  for (const spec of COMMANDS) addCommand(program, spec, { lang, io, output, globals, setExit });
  return program;
}

interface Wiring {
  readonly lang: Lang;
  readonly io: Io;
  readonly output: Output;
  readonly globals: () => { lang: Lang; color: boolean };
  readonly setExit: (code: number) => void;
}

/** One row of the table as a Commander command (and its own subcommands), in the table's order. */
function addCommand(parent: Command, spec: CommandSpec, w: Wiring): void {
  const cmd = parent.command(spec.name).description(m(spec.help, w.lang)).exitOverride().configureOutput(w.output);
  for (const a of spec.args ?? []) cmd.argument(a.name, m(a.help, w.lang));
  for (const o of spec.options ?? []) cmd.addOption(optionOf(o, w.lang));
  cmd.addHelpText("after", helpAfter(spec.examples, w.lang) + (spec.after ? `\n${m(spec.after, w.lang)}\n` : ""));
  for (const sub of spec.commands ?? []) addCommand(cmd, sub, w);
  const run = spec.run;
  if (!run) return;
  const positional = spec.args?.length ?? 0;
  // Commander calls the action with the positional arguments, then the options, then the command.
  cmd.action(async (...given: unknown[]) => {
    const options = given[positional] as Record<string, unknown>;
    w.setExit(await run({ args: given.slice(0, positional), options, globals: w.globals(), io: w.io }));
  });
}

function optionOf(spec: OptionSpec, lang: Lang): Option {
  const option = new Option(spec.flags, m(spec.help, lang));
  if (spec.parse) option.argParser(spec.parse);
  if (spec.default !== undefined) option.default(spec.default);
  if (spec.required) option.makeOptionMandatory();
  return option;
}

/** The examples under a command's help: `Voorbeelden:` and one `  $ signaalroute ...` per line. */
function helpAfter(lines: readonly string[], lang: Lang): string {
  return `\n${m("helpExamples", lang)}\n${lines.map((l) => `  $ ${l}`).join("\n")}\n`;
}
