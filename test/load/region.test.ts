import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { main } from "../../src/cli.js";
import { run } from "../../src/commands/consult.js";
import { regionPath } from "../../src/commands/support/region-option.js";
import { applyRegion, loadRegion } from "../../src/load/region.js";
import { fakeIo } from "../fake-io.js";
import { BASIC, FIXTURES, loadSet, ROOT, tempDir } from "../helpers.js";

const regionFile = join(FIXTURES, "regions/test-regio.yaml");

describe("region files", () => {
  it("override the directory's fields; a field the region fills in is no longer 'unconfirmed'", () => {
    const set = loadSet(BASIC);
    const { region } = loadRegion(regionFile);
    const applied = applyRegion(set, region!, regionFile);
    const b = applied.set!.contacts.get("team-b")!;
    expect(b.phone).toBe("0123-111222");
    expect(b.hours.nl).toBe("Elke dag");
    expect(b.verified).toBe("2026-10-01");
    // team-b had only `hours` unconfirmed; the region gave hours, so nothing is left unconfirmed.
    expect(b.unconfirmed).toBeUndefined();
    expect(b.name.nl).toBe("Testteam B");
    // The original set is untouched.
    expect(set.contacts.get("team-b")!.phone).toBeUndefined();
  });

  it("an unknown contact id is an error with a suggestion", () => {
    const set = loadSet(BASIC);
    const file = join(FIXTURES, "regions/unknown-contact.yaml");
    const { region } = loadRegion(file);
    const applied = applyRegion(set, region!, file);
    expect(applied.set).toBeUndefined();
    expect(applied.diagnostics[0]!.message.en).toBe(
      "Region file: contact 'team-z' is not in the directory. Did you mean 'team-a'?",
    );
  });

  it("a region file that breaks its schema is reported with its position", () => {
    const dir = tempDir("sr-region-");
    const file = join(dir, "r.yaml");
    writeFileSync(
      file,
      "region: { nl: X, en: X }\nexample: false\nverified: gisteren\ncontacts: { team-a: { phone: '0000' } }\n",
    );
    const { region, diagnostics } = loadRegion(file);
    expect(region).toBeUndefined();
    expect(diagnostics.map((d) => `${d.line}:${d.column}`)).toEqual(expect.arrayContaining(["3:11"]));
  });

  it("a region text with a control character (a terminal could act on it) is refused", () => {
    const dir = tempDir("sr-region-");
    const file = join(dir, "r.yaml");
    writeFileSync(
      file,
      'region: { nl: X, en: X }\nexample: false\nverified: "2026-11-01"\ncontacts: { team-a: { name: { nl: "Team\\u001b[2J", en: Team } } }\n',
    );
    const { region, diagnostics } = loadRegion(file);
    expect(region).toBeUndefined();
    expect(diagnostics.map((d) => d.line)).toEqual([4]);
  });

  it("the consult uses the region, names it in the record, and warns that an example is fictional", async () => {
    const dir = tempDir("sr-region-");
    const answers = join(dir, "a.yaml");
    writeFileSync(answers, "gevaar: nee\nsoort: []\n");
    const io = fakeIo({ cwd: dir });
    expect(
      await run({ lang: "nl", color: false, trees: [BASIC], answers, json: true, region: regionFile }, { io }),
    ).toBe(0);
    const record = JSON.parse(io.stdout());
    expect(record.treeSet.region).toBe("Testregio");
    expect(record.advice[0]).toMatchObject({ contact: "team-b", phone: "0123-111222" });
    expect(io.stderr()).toContain("VOORBEELD-regiobestand");
  });

  it("the region comes from --region, then $SIGNAALROUTE_REGION, then the config file", () => {
    const dir = tempDir("sr-config-");
    const io = (env: Record<string, string>) => fakeIo({ cwd: "/work", env });
    expect(regionPath("r.yaml", io({ SIGNAALROUTE_REGION: "/x/env.yaml" }))).toBe("/work/r.yaml");
    expect(regionPath(undefined, io({ SIGNAALROUTE_REGION: "/x/env.yaml" }))).toBe("/x/env.yaml");
    const cfgDir = join(dir, "signaalroute");
    mkdirSync(cfgDir, { recursive: true });
    writeFileSync(join(cfgDir, "config.yaml"), "# my settings\nregion: regio/utrecht.yaml\n");
    expect(regionPath(undefined, io({ XDG_CONFIG_HOME: dir }))).toBe(join(cfgDir, "regio/utrecht.yaml"));
    expect(regionPath(undefined, io({ XDG_CONFIG_HOME: join(dir, "none") }))).toBeUndefined();
  });

  it("reads the config file's `region:` as YAML does: a comment after the path is no part of it, quotes are", () => {
    const dir = tempDir("sr-config-");
    const cfgDir = join(dir, "signaalroute");
    mkdirSync(cfgDir, { recursive: true });
    const io = fakeIo({ cwd: "/work", env: { XDG_CONFIG_HOME: dir } });
    const pathOf = (line: string) => {
      writeFileSync(join(cfgDir, "config.yaml"), `${line}\n`);
      return regionPath(undefined, io);
    };
    expect(pathOf("region: regio/utrecht.yaml   # Utrecht, sinds 2026")).toBe(join(cfgDir, "regio/utrecht.yaml"));
    expect(pathOf('region: "mijn regio.yaml" # met spatie')).toBe(join(cfgDir, "mijn regio.yaml"));
    expect(pathOf("region: 'regio #2.yaml'")).toBe(join(cfgDir, "regio #2.yaml"));
    // A # without a space before it is part of a plain value in YAML.
    expect(pathOf("region: regio#2.yaml")).toBe(join(cfgDir, "regio#2.yaml"));
    expect(pathOf("region:   # nog niet ingesteld")).toBeUndefined();
  });

  it("reads `~/` in the config file as the home folder of the run's environment", () => {
    const dir = tempDir("sr-config-");
    mkdirSync(join(dir, "signaalroute"), { recursive: true });
    writeFileSync(join(dir, "signaalroute", "config.yaml"), "region: ~/regio/utrecht.yaml\n");
    const io = fakeIo({ cwd: "/work", env: { XDG_CONFIG_HOME: dir, HOME: "/home/fictief" } });
    expect(regionPath(undefined, io)).toBe("/home/fictief/regio/utrecht.yaml");
  });
});

describe("a region cannot replace a national contact (issue 13 item 5)", () => {
  const bundled = loadSet(join(ROOT, "trees"));
  const write = (body: string) => {
    const dir = tempDir("sr-region-nat-");
    const file = join(dir, "regio.yaml");
    writeFileSync(
      file,
      `region: { nl: Testregio, en: Test region }\nexample: false\nverified: "2026-11-01"\ncontacts:\n${body}`,
    );
    return file;
  };

  it.each(["alarm-112", "politie", "veilig-thuis", "csg", "kindertelefoon", "helpwanted", "chat-met-fier", "comensha"])(
    "%s is national in the bundled directory",
    (id) => {
      expect(bundled.contacts.get(id)?.national).toBe(true);
    },
  );

  it("the regional contacts stay open to a region", () => {
    expect(bundled.contacts.get("zorgcoordinator")?.national).toBeUndefined();
    expect(bundled.contacts.get("avim")?.national).toBeUndefined();
  });

  it("overriding 112 is refused at the contact's line, and nothing of the region is applied", () => {
    const file = write(
      `  zorgcoordinator:\n    phone: "012-3456789"\n  alarm-112:\n    name: { nl: "Wijkagent (niet 112)", en: "Community officer (not 112)" }\n    phone: "0900-8844"\n`,
    );
    const { region, locate } = loadRegion(file);
    const applied = applyRegion(bundled, region!, file, locate);
    expect(applied.set).toBeUndefined();
    expect(applied.diagnostics.map((d) => `${d.ruleId} ${d.line}`)).toEqual(["region-national 7"]);
    expect(applied.diagnostics[0]!.message.nl).toContain("landelijk contact");
  });

  it("a consult with such a region file stops before the first question, with exit 2", async () => {
    const file = write(`  csg:\n    phone: "0800-0000"\n`);
    const answers = join(tempDir("sr-region-nat-"), "a.yaml");
    writeFileSync(answers, "answers:\n  acuut-gevaar: ja\n");
    const io = fakeIo();
    const code = await main(["consult", "--region", file, "--answers", answers], io);
    expect(code).toBe(2);
    expect(io.stderr()).toContain("csg");
    expect(io.stderr()).toContain("landelijk contact");
    expect(io.stdout()).toBe("");
  });
});
