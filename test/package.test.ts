import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ROOT } from "./helpers.js";

describe("the npm package", () => {
  const pkg = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8"));

  it("declares an ESM command for Node 20", () => {
    expect(pkg.type).toBe("module");
    expect(pkg.bin).toEqual({ signaalroute: "bin/signaalroute.js" });
    expect(pkg.engines.node).toBe(">=20");
  });

  it("packs the compiled command, the bundled trees and the schemas, and no tests or sources", () => {
    // --ignore-scripts: the build already ran (npm test builds first).
    const out = execFileSync("npm", ["pack", "--dry-run", "--json", "--ignore-scripts"], { cwd: ROOT, stdio: ["ignore", "pipe", "ignore"] }).toString();
    const files: string[] = JSON.parse(out)[0].files.map((f: { path: string }) => f.path);
    for (const f of ["bin/signaalroute.js", "dist/cli.js", "dist/bundled-trees.json", "trees/triage.yaml", "trees/contacts.yaml", "trees/regions/template.yaml", "schemas/record.schema.json", "schemas/scenario.schema.json", "scenarios/01-acuut-gevaar-en-uitbuiting.yaml", "README.md"]) {
      expect(files).toContain(f);
    }
    expect(files.filter((f) => f.startsWith("test/") || f.startsWith("src/"))).toEqual([]);
  });
});
