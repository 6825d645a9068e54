import { existsSync, mkdtempSync, readFileSync, symlinkSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { main } from "../../src/cli.js";
import { fakeIo } from "../fake-io.js";
import { ROOT } from "../helpers.js";

// Every `signaalroute web ...` line of the README runs as written, in order, in one folder that has
// the repository's trees/ (the examples name trees/ and trees/regions/voorbeeld.yaml).
const readme = readFileSync(join(ROOT, "README.md"), "utf8");
const lines = [...readme.matchAll(/```sh\n([\s\S]*?)```/g)]
  .flatMap((m) => m[1]!.split("\n"))
  .map((l) => l.replace(/#.*$/, "").trim())
  .filter((l) => /^signaalroute web\b/.test(l));

describe("README web examples", () => {
  const dir = mkdtempSync(join(tmpdir(), "sr-readme-web-"));
  symlinkSync(join(ROOT, "trees"), join(dir, "trees"));

  it("has the examples", () => {
    expect(lines.length).toBeGreaterThanOrEqual(4);
  });

  it.each(lines)(
    "`%s` runs as written",
    async (line) => {
      const io = fakeIo({ cwd: dir });
      expect(await main(line.split(/\s+/).slice(1), io)).toBe(0);
      expect(io.stderr()).not.toMatch(/error|fout/i);
      expect(existsSync(join(dir, "site", "index.html"))).toBe(true);
      // `--trees` proves every safety rule first: seconds on the bundled set, more on a busy machine.
    },
    180000,
  );
});
