import { spawn } from "node:child_process";
import { readdirSync } from "node:fs";
import { join } from "node:path";
import { ESLint } from "eslint";
import { describe, expect, it } from "vitest";
import { ROOT } from "./helpers.js";

// The house's floors, enforced by lint (issue 9): a deliberate violation of each layer rule fails
// `npm run lint`, and so `npm test`.
describe("layers (lint)", () => {
  const eslint = new ESLint({ cwd: ROOT });
  const lint = async (file: string, code: string) =>
    (await eslint.lintText(code, { filePath: `${ROOT}/${file}` }))[0]!.messages.map((m) => m.ruleId);

  it.each([
    ["src/engine/x.ts", 'import chalk from "chalk";\nexport const x = chalk;\n'],
    ["src/check/rules/x.ts", 'import { select } from "@inquirer/prompts";\nexport const x = select;\n'],
    ["src/analysis/x.ts", 'import { writeFileSync } from "node:fs";\nexport const x = writeFileSync;\n'],
    [
      "src/model/x.ts",
      'import { formatStylish } from "../render/diagnostics-text.js";\nexport const x = formatStylish;\n',
    ],
    ["src/analysis/x.ts", 'import { run } from "../commands/consult.js";\nexport const x = run;\n'],
    ["src/check/x.ts", 'import { processIo } from "../io/io.js";\nexport const x = processIo;\n'],
  ])("a pure floor (%s) may not import the floors above it or touch the process", async (file, code) => {
    expect(await lint(file, code)).toEqual(["no-restricted-imports"]);
  });

  it.each([
    ["src/render/x.ts", 'import { request } from "node:https";\nexport const x = request;\n'],
    ["src/commands/x.ts", 'import { connect } from "node:net";\nexport const x = connect;\n'],
    ["src/engine/x.ts", 'import http from "http";\nexport const x = http;\n'],
    ["src/load/x.ts", 'import { createSocket } from "node:dgram";\nexport const x = createSocket;\n'],
    ["src/util/read-small-file.ts", 'import { connect } from "node:tls";\nexport const x = connect;\n'],
    ["src/consult/x.ts", 'import { resolve4 } from "node:dns";\nexport const x = resolve4;\n'],
    ["src/web/x.ts", 'import { connect } from "http2";\nexport const x = connect;\n'],
  ])("offline (%s): no network module", async (file, code) => {
    expect(await lint(file, code)).toEqual(["no-restricted-imports"]);
  });

  it.each([
    ["src/render/x.ts", 'export const x = () => fetch("https://example.org/");\n'],
    ["src/web/x.ts", 'export const x = () => new WebSocket("wss://example.org/");\n'],
  ])("offline (%s): no network call through a global either", async (file, code) => {
    expect(await lint(file, code)).toEqual(["no-restricted-globals"]);
  });

  it.each([
    ["src/commands/x.ts", 'import { readFileSync } from "node:fs";\nexport const x = readFileSync;\n'],
    ["src/consult/x.ts", 'import { readFile } from "node:fs/promises";\nexport const x = readFile;\n'],
    ["src/load/x.ts", 'import { createReadStream } from "fs";\nexport const x = createReadStream;\n'],
  ])("one reader (%s): files are read with readSmallFile", async (file, code) => {
    expect(await lint(file, code)).toEqual(["no-restricted-imports"]);
  });

  it("the reader itself opens files; elsewhere other fs functions stay allowed", async () => {
    const open = 'import { openSync, readSync } from "node:fs";\nexport const x = [openSync, readSync];\n';
    expect(await lint("src/util/read-small-file.ts", open)).toEqual([]);
    const write = 'import { writeFileSync } from "node:fs";\nexport const x = writeFileSync;\n';
    expect(await lint("src/commands/x.ts", write)).toEqual([]);
  });

  it.each([
    ["src/consult/x.ts", 'import { linkTarget } from "../engine/transitions.js";\nexport const x = linkTarget;\n'],
    ["src/check/rules/x.ts", 'import { holds } from "../../engine/facts.js";\nexport const x = holds;\n'],
    [
      "src/render/x.ts",
      'import { checklistEdgeIndex } from "../engine/engine.js";\nexport const x = checklistEdgeIndex;\n',
    ],
  ])("one stepper (%s): only src/engine follows links, routes and guards", async (file, code) => {
    expect(await lint(file, code)).toEqual(["no-restricted-imports"]);
  });

  it("the engine (and the graph) may; everyone may call the engine's steps", async () => {
    const follow = 'import { linkTarget } from "./transitions.js";\nexport const x = linkTarget;\n';
    expect(await lint("src/engine/x.ts", follow)).toEqual([]);
    expect(await lint("src/analysis/graph.ts", follow.replace("./", "../engine/"))).toEqual([]);
    const step = 'import { enter, advance } from "../engine/engine.js";\nexport const x = [enter, advance];\n';
    expect(await lint("src/consult/x.ts", step)).toEqual([]);
  });

  it("the pure floors may import each other", async () => {
    expect(
      await lint(
        "src/check/x.ts",
        'import { enter } from "../engine/engine.js";\nimport type { TreeSet } from "../model/tree-set.js";\nexport const x = (s: TreeSet) => enter(s, s.main.entry);\n',
      ),
    ).toEqual([]);
  });

  it.each([
    ["src/load/x.ts", 'import { runChecks } from "../check/run-checks.js";\nexport const x = runChecks;\n'],
    ["src/load/x.ts", 'import { references } from "../check/rules/references.js";\nexport const x = references;\n'],
  ])("loading (%s) does not depend on checking", async (file, code) => {
    expect(await lint(file, code)).toEqual(["no-restricted-imports"]);
  });

  it("nor lazily, with import()", async () => {
    expect(await lint("src/load/x.ts", 'export const x = () => import("../pipeline/load-checked.js");\n')).toEqual([
      "no-restricted-syntax",
    ]);
    expect(await lint("src/load/x.ts", 'export const x = () => import("../check/rules/index.js");\n')).toEqual([
      "no-restricted-syntax",
    ]);
    expect(await lint("src/load/x.ts", 'export const x = () => import("./load.js");\n')).toEqual([]);
  });

  it.each([
    ["src/load/x.ts", 'import { cachedTreeSet } from "../cache/tree-cache.js";\nexport const x = cachedTreeSet;\n'],
    ["src/load/sub/x.ts", 'import { treeCacheDir } from "../../cache/settings.js";\nexport const x = treeCacheDir;\n'],
  ])("loading (%s) does not depend on the cache of checked sets", async (file, code) => {
    expect(await lint(file, code)).toEqual(["no-restricted-imports"]);
  });

  it("nor on the cache lazily, while the pipeline may use it", async () => {
    expect(await lint("src/load/x.ts", 'export const x = () => import("../cache/tree-cache.js");\n')).toEqual([
      "no-restricted-syntax",
    ]);
    expect(
      await lint(
        "src/pipeline/x.ts",
        'import { cachedTreeSet } from "../cache/tree-cache.js";\nimport { precompiledSet } from "../load/bundled.js";\nexport const x = [cachedTreeSet, precompiledSet];\n',
      ),
    ).toEqual([]);
  });

  it("the pipeline may load and check", async () => {
    expect(
      await lint(
        "src/pipeline/x.ts",
        'import { runChecks } from "../check/run-checks.js";\nimport { loadFromTexts } from "../load/load.js";\nexport const x = [runChecks, loadFromTexts];\n',
      ),
    ).toEqual([]);
  });

  it("only bin/ and src/commands/ end the process", async () => {
    expect(await lint("src/render/x.ts", "export function f() {\n  process.exit(1);\n}\n")).toEqual([
      "no-restricted-properties",
    ]);
    expect(await lint("src/consult/x.ts", "export function f() {\n  process.exitCode = 2;\n}\n")).toEqual([
      "no-restricted-properties",
    ]);
    expect(await lint("src/commands/x.ts", "export function f() {\n  process.exitCode = 2;\n}\n")).toEqual([]);
  });

  it.each([["src/scenario/x.ts"], ["src/consult/x.ts"], ["src/load/x.ts"], ["src/util/private-file.ts"]])(
    "below the commands (%s), no exit codes: return the problem",
    async (file) => {
      const code = 'import { CliError, EXIT } from "../io/exit-codes.js";\nexport const x = [CliError, EXIT];\n';
      expect(await lint(file, code)).toEqual(["no-restricted-imports"]);
    },
  );

  it("the commands stop with them", async () => {
    const code = 'import { CliError, EXIT } from "../io/exit-codes.js";\nexport const x = [CliError, EXIT];\n';
    expect(await lint("src/commands/x.ts", code)).toEqual([]);
  });
});

describe("test/ mirrors src/", () => {
  it("every folder of test/ is a folder of src/, or one of the whole-program suites", () => {
    const folders = (dir: string) =>
      readdirSync(join(ROOT, dir), { withFileTypes: true })
        .filter((d) => d.isDirectory())
        .map((d) => d.name);
    // Whole-program suites and their data: the bundled content, terminals, fuzzing, fixtures.
    const wholeProgram = ["content", "e2e", "fuzz", "fuzz-corpus", "fixtures", "held-out"];
    const src = folders("src");
    for (const f of folders("test")) expect(src.includes(f) || wholeProgram.includes(f), `test/${f}`).toBe(true);
  });
});

describe("a closed pipe (`signaalroute contacts | head -1`)", () => {
  it("ends quietly with exit 0, handled in bin/", async () => {
    const child = spawn(process.execPath, [join(ROOT, "bin/signaalroute.js"), "contacts"], {
      stdio: ["ignore", "pipe", "pipe"],
    });
    let err = "";
    child.stderr.on("data", (d: Buffer) => (err += d.toString()));
    // The reader is gone before the first line is written (as after `head -0`): every write meets EPIPE.
    child.stdout.destroy();
    const code = await new Promise<number | null>((done) => child.on("close", (c) => done(c)));
    expect(code).toBe(0);
    expect(err).not.toMatch(/EPIPE|\n\s+at /);
  });
});
