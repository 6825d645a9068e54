import { describe, expect, it } from "vitest";
import { main } from "../../src/cli.js";
import { COMMANDS, type CommandSpec } from "../../src/commands/index.js";
import { PLACEHOLDERS_NL } from "../../src/i18n/commander.js";
import { fakeIo } from "../fake-io.js";

const help = async (argv: string[]) => {
  const io = fakeIo();
  await main([...argv, "--help"], io);
  return io.stdout();
};

/** Every command and subcommand, as the words that call it: ["consult"], ["scenario", "run"], ... */
const paths = (specs: readonly CommandSpec[], above: string[] = []): string[][] =>
  specs.flatMap((c) => [[...above, c.name], ...paths(c.commands ?? [], [...above, c.name])]);

/** The placeholders in a help text: `<file>`, `[paths...]`, `[options]`. */
const placeholders = (text: string) => [...text.matchAll(/[<[]([a-z]+)(?:\.\.\.)?[>\]]/g)].map((m) => m[1]!);

describe("the help's placeholders in Dutch", () => {
  it("every placeholder of every command's English help has a Dutch word, and the Dutch help shows no English one", async () => {
    const all = [[], ...paths(COMMANDS)];
    expect(all.length).toBeGreaterThan(15);
    const english = new Set<string>();
    for (const argv of all) {
      for (const word of placeholders(await help(["--lang", "en", ...argv]))) english.add(word);
    }
    // The ones this test was written for (they showed in English in the Dutch help).
    for (const word of ["record", "percent", "id", "file", "paths"]) expect(english).toContain(word);
    const missing = [...english].filter((w) => !Object.hasOwn(PLACEHOLDERS_NL, w));
    expect(missing).toEqual([]);
    const dutchOnly = new Set(Object.values(PLACEHOLDERS_NL));
    for (const argv of all) {
      const shown = placeholders(await help(["--lang", "nl", ...argv])).filter(
        (w) => english.has(w) && !dutchOnly.has(w),
      );
      expect(shown, argv.join(" ")).toEqual([]);
    }
  });

  it("scenario from and scenario coverage name their placeholders in Dutch", async () => {
    expect(await help(["scenario", "from"])).toContain("Gebruik: signaalroute scenario from [opties] <verslag>");
    expect(await help(["scenario", "coverage"])).toMatch(/--min <procent> +exit 1 als de totale dekking lager is/);
    expect(await help(["practice"])).toContain("--scenario <id>");
    expect(await help(["--lang", "en", "scenario", "from"])).toContain(
      "Usage: signaalroute scenario from [options] <record>",
    );
  });
});

describe("one text per shared option, saying what the code does", () => {
  it("--trees reads the same in every command that takes other trees", async () => {
    for (const argv of [["trees"], ["contacts"], ["practice"], ["stats"], ["graph"], ["scenario", "run"]])
      expect(await help(["--lang", "en", ...argv]), argv.join(" ")).toMatch(
        /--trees <path\.\.\.> +other trees than the bundled ones \(folder or\s+files\)/,
      );
  });

  it("--region names $SIGNAALROUTE_REGION and the config file wherever the region is found that way", async () => {
    // Each of these commands reads the region through regionPath (src/commands/support/region-option.ts).
    for (const argv of [["contacts"], ["practice"], ["web"], ["scenario", "run"], ["scenario", "coverage"]]) {
      const out = (await help(["--lang", "en", ...argv])).replace(/\s+/g, " ");
      expect(out, argv.join(" ")).toContain(
        "--region <file> region file with the regional contacts; also via $SIGNAALROUTE_REGION or 'region:' in ~/.config/signaalroute/config.yaml",
      );
    }
    const nl = (await help(["contacts"])).replace(/\s+/g, " ");
    expect(nl).toContain("--region <bestand> regiobestand met de regionale contacten; ook via $SIGNAALROUTE_REGION");
  });
});

describe("Commander's own errors in Dutch", () => {
  const stderr = async (argv: string[]) => {
    const io = fakeIo();
    expect(await main(argv, io)).toBe(2);
    return io.stderr();
  };

  it("name the option with the placeholder the Dutch help shows", async () => {
    expect(await stderr(["scenario", "coverage", "--min", "101"])).toBe(
      "fout: optie '--min <procent>': waarde '101' is ongeldig; mogelijk: 0-100\n",
    );
    expect(await stderr(["web"])).toBe("fout: verplichte optie '--out <map>' ontbreekt\n");
    expect(await stderr(["validate", "--max-contact-age"])).toBe(
      "fout: optie '--max-contact-age <maanden>' mist een waarde\n",
    );
    // An argument is named as in the Dutch help (`<nieuw>`).
    expect(await stderr(["diff", "oud/"])).toBe("fout: argument 'nieuw' ontbreekt\n");
  });

  it("and in English, as Commander writes them", async () => {
    expect(await stderr(["--lang", "en", "scenario", "coverage", "--min", "101"])).toBe(
      "error: option '--min <percent>' argument '101' is invalid. 0-100\n",
    );
  });
});
