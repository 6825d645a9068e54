import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { main } from "../../src/cli.js";
import { fakeIo } from "../fake-io.js";
import { invalid, VALID } from "../check/check-helpers.js";
import { tempDir } from "../helpers.js";

const tmp = tempDir("signaalroute-terms-");
const termsFile = (name: string, text: string) => {
  const file = join(tmp, name);
  writeFileSync(file, text);
  return file;
};

describe("validate with the new rules", () => {
  it("is clean on the valid fixture and reports each rule with file:line:col and its id", async () => {
    const io = fakeIo();
    expect(await main(["validate", VALID], io)).toBe(0);
    const bad = fakeIo();
    expect(await main(["--lang", "en", "validate", invalid("cautious-unknown")], bad)).toBe(1);
    // Line 27 of the fixture is `    unknown: { next: school }`; `school` starts at column 22.
    expect(bad.stdout()).toMatch(
      /cautious-unknown\/[a-z.-]+\.yaml:27:22 {2}error {2}After 'don't know' at 'dwang'.*cautious-unknown/,
    );
  });

  it("prints a counterexample under a failing invariant, and lists it in --json", async () => {
    const io = fakeIo();
    expect(await main(["validate", invalid("declared-invariants")], io)).toBe(1);
    expect(io.stdout()).toContain("signalen: otherwise [geld]");
    const json = fakeIo();
    await main(["validate", "--json", invalid("declared-invariants")], json);
    const parsed = JSON.parse(json.stdout());
    expect(parsed.diagnostics[0].detail.at(-1).en).toBe("-> outcome 'rustig' (advice: team-b (advies))");
  });

  it("--terms adds the maintainer's discouraged terms", async () => {
    const file = termsFile(
      "eigen.yaml",
      "terms:\n  - term: opletten\n    preferred: { nl: alert blijven, en: stay alert }\n",
    );
    const io = fakeIo();
    expect(await main(["--lang", "en", "validate", "--terms", file, VALID], io)).toBe(1);
    expect(io.stdout()).toContain("Discouraged term 'opletten' in node 'rustig' (title.nl). Write 'stay alert'.");
  });

  it("--terms with a missing or malformed file cannot run: exit 2", async () => {
    const missing = fakeIo();
    expect(await main(["validate", "--terms", join(tmp, "nope.yaml"), VALID], missing)).toBe(2);
    expect(missing.stderr()).toContain("nope.yaml");
    const wrong = fakeIo();
    expect(
      await main(
        ["--lang", "en", "validate", "--terms", termsFile("fout.yaml", "terms:\n  - term: x\n"), VALID],
        wrong,
      ),
    ).toBe(2);
    expect(wrong.stderr()).toContain("item 1");
  });

  it("--terms with bad YAML: the place as file:line:col and the store's words, not the library's (exit 2)", async () => {
    // The flow map opened on line 3 is never closed: the parser finds that at the end of the text, line 4 column 1.
    const bad = termsFile("kapot.yaml", "terms:\n  - term: x\n    preferred: { nl: y, en: z\n");
    const nl = fakeIo({ cwd: tmp });
    expect(await main(["validate", "--terms", "kapot.yaml", VALID], nl)).toBe(2);
    expect(nl.stderr()).toBe(
      "signaalroute: Het termenbestand is geen geldige YAML:\n" +
        "  kapot.yaml:4:1  fout  YAML-fout (BAD_INDENT): inspringing klopt niet; lijn de regel uit met de regels erboven  yaml-syntax\n",
    );
    const en = fakeIo({ cwd: tmp });
    expect(await main(["--lang", "en", "validate", "--terms", bad, VALID], en)).toBe(2);
    expect(en.stderr()).toContain(`The terms file is not valid YAML:\n  ${bad}:4:1  error  YAML error (BAD_INDENT): `);
    // A valid YAML file with a bad item: the item's place (line 2, after "  - ").
    termsFile("item.yaml", "terms:\n  - term: x\n");
    const item = fakeIo({ cwd: tmp });
    expect(await main(["--lang", "en", "validate", "--terms", "item.yaml", VALID], item)).toBe(2);
    expect(item.stderr()).toBe(
      "signaalroute: The terms file cannot be used:\n" +
        "  item.yaml:2:5  error  Terms file, item 1: expected 'term' (text) and 'preferred' with 'nl' and 'en'.  terms-file\n",
    );
  });

  it("--max-contact-age reaches the contact-freshness rule", async () => {
    const io = fakeIo();
    expect(await main(["validate", "--strict", "--max-contact-age", "1", VALID], io)).toBe(1);
    expect(io.stdout()).toContain("contact-freshness");
  });
});
