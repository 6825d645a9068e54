import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { main } from "../src/cli.js";
import { fakeIo } from "./fake-io.js";
import { ROOT, tempDir } from "./helpers.js";

// The README's answers-file example runs exactly as written: the YAML block that starts with
// "# casus.yaml" is saved as casus.yaml, and every `signaalroute consult --answers casus.yaml ...`
// line of the README is run against it.
const readme = readFileSync(join(ROOT, "README.md"), "utf8");
const blocks = [...readme.matchAll(/```(\w+)\n([\s\S]*?)```/g)].map((m) => ({ lang: m[1]!, body: m[2]! }));
const casus = blocks.find((b) => b.lang === "yaml" && b.body.startsWith("# casus.yaml"));
const commands = blocks
  .filter((b) => b.lang === "sh")
  .flatMap((b) => b.body.split("\n"))
  .map((l) => l.replace(/#.*$/, "").trim())
  .filter((l) => /^signaalroute consult --answers casus\.yaml\b/.test(l));

describe("README examples", () => {
  it("has the casus.yaml example and the commands that use it", () => {
    expect(casus).toBeDefined();
    expect(commands.length).toBeGreaterThanOrEqual(3);
  });

  it.each(commands)("`%s` runs as written", async (line) => {
    const dir = tempDir("sr-readme-");
    writeFileSync(join(dir, "casus.yaml"), casus!.body);
    const io = fakeIo({ cwd: dir, env: { SIGNAALROUTE_DATA_DIR: join(dir, "data") } });
    const code = await main(line.split(/\s+/).slice(1), io);
    expect(io.stderr()).not.toMatch(/error|fout/i);
    expect(code).toBe(0);
    const record = /--record (\S+)/.exec(line)?.[1];
    if (record) expect(existsSync(join(dir, record))).toBe(true);
    else expect(io.stdout()).toMatch(/Veilig Thuis/);
  });
});

// The scenario module example runs as written: the YAML block that starts with "# module.yaml" is saved as
// module.yaml, and every `signaalroute scenario ... module.yaml` line of the README runs with exit 0.
const moduleYaml = blocks.find((b) => b.lang === "yaml" && b.body.startsWith("# module.yaml"));
const scenarioCommands = blocks
  .filter((b) => b.lang === "sh")
  .flatMap((b) => b.body.split("\n"))
  .map((l) => l.replace(/#.*$/, "").trim())
  .filter((l) => /^signaalroute scenario \w+ module\.yaml\b/.test(l));

describe("README scenario examples", () => {
  it("has the module.yaml example and the commands that use it", () => {
    expect(moduleYaml).toBeDefined();
    expect(scenarioCommands.length).toBeGreaterThanOrEqual(4);
  });

  it.each(scenarioCommands)("`%s` runs as written", async (line) => {
    const dir = tempDir("sr-readme-");
    writeFileSync(join(dir, "module.yaml"), moduleYaml!.body);
    const io = fakeIo({ cwd: dir });
    const code = await main(line.split(/\s+/).slice(1), io);
    expect(io.stdout()).not.toContain("✗");
    expect(code).toBe(0);
    const junit = /--junit (\S+)/.exec(line)?.[1];
    if (junit) expect(existsSync(join(dir, junit))).toBe(true);
  });
});
