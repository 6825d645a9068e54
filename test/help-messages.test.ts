import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { main, placeholdersNl } from "../src/cli.js";
import { EXIT } from "../src/io/exit-codes.js";
import { fakeIo } from "./fake-io.js";
import { BASIC, ROOT } from "./helpers.js";

const help = async (argv: string[], env: Record<string, string> = {}) => {
  const io = fakeIo({ env });
  const code = await main(argv, io);
  return { code, out: io.stdout() + io.stderr() };
};

describe("help and messages (issue 8, item 10)", () => {
  it("Dutch help has Dutch placeholders, with the columns still aligned", async () => {
    const { out } = await help(["--help"]);
    expect(out).toContain("  contacts [opties] [woord]     toon de contactenlijst");
    expect(out).toContain("  validate [opties] [paden...]  controleer bomen");
    expect(out).toContain("  diff [opties] <oud> <nieuw>   wat een wijziging");
    expect((await help(["consult", "--help"])).out).toMatch(/--answers <bestand> +draai zonder terminal/);
    expect(placeholdersNl("--trees <path...>")).toBe("--trees <pad...>");
    expect(placeholdersNl("--unknown <thing>")).toBe("--unknown <thing>");
    // English keeps its own.
    expect((await help(["--lang", "en", "--help"])).out).toContain("contacts [options] [word]");
  });

  it("--lang says its real default: $SIGNAALROUTE_LANG, else nl", async () => {
    expect((await help(["--help"])).out).toMatch(
      /--lang <taal> +taal: nl of en \(standaard: \$SIGNAALROUTE_LANG,\s+anders nl\)/,
    );
    expect((await help(["--help"], { SIGNAALROUTE_LANG: "en" })).out).toMatch(
      /--lang <lang> +language: nl or en \(default:\s+\$SIGNAALROUTE_LANG,\s+else\s+nl\)/,
    );
  });

  it("'signaalroute help consult' shows the consult's help (exit 0)", async () => {
    const { code, out } = await help(["help", "consult"]);
    expect(code).toBe(0);
    expect(out).toContain("Gebruik: signaalroute consult [opties]");
    expect(out).toContain("--reference <tekst>");
  });

  it("every exit code the commands use is in the README's table, and the ones named in the issue say what they are", () => {
    const readme = readFileSync(join(ROOT, "README.md"), "utf8");
    const table = readme.slice(readme.indexOf("### Exit codes"), readme.indexOf("### Environment"));
    for (const code of Object.values(EXIT)) expect(table).toMatch(new RegExp(`^\\| ${code} \\|`, "m"));
    expect(table).toMatch(/no match/);
    expect(table).toMatch(/another terminal/);
    expect(table).toMatch(/without a command/);
  });

  it("bare 'signaalroute' shows the help and exits 2; a search without a match exits 1", async () => {
    expect((await help([])).code).toBe(2);
    const io = fakeIo();
    expect(await main(["contacts", "qqqzzz", "--trees", BASIC], io)).toBe(1);
  });

  // The second terminal's sentence ("Dit consult (…) loopt al in een andere terminal (proces N)") is tested
  // with the per-draft locks in test/commands/consult-robustness.test.ts.

  it("the build with --if-changed (npm start) does nothing and prints nothing when no input changed", () => {
    execFileSync("node", ["scripts/build.mjs", "--if-changed"], { cwd: ROOT });
    const again = execFileSync("node", ["scripts/build.mjs", "--if-changed"], { cwd: ROOT }).toString();
    expect(again).toBe("");
    expect(JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")).scripts.start).toBe(
      "node scripts/build.mjs --if-changed && node bin/signaalroute.js consult",
    );
  }, 180_000); // the first call may rebuild: slow on a loaded machine
});
