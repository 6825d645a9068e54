import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { main } from "../../src/cli.js";
import { looksLikeRegion, regionFreshness } from "../../src/load/region.js";
import { fakeIo } from "../fake-io.js";

const TEMPLATE = readFileSync("trees/regions/template.yaml", "utf8");
const dir = mkdtempSync(join(tmpdir(), "signaalroute-region-"));
/** A region file from the template with one change; the fake clock says 2026-11-28. */
function regionFile(name: string, edit: (t: string) => string): string {
  const file = join(dir, name);
  writeFileSync(file, edit(TEMPLATE));
  return file;
}
/** The 1-based line where `key:` starts a line (after indentation), not in a comment. */
const lineOf = (file: string, key: string) =>
  readFileSync(file, "utf8")
    .split("\n")
    .findIndex((l) => l.trimStart().startsWith(key)) + 1;

describe("validate on region files", () => {
  it("checks the bundled template and example against the region schema, not as trees: no false errors", async () => {
    for (const f of ["trees/regions/template.yaml", "trees/regions/voorbeeld.yaml", "trees/regions/"]) {
      const io = fakeIo();
      expect(await main(["--lang", "en", "validate", f], io), io.stdout()).toBe(0);
      expect(io.stdout()).toContain("No problems found.");
    }
  });

  it(
    "validate on a trees folder also checks its regions/ sub-folder, and lists the region files in --json",
    { timeout: 120_000 },
    async () => {
      const io = fakeIo();
      await main(["validate", "--json", "trees/"], io);
      expect(JSON.parse(io.stdout()).regions).toEqual(["trees/regions/template.yaml", "trees/regions/voorbeeld.yaml"]);
    },
  );

  it("a misspelt key fails with its file:line:column and a suggestion (exit 1)", async () => {
    const file = regionFile("typo.yaml", (t) => t.replace("\n    hours:", "\n    hourz:"));
    const io = fakeIo();
    expect(await main(["--lang", "en", "validate", file], io)).toBe(1);
    expect(io.stdout()).toMatch(
      new RegExp(
        `typo\\.yaml:${lineOf(file, "hourz:")}:5  error  contacts\\.zorgcoordinator: unknown property 'hourz'\\. Did you mean 'hours'\\?  schema`,
      ),
    );
  });

  it("verified more than 12 months ago is a warning at the date (exit 0; 1 with --strict); --max-contact-age applies", async () => {
    const file = regionFile("oud.yaml", (t) => t.replace(/^verified: .*$/m, 'verified: "2020-01-01"'));
    const io = fakeIo();
    expect(await main(["--lang", "en", "validate", file], io)).toBe(0);
    expect(io.stdout()).toContain(
      `oud.yaml:${lineOf(file, "verified: ")}:11  warning  The region file was verified on 2020-01-01, more than 12 months ago.`,
    );
    expect(await main(["validate", "--strict", file], fakeIo())).toBe(1);
    // 2025-11-29 is 11 months and 30 days before the fake clock's 2026-11-28: fresh at 12 months, stale at 6.
    const recent = regionFile("recent.yaml", (t) => t.replace(/^verified: .*$/m, 'verified: "2025-11-29"'));
    expect(await main(["validate", "--strict", recent], fakeIo())).toBe(0);
    expect(await main(["validate", "--strict", "--max-contact-age", "6", recent], fakeIo())).toBe(1);
  });

  it("a date in the future or one that does not exist is an error", async () => {
    for (const [name, date, text] of [
      ["toekomst.yaml", "2027-01-01", "after today (2026-11-28)"],
      ["bestaat-niet.yaml", "2026-02-30", "is not a real date"],
    ] as const) {
      const file = regionFile(name, (t) => t.replace(/^verified: .*$/m, `verified: "${date}"`));
      const io = fakeIo();
      expect(await main(["--lang", "en", "validate", file], io)).toBe(1);
      expect(io.stdout()).toContain(text);
    }
  });

  it("a national contact or an unknown contact id in a region file fails with its line", async () => {
    const national = regionFile("nationaal.yaml", (t) =>
      t.replace("  zorgcoordinator:\n", '  veilig-thuis:\n    phone: "012-345 67 89"\n  zorgcoordinator:\n'),
    );
    const io = fakeIo();
    expect(await main(["--lang", "en", "validate", national], io)).toBe(1);
    expect(io.stdout()).toMatch(
      new RegExp(
        `nationaal\\.yaml:${lineOf(national, "veilig-thuis:")}:3  error  Region file: 'veilig-thuis' .* is a national contact`,
      ),
    );
    const unknown = regionFile("onbekend.yaml", (t) => t.replace("  zorgcoordinator:\n", "  zorgcoordinatr:\n"));
    const io2 = fakeIo();
    expect(await main(["--lang", "en", "validate", unknown], io2)).toBe(1);
    expect(io2.stdout()).toContain("Did you mean 'zorgcoordinator'?");
  });

  it("tells a region file from a tree by its modeline, its folder or its top-level keys", () => {
    expect(
      looksLikeRegion(
        "/x/mijn.yaml",
        "# yaml-language-server: $schema=https://signaalroute.nl/schemas/region.schema.json\nfoo: 1\n",
      ),
    ).toBe(true);
    expect(looksLikeRegion("/x/regions/a.yaml", "id: t\nnodes: {}\n")).toBe(true);
    expect(looksLikeRegion("/x/a.yaml", "region:\n  nl: a\n")).toBe(true);
    expect(
      looksLikeRegion("/x/a.yaml", "# yaml-language-server: $schema=../schemas/tree.schema.json\nid: t\nnodes: {}\n"),
    ).toBe(false);
    expect(looksLikeRegion("/x/a.yaml", "region: x\nnodes: {}\n")).toBe(false);
  });

  it("freshness counts calendar months: 12 months before 2026-11-28 is 2025-11-28, still fresh", () => {
    const cfg = { today: "2026-11-28", maxContactAgeMonths: 12 };
    expect(regionFreshness({ verified: "2025-11-28" }, "r.yaml", cfg)).toEqual([]);
    expect(regionFreshness({ verified: "2025-11-27" }, "r.yaml", cfg).map((d) => d.messageId)).toEqual(["stale"]);
  });
});

describe("a consult with a stale region file", () => {
  it("says so on stderr before the advice, and still runs", async () => {
    const sub = join(dir, "consult");
    mkdirSync(sub);
    const region = join(sub, "oud.yaml");
    writeFileSync(region, TEMPLATE.replace(/^verified: .*$/m, 'verified: "2020-01-01"'));
    const answers = join(sub, "casus.yaml");
    writeFileSync(
      answers,
      "acuut-gevaar: ja\nvermist: nee\nseksueel-geweld: nee\nzorg-soort: [mishandeling]\nmeldcode-online: nee\nmeldcode-vermoeden: mishandeling\nmeldcode-verteld: nee\nmeldcode-stap-3: ja\nmeldcode-onthulling: nee\n",
    );
    const io = fakeIo({ env: { SIGNAALROUTE_DATA_DIR: join(sub, "data") } });
    expect(await main(["--lang", "en", "consult", "--answers", answers, "--region", region], io)).toBe(0);
    expect(io.stderr()).toContain(`${region}: The region file was verified on 2020-01-01, more than 12 months ago.`);
    const fresh = fakeIo({ env: { SIGNAALROUTE_DATA_DIR: join(sub, "data") } });
    await main(["--lang", "en", "consult", "--answers", answers, "--region", "trees/regions/voorbeeld.yaml"], fresh);
    expect(fresh.stderr()).not.toContain("more than 12 months ago");
  });
});
