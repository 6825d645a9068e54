import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { ROOT } from "../helpers.js";

// The DOM library belongs to the web page's browser script only (src/web/tsconfig.json): the root
// project has none, so `window` or `document` outside the page is a type error. A `/// <reference
// lib="dom" />` in any file would bring it back into the whole root project.
function tsFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? tsFiles(join(dir, e.name)) : e.name.endsWith(".ts") ? [join(dir, e.name)] : [],
  );
}

/** tsconfig files have comments; YAML reads JSON with `//` comments removed. */
function readConfig(path: string): { compilerOptions?: { lib?: string[] }; exclude?: string[]; files?: string[] } {
  return parse(readFileSync(path, "utf8").replace(/^\s*\/\/.*$/gm, ""));
}

describe("the DOM library stays in the web page's project", () => {
  it("the root tsconfig has no DOM library and leaves the browser files to src/web/tsconfig.json", () => {
    const root = readConfig(join(ROOT, "tsconfig.json"));
    expect(root.compilerOptions?.lib?.some((l) => /dom/i.test(l))).toBe(false);
    const web = readConfig(join(ROOT, "src/web/tsconfig.json"));
    expect(web.compilerOptions?.lib).toContain("DOM");
    const inWeb = (web.files ?? []).map((f) => relative(ROOT, join(ROOT, "src/web", f)));
    expect(new Set(root.exclude)).toEqual(new Set(inWeb));
  });

  it("no source or test file pulls the DOM library in with a triple-slash reference", () => {
    const offenders = [...tsFiles(join(ROOT, "src")), ...tsFiles(join(ROOT, "test"))].filter((f) =>
      /\/\/\/\s*<reference\s+lib="dom/i.test(readFileSync(f, "utf8")),
    );
    expect(offenders.map((f) => relative(ROOT, f))).toEqual([]);
  });

  it("npm run typecheck checks both projects", () => {
    const pkg = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as { scripts: Record<string, string> };
    expect(pkg.scripts.typecheck).toMatch(/tsc --noEmit(?! -p).*&&.*tsc --noEmit -p src\/web/);
  });
});
