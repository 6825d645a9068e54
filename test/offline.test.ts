import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ROOT } from "./helpers.js";

// Privacy by design: the shipped code loads no network module at all.
describe("offline", () => {
  it("no built file imports or requires a network module", () => {
    const dist = join(ROOT, "dist");
    const files = readdirSync(dist).filter((f) => f.endsWith(".js"));
    expect(files.length).toBeGreaterThan(3);
    const network = /(?:from\s*|import\(\s*|require\(\s*)["'](?:node:)?(?:http|https|http2|net|tls|dgram|dns)["']/;
    const offenders = files.filter((f) => network.test(readFileSync(join(dist, f), "utf8")));
    expect(offenders).toEqual([]);
  });
});
