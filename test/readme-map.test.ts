import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ROOT } from "./helpers.js";

// The README's architecture map is the newcomer's plan of the house: it names every folder of src/ and
// names nothing that is not there.
const readme = readFileSync(join(ROOT, "README.md"), "utf8");
const section = readme.slice(readme.indexOf("## Architecture"));
const map = /```\n([\s\S]*?)```/.exec(section)?.[1] ?? "";
const named = [...map.matchAll(/^(\S+)\s/gm)].map((m) => m[1]!);

function folders(dir: string): string[] {
  return readdirSync(join(ROOT, dir))
    .filter((name) => statSync(join(ROOT, dir, name)).isDirectory())
    .map((name) => `${dir}/${name}/`);
}

describe("README architecture map", () => {
  it("is found (a map of at least ten entries)", () => {
    expect(named.length).toBeGreaterThanOrEqual(10);
  });

  it("names every folder of src/ and src/commands/", () => {
    const missing = [...folders("src"), ...folders("src/commands")].filter((f) => !named.includes(f));
    expect(missing).toEqual([]);
  });

  it("names each path once", () => {
    expect(named.filter((p, i) => named.indexOf(p) !== i)).toEqual([]);
  });

  it("names only paths that exist", () => {
    expect(named.filter((p) => !existsSync(join(ROOT, p)))).toEqual([]);
  });
});
