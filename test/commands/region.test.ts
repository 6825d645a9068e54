import { existsSync, readFileSync, realpathSync, statSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { main } from "../../src/cli.js";
import { regionTemplate } from "../../src/commands/region.js";
import { fakeIo } from "../fake-io.js";
import { tempDir } from "../helpers.js";

describe("signaalroute region init FILE", () => {
  it("writes the template (0600) with a modeline that resolves to the installed region schema, outside the repo too", async () => {
    const dir = realpathSync(tempDir("signaalroute-init-"));
    const file = join(dir, "mijn-regio.yaml");
    const io = fakeIo({ cwd: dir });
    expect(await main(["--lang", "en", "region", "init", "mijn-regio.yaml"], io)).toBe(0);
    expect(io.stdout()).toContain("Region file written: mijn-regio.yaml");
    expect(statSync(file).mode & 0o777).toBe(0o600);
    const text = readFileSync(file, "utf8");
    const schema = /^# yaml-language-server: \$schema=(\S+)$/m.exec(text)![1]!;
    expect(schema.startsWith("/")).toBe(false);
    expect(resolve(dirname(file), schema)).toBe(resolve("schemas/region.schema.json"));
    expect(existsSync(resolve(dirname(file), schema))).toBe(true);
    // The rest is the template, and validate takes it as a region file and finds it clean.
    expect(text.split("\n").slice(1)).toEqual(readFileSync("trees/regions/template.yaml", "utf8").split("\n").slice(1));
    const check = fakeIo({ cwd: dir });
    expect(await main(["--lang", "en", "validate", "mijn-regio.yaml"], check)).toBe(0);
    expect(check.stdout()).toContain("No problems found.");
  });

  it("never overwrites, and a missing folder is exit 2", async () => {
    const dir = tempDir("signaalroute-init-");
    expect(await main(["region", "init", "r.yaml"], fakeIo({ cwd: dir }))).toBe(0);
    const again = fakeIo({ cwd: dir });
    expect(await main(["--lang", "en", "region", "init", "r.yaml"], again)).toBe(2);
    expect(again.stderr()).toContain("r.yaml already exists");
    const missing = fakeIo({ cwd: dir });
    expect(await main(["region", "init", "geen-map/r.yaml"], missing)).toBe(2);
    expect(missing.stderr()).toContain("geen-map/r.yaml");
  });

  it("the modeline path is relative to the file's folder, with forward slashes", () => {
    const out = regionTemplate(
      "# yaml-language-server: $schema=../../schemas/region.schema.json\nregion: x\n",
      "/a/b/c",
      "/a/lib/signaalroute/schemas/region.schema.json",
    );
    expect(out).toBe("# yaml-language-server: $schema=../../lib/signaalroute/schemas/region.schema.json\nregion: x\n");
    expect(regionTemplate("# yaml-language-server: $schema=x\n", "/p", "/p/schemas/region.schema.json")).toBe(
      "# yaml-language-server: $schema=./schemas/region.schema.json\n",
    );
  });
});

describe("the README's region and CI examples run as written", () => {
  const readme = readFileSync("README.md", "utf8");
  const lines = [...readme.matchAll(/```sh\n([\s\S]*?)```/g)]
    .flatMap((m) => m[1]!.split("\n"))
    .map((l) => l.replace(/#.*$/, "").trim())
    .filter((l) =>
      /^signaalroute (region init|validate mijn-regio\.yaml|validate --format|validate --max-warnings)/.test(l),
    );

  it("has them", () => {
    expect(lines).toEqual([
      "signaalroute region init mijn-regio.yaml",
      "signaalroute validate mijn-regio.yaml",
      "signaalroute validate --format sarif --output-file validate.sarif",
      "signaalroute validate --format junit --output-file validate.xml",
      "signaalroute validate --max-warnings 0",
    ]);
  });

  it(
    "each runs in order in an empty folder: exit 0 (1 only for --max-warnings when the bundled trees have warnings), files written",
    { timeout: 180_000 },
    async () => {
      const dir = tempDir("signaalroute-readme-");
      for (const line of lines) {
        const io = fakeIo({ cwd: dir });
        const code = await main(line.split(/\s+/).slice(1), io);
        expect(io.stderr(), line).not.toMatch(/onbekende optie|unknown option|fout:/);
        expect(code === 0 || (line.includes("--max-warnings") && code === 1), `${line}: ${code}`).toBe(true);
        const out = /--output-file (\S+)/.exec(line)?.[1];
        if (out) expect(existsSync(join(dir, out)), out).toBe(true);
      }
    },
  );
});
