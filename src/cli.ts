import { Command, CommanderError, Help, InvalidArgumentError, Option } from "commander";
import { CliError, EXIT } from "./io/exit-codes.js";
import { processIo, type Io } from "./io/io.js";
import type { Lang } from "./model/text.js";
import { colorEnabled } from "./io/color.js";
import { VERSION } from "./version.js";
import { configureTreeCache, resetTreeCache } from "./cache/settings.js";

// Commander wiring only. Each command's module is imported when it runs, so
// starting a consult does not load the validator, the graph exports or inquirer
// before they are needed. This file is also the one place that turns errors
// into messages and exit codes.

type T = { nl: string; en: string };
const tr = (lang: Lang, text: T) => text[lang];

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
    tr(lang, { nl: `signaalroute: onverwachte fout: ${err?.message ?? String(e)}\n`, en: `signaalroute: unexpected error: ${err?.message ?? String(e)}\n` }) +
      (io.env.SIGNAALROUTE_DEBUG ? `${err?.stack ?? ""}\n` : ""),
  );
  return EXIT.internal;
}

/** Commander's own error messages, in Dutch when the user reads Dutch. */
const COMMANDER_NL: [RegExp, string][] = [
  [/^error: unknown option '(.+?)'/, "fout: onbekende optie '$1'"],
  [/^error: unknown command '(.+?)'/, "fout: onbekend commando '$1'"],
  [/^error: too many arguments(?: for '(.+?)')?\. Expected (\d+) arguments? but got (\d+)\./, "fout: te veel argumenten voor '$1': verwacht $2, gekregen $3."],
  [/^error: too many arguments/, "fout: te veel argumenten"],
  [/^error: missing required argument '(.+?)'/, "fout: argument '$1' ontbreekt"],
  [/^error: option '(.+?)' argument missing/, "fout: optie '$1' mist een waarde"],
  [/^error: option '(.+?)' argument '(.+?)' is invalid\./, "fout: optie '$1': waarde '$2' is ongeldig; mogelijk:"],
  [/\(Did you mean (.+?)\?\)/, "(Bedoelt u $1?)"],
  [/^error: required option '(.+?)' not specified/, "fout: verplichte optie '$1' ontbreekt"],
];

/** Commander's help headings, in Dutch. */
const HELP_NL: [RegExp, string][] = [
  [/^Usage:/gm, "Gebruik:"],
  [/^Options:/gm, "Opties:"],
  [/^Commands:/gm, "Commando's:"],
  [/^Arguments:/gm, "Argumenten:"],
  [/\[options\]/g, "[opties]"],
  [/\[command\]/g, "[commando]"],
  [/\(default: /g, "(standaard: "],
];

/** Placeholders and argument names in the help, in Dutch (`[woord]`, `[paden...]`); applied to the terms, so columns stay aligned. */
const PLACEHOLDERS_NL: Record<string, string> = {
  file: "bestand",
  path: "pad",
  paths: "paden",
  node: "vraag-id",
  text: "tekst",
  lang: "taal",
  dir: "map",
  months: "maanden",
  format: "formaat",
  word: "woord",
  tree: "boom",
  old: "oud",
  new: "nieuw",
  command: "commando",
  options: "opties",
  rev: "revisie",
  number: "aantal",
};

export function placeholdersNl(term: string): string {
  return term.replace(/([<[])([a-z]+)(\.\.\.)?([>\]])/g, (all, open: string, word: string, dots: string | undefined, close: string) =>
    Object.hasOwn(PLACEHOLDERS_NL, word) ? `${open}${PLACEHOLDERS_NL[word]}${dots ?? ""}${close}` : all,
  );
}

function dutchHelpTerms(): Partial<Help> {
  return {
    optionTerm: (option) => placeholdersNl(option.flags),
    argumentTerm: (argument) => PLACEHOLDERS_NL[argument.name()] ?? argument.name(),
    subcommandTerm(this: Help, cmd) {
      return placeholdersNl(Help.prototype.subcommandTerm.call(this, cmd));
    },
    commandUsage(this: Help, cmd) {
      return placeholdersNl(Help.prototype.commandUsage.call(this, cmd));
    },
  };
}

export function translateHelp(text: string, lang: Lang): string {
  return lang === "en" ? text : HELP_NL.reduce((t, [re, nl]) => t.replace(re, nl), text);
}

export function translateCommanderError(text: string, lang: Lang): string {
  if (lang === "en") return text;
  return COMMANDER_NL.reduce((t, [re, nl]) => t.replace(re, nl), text);
}

function buildProgram(lang: Lang, io: Io, setExit: (code: number) => void): Command {
  const program = new Command("signaalroute");
  const output = { writeOut: (s: string) => io.out(translateHelp(s, lang)), writeErr: (s: string) => io.err(translateHelp(s, lang)), outputError: (s: string, write: (t: string) => void) => write(translateCommanderError(s, lang)) };
  const examples = (lines: string[]) => `\n${tr(lang, { nl: "Voorbeelden:", en: "Examples:" })}\n${lines.map((l) => `  $ ${l}`).join("\n")}\n`;
  program
    .description(
      tr(lang, {
        nl: "Van zorg over een kind naar de juiste contacten: stap voor stap, volgens de meldcode.",
        en: "From a worry about a child to the right contacts: step by step, following the meldcode.",
      }),
    )
    .version(VERSION, "-V, --version", tr(lang, { nl: "toon het versienummer", en: "show the version number" }))
    .helpOption("-h, --help", tr(lang, { nl: "toon deze hulp", en: "show this help" }))
    .helpCommand("help [command]", tr(lang, { nl: "toon de hulp bij een commando", en: "show the help for a command" }))
    .configureHelp(lang === "nl" ? dutchHelpTerms() : {})
    .addOption(
      new Option("--lang <lang>", tr(lang, { nl: "taal: nl of en", en: "language: nl or en" }))
        .argParser(parseLang)
        .default(lang, tr(lang, { nl: "$SIGNAALROUTE_LANG, anders nl", en: "$SIGNAALROUTE_LANG, else nl" })),
    )
    .option("--no-color", tr(lang, { nl: "geen kleur (ook met NO_COLOR=1)", en: "no colour (also with NO_COLOR=1)" }))
    .option("--no-cache", tr(lang, { nl: "gebruik en vul de cache van gecontroleerde bomen niet (ook met SIGNAALROUTE_NO_CACHE=1)", en: "neither use nor fill the cache of checked trees (also with SIGNAALROUTE_NO_CACHE=1)" }))
    .showSuggestionAfterError(true)
    .exitOverride()
    .configureOutput(output)
    .addHelpText(
      "after",
      examples(["signaalroute consult", "signaalroute consult --resume", "signaalroute consult --answers antwoorden.yaml --json", "signaalroute validate trees/", "signaalroute contacts veilig", "signaalroute --lang en consult", "signaalroute help consult"]) +
        tr(lang, {
          nl: "\nExitcodes: 0 goed, 1 problemen gevonden (ook: bomen onbruikbaar, antwoorden passen niet, zoekwoord niet gevonden), 2 kon niet draaien (argumenten, bestand, geen commando, al een consult in een andere terminal), 3 geen terminal, 4 advies gegeven maar verslag niet opgeslagen, 70 fout in signaalroute zelf, 130 gestopt (concept bewaard), 129 en 143 gestopt door SIGHUP of SIGTERM (terminal hersteld, concept bewaard).\n",
          en: "\nExit codes: 0 ok, 1 problems found (also: trees unusable, answers do not fit, search word not found), 2 could not run (arguments, file, no command, a consult already running in another terminal), 3 no terminal, 4 advice given but record not saved, 70 a bug in signaalroute, 130 stopped (draft kept), 129 and 143 stopped by SIGHUP or SIGTERM (terminal restored, draft kept).\n",
        }),
    );

  const globals = () => {
    const o = program.opts<{ lang: Lang; color: boolean }>();
    return { lang: o.lang, color: colorEnabled(io, o.color) };
  };
  const sub = (name: string, description: T) => program.command(name).description(tr(lang, description)).exitOverride().configureOutput(output);

  sub("consult", { nl: "start een begeleid consult (standaard de meegeleverde bomen)", en: "start a guided consult (the bundled trees by default)" })
    .option("--resume [id]", tr(lang, { nl: "ga verder met een onderbroken consult (met meer dan één: kies er een, of geef het id uit 'signaalroute drafts')", en: "continue an interrupted consult (with more than one: pick one, or give the id from 'signaalroute drafts')" }))
    .option("--new", tr(lang, { nl: "begin een nieuw consult zonder te vragen; onderbroken consulten blijven bewaard", en: "start a new consult without asking; interrupted consults are kept" }))
    .option("--answers <file>", tr(lang, { nl: "draai zonder terminal met antwoorden uit een YAML-bestand (vraag-id: antwoord-id)", en: "run without a terminal, answers from a YAML file (question-id: answer-id)" }))
    .option("--json", tr(lang, { nl: "met --answers: geef het verslag als JSON", en: "with --answers: print the record as JSON" }))
    .option("--record <file>", tr(lang, { nl: "schrijf het verslag naar dit bestand (.md of .json); een bestaand bestand wordt niet zomaar overschreven", en: "write the record to this file (.md or .json); an existing file is not overwritten silently" }))
    .option("--force", tr(lang, { nl: "met --record: overschrijf een bestaand bestand zonder te vragen", en: "with --record: overwrite an existing file without asking" }))
    .option("--reference <text>", tr(lang, { nl: "uw kenmerk in het verslag, bv. het zaaknummer van uw organisatie (geen naam, geboortedatum, BSN, e-mail of adres)", en: "your reference in the record, e.g. your organisation's case number (no name, date of birth, BSN, e-mail or address)" }))
    .option("--role <text>", tr(lang, { nl: "uw functie in het verslag, bv. leerkracht", en: "your role in the record, e.g. teacher" }))
    .option("--template", tr(lang, { nl: "druk een antwoordbestand af voor de route tot nu toe (met --answers: vanaf die antwoorden) met de volgende vraag en haar antwoord-ids", en: "print an answers file for the route so far (with --answers: from those answers) with the next question and its answer ids" }))
    .option("--trees <path...>", tr(lang, { nl: "gebruik deze bomen (map of bestanden) in plaats van de meegeleverde", en: "use these trees (folder or files) instead of the bundled ones" }))
    .option("--start <node>", tr(lang, { nl: "begin bij deze vraag (oefening: het verslag wordt als oefening gemarkeerd)", en: "start at this question (practice: the record is marked as practice)" }))
    .option("--save-scenario <file>", tr(lang, { nl: "bewaar het consult (af of gestopt) als scenario voor training: de antwoorden en het bereikte advies als expect", en: "save the consult (finished or stopped) as a training scenario: its answers and the advice reached as expect" }))
    .option("--region <file>", tr(lang, { nl: "regiobestand met de regionale contacten (bv. de zorgcoördinator); ook via $SIGNAALROUTE_REGION of 'region:' in ~/.config/signaalroute/config.yaml", en: "region file with the regional contacts (e.g. the zorgcoördinator); also via $SIGNAALROUTE_REGION or 'region:' in ~/.config/signaalroute/config.yaml" }))
    .addHelpText("after", examples(["signaalroute consult", "signaalroute consult --resume", "signaalroute consult --resume 20261128-140500-a3f9", "signaalroute consult --lang en", "signaalroute consult --region mijn-regio.yaml", "signaalroute consult --answers casus.yaml", "signaalroute consult --answers casus.yaml --json > verslag.json", "signaalroute consult --answers casus.yaml --record verslag.md --reference Z-2026-0142 --role leerkracht", "signaalroute consult --template > casus.yaml", "signaalroute consult --answers casus.yaml --template"]))
    .action(async (o) => {
      const { run } = await import("./commands/consult.js");
      setExit(await run({ ...globals(), ...o }, { io }));
    });

  sub("drafts", { nl: "toon de onderbroken consulten (begonnen, bewaard, hoe ver), of verwijder ze", en: "list the interrupted consults (started, saved, how far), or remove them" })
    .option("--json", tr(lang, { nl: "als JSON", en: "as JSON" }))
    .option("--purge [id]", tr(lang, { nl: "verwijder alle onderbroken consulten, of alleen dit id (vraagt om bevestiging)", en: "remove every interrupted consult, or only this id (asks to confirm)" }))
    .option("--yes", tr(lang, { nl: "met --purge: niet om bevestiging vragen (nodig zonder terminal)", en: "with --purge: do not ask to confirm (needed without a terminal)" }))
    .addHelpText("after", examples(["signaalroute drafts", "signaalroute drafts --json", "signaalroute drafts --purge 20261128-140500-a3f9", "signaalroute drafts --purge --yes"]))
    .action(async (o) => {
      const { run } = await import("./commands/drafts.js");
      setExit(await run({ ...globals(), ...o }, { io }));
    });

  sub("trees", { nl: "toon de beslisbomen met id, versie en titel", en: "list the decision trees with id, version and title" })
    .option("--json", tr(lang, { nl: "als JSON", en: "as JSON" }))
    .option("--trees <path...>", tr(lang, { nl: "andere bomen dan de meegeleverde", en: "other trees than the bundled ones" }))
    .addHelpText("after", examples(["signaalroute trees", "signaalroute trees --json"]))
    .action(async (o) => {
      const { run } = await import("./commands/trees.js");
      setExit(await run({ ...globals(), ...o }, io));
    });

  sub("contacts", { nl: "toon de contactenlijst, doorzoekbaar op een woord", en: "show the contacts directory, searchable by a word" })
    .argument("[word]", tr(lang, { nl: "zoekwoord (naam, doel, id)", en: "search word (name, purpose, id)" }))
    .option("--json", tr(lang, { nl: "als JSON", en: "as JSON" }))
    .option("--trees <path...>", tr(lang, { nl: "andere bomen dan de meegeleverde", en: "other trees than the bundled ones" }))
    .option("--region <file>", tr(lang, { nl: "regiobestand met de regionale contacten", en: "region file with the regional contacts" }))
    .addHelpText("after", examples(["signaalroute contacts", "signaalroute contacts veilig", "signaalroute contacts coordinator --region trees/regions/voorbeeld.yaml", "signaalroute contacts --json"]))
    .action(async (word: string | undefined, o) => {
      const { run } = await import("./commands/contacts.js");
      setExit(await run({ ...globals(), ...o, word }, io));
    });

  sub("validate", { nl: "controleer bomen: schema, verwijzingen en veiligheidsregels op elk pad", en: "check trees: schema, references and safety rules on every path" })
    .argument("[paths...]", tr(lang, { nl: "mappen of bestanden (standaard de meegeleverde bomen)", en: "folders or files (default: the bundled trees)" }))
    .option("--json", tr(lang, { nl: "als JSON", en: "as JSON" }))
    .option("--strict", tr(lang, { nl: "waarschuwingen tellen als fout", en: "treat warnings as errors" }))
    .option("--max-contact-age <months>", tr(lang, { nl: "contactgegevens ouder dan dit aantal maanden geven een waarschuwing", en: "warn about contact details older than this many months" }), positiveInt, 12)
    .option("--terms <file>", tr(lang, { nl: "YAML-bestand met extra afgeraden termen (terms: - term: ..., preferred: {nl, en})", en: "YAML file with extra discouraged terms (terms: - term: ..., preferred: {nl, en})" }))
    .addOption(new Option("--format <format>", tr(lang, { nl: "stylish (standaard), json, sarif, junit of github (standaard in GitHub Actions: stylish plus annotaties)", en: "stylish (default), json, sarif, junit or github (in GitHub Actions by default: stylish plus annotations)" })).argParser(parseValidateFormat))
    .option("--output-file <file>", tr(lang, { nl: "schrijf het rapport naar dit bestand (modus 0600) in plaats van naar het scherm", en: "write the report to this file (mode 0600) instead of the screen" }))
    .option("--max-warnings <number>", tr(lang, { nl: "exit 1 bij meer waarschuwingen dan dit aantal", en: "exit 1 with more warnings than this number" }), nonNegativeInt)
    .addHelpText("after", examples(["signaalroute validate", "signaalroute validate trees/", "signaalroute validate --json mijn-bomen/", "signaalroute validate --strict", "signaalroute validate --terms eigen-termen.yaml", "signaalroute validate --format sarif --output-file validate.sarif", "signaalroute validate --format junit --output-file validate.xml --max-warnings 0", "signaalroute validate trees/regions/mijn-regio.yaml"]))
    .action(async (paths: string[], o) => {
      const { run } = await import("./commands/validate.js");
      setExit(run({ ...globals(), ...o, paths }, io));
    });

  // Region files (issue 11): a new one from the template, with a modeline that finds the installed schema.
  const region = sub("region", { nl: "regiobestanden: een nieuw regiobestand maken", en: "region files: make a new region file" }).addHelpText("after", examples(["signaalroute region init mijn-regio.yaml"]));
  region
    .command("init")
    .description(tr(lang, { nl: "schrijf een nieuw regiobestand uit het sjabloon (modus 0600), met een modeline naar het geïnstalleerde schema", en: "write a new region file from the template (mode 0600), with a modeline to the installed schema" }))
    .argument("<file>", tr(lang, { nl: "het nieuwe bestand (wordt niet overschreven als het bestaat)", en: "the new file (not overwritten if it exists)" }))
    .exitOverride()
    .configureOutput(output)
    .addHelpText("after", examples(["signaalroute region init mijn-regio.yaml", "signaalroute validate mijn-regio.yaml"]))
    .action(async (file: string) => {
      const { init } = await import("./commands/region.js");
      setExit(init({ ...globals(), file }, io));
    });

  // Seeing the routes: graph, docs, routes, stats, diff (docs/views.md).
  const treesOption = () => new Option("--trees <path...>", tr(lang, { nl: "andere bomen dan de meegeleverde (map of bestanden)", en: "other trees than the bundled ones (folder or files)" }));

  sub("graph", { nl: "toon de routes als stroomschema (Mermaid of Graphviz DOT)", en: "show the routes as a flowchart (Mermaid or Graphviz DOT)" })
    .argument("[tree]", tr(lang, { nl: "alleen deze boom (verwijzingen wijzen naar de andere boom)", en: "only this tree (links point to the other tree)" }))
    .addOption(new Option("--format <format>", tr(lang, { nl: "mermaid (standaard) of dot", en: "mermaid (default) or dot" })).argParser(parseGraphFormat).default("mermaid"))
    .addOption(treesOption())
    .addHelpText("after", examples(["signaalroute graph", "signaalroute graph triage", "signaalroute graph --format dot | dot -Tsvg > routes.svg", "signaalroute graph --lang en --trees mijn-bomen/"]))
    .action(async (tree: string | undefined, o) => {
      const { run } = await import("./commands/graph.js");
      setExit(run({ ...globals(), ...o, tree }, io));
    });

  sub("docs", { nl: "schrijf per boom een routekaart in Markdown (voor intranet)", en: "write a Markdown route map per tree (for an intranet)" })
    .option("--out <dir>", tr(lang, { nl: "map voor de pagina's (wordt gemaakt als die niet bestaat)", en: "folder for the pages (created if missing)" }))
    .addOption(treesOption())
    .addHelpText("after", examples(["signaalroute docs --out routekaart/", "signaalroute docs --out route-maps/ --lang en"]))
    .action(async (o) => {
      const { run } = await import("./commands/docs.js");
      setExit(run({ ...globals(), ...o }, io));
    });

  sub("routes", { nl: "toon per uitkomst: aantal paden, kortste route, minste en meeste vragen", en: "show per outcome: number of paths, shortest route, fewest and most questions" })
    .argument("[tree]", tr(lang, { nl: "alleen de uitkomsten van deze boom", en: "only the outcomes of this tree" }))
    .option("--json", tr(lang, { nl: "als JSON (aantallen als tekst)", en: "as JSON (counts as strings)" }))
    .addOption(treesOption())
    .addHelpText("after", examples(["signaalroute routes", "signaalroute routes uitbuiting", "signaalroute routes --json"]))
    .action(async (tree: string | undefined, o) => {
      const { run } = await import("./commands/routes.js");
      setExit(run({ ...globals(), ...o, tree }, io));
    });

  sub("stats", { nl: "toon aantallen: knopen, vragen, uitkomsten, verbindingen, routes, langste route", en: "show counts: nodes, questions, outcomes, edges, routes, longest route" })
    .option("--json", tr(lang, { nl: "als JSON (aantallen als tekst)", en: "as JSON (counts as strings)" }))
    .addOption(treesOption())
    .addHelpText("after", examples(["signaalroute stats", "signaalroute stats --json"]))
    .action(async (o) => {
      const { run } = await import("./commands/stats.js");
      setExit(run({ ...globals(), ...o }, io));
    });

  sub("diff", { nl: "wat een wijziging met de routes doet: uitkomsten, contacten, antwoordcombinaties", en: "what a change does to the routes: outcomes, contacts, answer combinations" })
    .argument("<old>", tr(lang, { nl: "oude versie: map met bomen, of git:REV (de map trees/ in die revisie)", en: "old version: folder of trees, or git:REV (the trees/ folder at that revision)" }))
    .argument("<new>", tr(lang, { nl: "nieuwe versie: map met bomen, of git:REV", en: "new version: folder of trees, or git:REV" }))
    .option("--json", tr(lang, { nl: "als JSON", en: "as JSON" }))
    .option("--exit-code", tr(lang, { nl: "exit 1 als er iets verschilt (zoals git diff --exit-code)", en: "exit 1 when anything differs (like git diff --exit-code)" }))
    .addHelpText(
      "after",
      examples(["signaalroute diff git:main trees/", "signaalroute diff git:HEAD~1 git:HEAD", "signaalroute diff oud/ nieuw/ --json", "signaalroute diff --exit-code git:main trees/"]) +
        tr(lang, { nl: "\nExitcode 0 als de vergelijking liep (ook bij verschillen; met --exit-code 1 bij verschillen), 2 als die niet kon draaien.\n", en: "\nExit code 0 when the comparison ran (also with differences; with --exit-code 1 when they differ), 2 when it could not run.\n" }),
    )
    .action(async (old: string, nieuw: string, o) => {
      const { run } = await import("./commands/diff.js");
      setExit(run({ ...globals(), ...o, old, new: nieuw }, io));
    });

  // Trainers: scenario suites (issue 10).
  const scenario = sub("scenario", { nl: "scenario's voor training: draaien, dekking, uit een verslag, vergelijken", en: "training scenarios: run, coverage, from a record, compare" })
    .addHelpText("after", examples(["signaalroute scenario run", "signaalroute scenario run scenarios/ --junit rapport.xml", "signaalroute scenario coverage --min 80"]));
  const scenarioSub = (name: string, description: T) => scenario.command(name).description(tr(lang, description)).exitOverride().configureOutput(output);
  const scenarioTrees = (c: Command) =>
    c
      .argument("[paths...]", tr(lang, { nl: "scenariobestanden of mappen (standaard scenarios/ hier, anders de meegeleverde)", en: "scenario files or folders (default: scenarios/ here, else the bundled ones)" }))
      .option("--json", tr(lang, { nl: "als JSON", en: "as JSON" }))
      .addOption(treesOption())
      .option("--region <file>", tr(lang, { nl: "regiobestand met de regionale contacten", en: "region file with the regional contacts" }));
  scenarioTrees(scenarioSub("run", { nl: "draai scenario's door de engine en meld per scenario geslaagd of mislukt (exit 1 bij een mislukking)", en: "run scenarios through the engine and report each as passed or failed (exit 1 on any failure)" }))
    .option("--junit <file>", tr(lang, { nl: "schrijf ook een JUnit-XML-rapport (voor CI)", en: "also write a JUnit XML report (for CI)" }))
    .addHelpText("after", examples(["signaalroute scenario run", "signaalroute scenario run mijn-module.yaml", "signaalroute scenario run scenarios/ --json", "signaalroute scenario run --junit rapport.xml", "signaalroute scenario run --trees nieuwe-bomen/"]))
    .action(async (paths: string[], o) => {
      const { run } = await import("./commands/scenario.js");
      setExit(await run({ ...globals(), ...o, paths }, io));
    });
  scenarioTrees(scenarioSub("coverage", { nl: "welke antwoorden, checklistroutes en uitkomsten geen scenario bereikt, per boom in procenten", en: "which answers, checklist routes and outcomes no scenario reaches, per tree, in percent" }))
    .option("--min <percent>", tr(lang, { nl: "exit 1 als de totale dekking lager is", en: "exit 1 when the total coverage is lower" }), percentArg)
    .addHelpText("after", examples(["signaalroute scenario coverage", "signaalroute scenario coverage scenarios/ --min 80", "signaalroute scenario coverage --json"]))
    .action(async (paths: string[], o) => {
      const { coverage } = await import("./commands/scenario.js");
      setExit(await coverage({ ...globals(), ...o, paths }, io));
    });

  scenarioSub("diff", { nl: "welke scenario's een andere uitkomst, urgentie of andere contacten krijgen tussen twee versies van de bomen", en: "which scenarios get another outcome, urgency or other contacts between two versions of the trees" })
    .argument("[paths...]", tr(lang, { nl: "OUD NIEUW (mappen met bomen of git:REV), dan scenariobestanden of mappen (standaard scenarios/ hier, anders de meegeleverde)", en: "OLD NEW (folders of trees or git:REV), then scenario files or folders (default: scenarios/ here, else the bundled ones)" }))
    .option("--against <rev>", tr(lang, { nl: "vergelijk de map trees/ in deze git-revisie (git:REV) met de huidige trees/; alle argumenten zijn dan scenario's", en: "compare the trees/ folder at this git revision (git:REV) with the current trees/; every argument is then a scenario path" }))
    .option("--json", tr(lang, { nl: "als JSON", en: "as JSON" }))
    .option("--exit-code", tr(lang, { nl: "exit 1 als een scenario veranderde", en: "exit 1 when any scenario changed" }))
    .addHelpText(
      "after",
      examples(["signaalroute scenario diff oud/ nieuw/", "signaalroute scenario diff --against git:main", "signaalroute scenario diff --against git:HEAD~1 scenarios/module.yaml --json", "signaalroute scenario diff oud/ nieuw/ module.yaml --exit-code"]) +
        tr(lang, { nl: "\nExitcode 0 als de vergelijking liep (ook bij verschillen; met --exit-code 1 als een scenario veranderde), 1 bij een ongeldig scenariobestand, 2 als die niet kon draaien.\n", en: "\nExit code 0 when the comparison ran (also with differences; with --exit-code 1 when any scenario changed), 1 for an invalid scenario file, 2 when it could not run.\n" }),
    )
    .action(async (args: string[], o) => {
      // OLD NEW (unless --against), then scenario files or folders.
      const { diff } = await import("./commands/scenario.js");
      setExit(await diff({ ...globals(), ...o, args }, io));
    });

  scenarioSub("from", { nl: "maak een scenario van een bewaard JSON-verslag (antwoorden, en het bereikte advies als expect)", en: "make a scenario from a saved JSON record (its answers, and the advice it reached as expect)" })
    .argument("<record>", tr(lang, { nl: "JSON-verslag van een consult", en: "a consult's JSON record" }))
    .option("--out <file>", tr(lang, { nl: "schrijf naar dit nieuwe bestand in plaats van naar het scherm", en: "write to this new file instead of the screen" }))
    .addHelpText("after", examples(["signaalroute scenario from verslag.json > casus.yaml", "signaalroute scenario from verslag.json --out scenarios/casus.yaml"]))
    .action(async (record: string, o) => {
      const { from } = await import("./commands/scenario.js");
      setExit(await from({ ...globals(), ...o, record }, io));
    });

  // Trainees: practice a scenario's case in the real consult, then compare with the model answer (issue 10).
  sub("practice", { nl: "oefen een casus in het echte consult en vergelijk met het modelantwoord; of vat de resultaten van een klas samen", en: "practise a case in the real consult and compare with the model answer; or summarise a class's results" })
    .argument("[paths...]", tr(lang, { nl: "een scenariobestand (met --summary: oefenresultaten, JSON)", en: "a scenario file (with --summary: practice results, JSON)" }))
    .option("--scenario <id>", tr(lang, { nl: "welke casus uit een bestand met meerdere (anders wordt het gevraagd)", en: "which case of a file with several (asked otherwise)" }))
    .option("--out <file>", tr(lang, { nl: "schrijf het resultaat als JSON naar dit nieuwe bestand (alleen voor u leesbaar), voor de trainer", en: "write the result as JSON to this new file (readable by you only), for the trainer" }))
    .option("--json", tr(lang, { nl: "geef het resultaat (of het overzicht) als JSON", en: "print the result (or the summary) as JSON" }))
    .option("--summary", tr(lang, { nl: "vat oefenresultaten van een klas samen: per casus wie elk contact bereikte, waar routes afweken", en: "summarise a class's practice results: per case who reached each contact, where routes split" }))
    .option("--trees <path...>", tr(lang, { nl: "andere bomen dan de meegeleverde", en: "other trees than the bundled ones" }))
    .option("--region <file>", tr(lang, { nl: "regiobestand met de regionale contacten", en: "region file with the regional contacts" }))
    .addHelpText(
      "after",
      examples(["signaalroute practice module.yaml", "signaalroute practice module.yaml --scenario blauwe-plekken --out resultaat-1.json", "signaalroute practice --summary resultaten/*.json", "signaalroute practice --summary resultaten/*.json --json"]) +
        tr(lang, {
          nl: "\nEen oefening bewaart geen concept en geen verslag. Exitcodes: 0 goed, 1 het modelantwoord klopt niet met de bomen, 2 kon niet draaien (bestand, argumenten, geen oefenresultaat), 3 geen terminal, 130 gestopt.\n",
          en: "\nPractice keeps no draft and no record. Exit codes: 0 ok, 1 the model answer does not hold on the trees, 2 could not run (file, arguments, not a practice result), 3 no terminal, 130 stopped.\n",
        }),
    )
    .action(async (files: string[], o) => {
      const { run } = await import("./commands/practice.js");
      setExit(await run({ ...globals(), ...o, files }, { io }));
    });
  // The consult as one offline web page (issue 12).
  sub("web", { nl: "maak het consult als één offline webpagina (index.html): zonder server, zonder internet", en: "make the consult as one offline web page (index.html): no server, no internet" })
    .requiredOption("--out <dir>", tr(lang, { nl: "map waarin index.html komt (wordt gemaakt als hij niet bestaat)", en: "folder for index.html (made when it does not exist)" }))
    .option("--trees <path...>", tr(lang, { nl: "gebruik deze bomen (map of bestanden); ze moeten elke veiligheidsregel halen, zoals bij een consult", en: "use these trees (folder or files); they must pass every safety rule, as for a consult" }))
    .option("--region <file>", tr(lang, { nl: "regiobestand met de regionale contacten; ook via $SIGNAALROUTE_REGION of 'region:' in ~/.config/signaalroute/config.yaml", en: "region file with the regional contacts; also via $SIGNAALROUTE_REGION or 'region:' in ~/.config/signaalroute/config.yaml" }))
    .option("--force", tr(lang, { nl: "overschrijf een bestaande index.html", en: "overwrite an existing index.html" }))
    .addHelpText("after", examples(["signaalroute web --out site", "signaalroute web --out site --lang en", "signaalroute web --out site --region trees/regions/voorbeeld.yaml", "signaalroute web --out site --trees mijn-bomen/ --force"]))
    .action(async (o) => {
      const { run } = await import("./commands/web.js");
      setExit(await run({ ...globals(), ...o }, io));
    });

  return program;
}

function percentArg(v: string): number {
  const n = Number(v);
  if (v.trim() === "" || !Number.isFinite(n) || n < 0 || n > 100) throw new InvalidArgumentError("0-100");
  return n;
}

function parseGraphFormat(value: string): string {
  if (value !== "mermaid" && value !== "dot") throw new InvalidArgumentError("mermaid | dot");
  return value;
}

function positiveInt(v: string): number {
  const n = Number(v);
  if (!Number.isInteger(n) || n < 1) throw new InvalidArgumentError("> 0");
  return n;
}

function parseValidateFormat(value: string): string {
  const formats = ["stylish", "json", "sarif", "junit", "github"];
  if (!formats.includes(value)) throw new InvalidArgumentError(formats.join(" | "));
  return value;
}

function nonNegativeInt(v: string): number {
  const n = Number(v);
  if (v.trim() === "" || !Number.isInteger(n) || n < 0) throw new InvalidArgumentError(">= 0");
  return n;
}
