import { execFileSync, spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { beforeAll, describe, expect, it } from "vitest";
import { ROOT, tempDir } from "./helpers.js";

const pkg = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8"));

describe("the npm package", () => {
  it("declares an ESM command for Node 20, with no runtime dependencies (dist/ has them bundled)", () => {
    expect(pkg.type).toBe("module");
    expect(pkg.bin).toEqual({ signaalroute: "bin/signaalroute.js" });
    expect(pkg.engines.node).toBe(">=20");
    expect(pkg.dependencies).toBeUndefined();
    expect(pkg.devDependencies["ajv-formats"]).toBeUndefined();
    expect(pkg.license).toBe("EUPL-1.2");
    expect(pkg.keywords.length).toBeGreaterThan(3);
    // No invented addresses: the project has no public repository or home page (README, "Package").
    for (const key of ["repository", "homepage", "bugs"]) expect(pkg[key], key).toBeUndefined();
  });

  it("packs the compiled command, the bundled trees, the schemas, the docs and the licences, and no tests or sources", () => {
    // --ignore-scripts: the build already ran (npm test builds first).
    const out = execFileSync("npm", ["pack", "--dry-run", "--json", "--ignore-scripts"], {
      cwd: ROOT,
      stdio: ["ignore", "pipe", "ignore"],
      env: npmEnv(),
    }).toString();
    const files: string[] = JSON.parse(out)[0].files.map((f: { path: string }) => f.path);
    for (const f of [
      "bin/signaalroute.js",
      "dist/cli.js",
      "dist/bundled-trees.json",
      "trees/triage.yaml",
      "trees/contacts.yaml",
      "trees/regions/template.yaml",
      "schemas/record.schema.json",
      "schemas/scenario.schema.json",
      "scenarios/01-acuut-gevaar-en-uitbuiting.yaml",
      "docs/rules.md",
      "README.md",
      "LICENSE",
      "THIRD_PARTY_NOTICES",
    ]) {
      expect(files).toContain(f);
    }
    expect(files.filter((f) => f.startsWith("test/") || f.startsWith("src/"))).toEqual([]);
  });

  it("LICENSE is the full EUPL-1.2 text", () => {
    const text = readFileSync(join(ROOT, "LICENSE"), "utf8");
    expect(text.startsWith("EUROPEAN UNION PUBLIC LICENCE v. 1.2\n")).toBe(true);
    for (const article of ["1.Definitions", "5.Obligations of the Licensee", "15.Applicable Law", "Appendix"])
      expect(text).toContain(article);
    expect(text).toContain("— European Union Public Licence (EUPL) v. 1.1, v. 1.2");
  });

  it("THIRD_PARTY_NOTICES names every npm package whose code is in dist/, with the licence text it ships", () => {
    const notices = readFileSync(join(ROOT, "THIRD_PARTY_NOTICES"), "utf8");
    // Independent of the build's metafile: esbuild marks each bundled module with a `// node_modules/...` comment.
    const bundled = new Set<string>();
    for (const f of readdirSync(join(ROOT, "dist")).filter((f) => f.endsWith(".js"))) {
      for (const m of readFileSync(join(ROOT, "dist", f), "utf8").matchAll(
        /^\/\/ (node_modules\/(?:@[^/]+\/)?[^/\n]+)\//gm,
      ))
        bundled.add(m[1]!);
    }
    expect(bundled.size).toBeGreaterThan(5);
    for (const dir of bundled) {
      const p = JSON.parse(readFileSync(join(ROOT, dir, "package.json"), "utf8"));
      expect(notices, p.name).toContain(`\n${p.name} ${p.version}\nLicense: ${p.license}\n`);
      const licenceFile = readdirSync(join(ROOT, dir)).find((f) => /^licen[cs]e/i.test(f))!;
      expect(notices, p.name).toContain(
        readFileSync(join(ROOT, dir, licenceFile), "utf8")
          .replace(/\r\n/g, "\n")
          .trim(),
      );
    }
    // And nothing that is not bundled (a runtime-only dependency such as ajv's unused uri resolver is not listed).
    const listed = [...notices.matchAll(/^={78}\n(\S+) (\S+)$/gm)].map((m) => m[1]);
    const names = [...bundled].map((d) => JSON.parse(readFileSync(join(ROOT, d, "package.json"), "utf8")).name);
    for (const name of listed) expect(names, `${name} is listed but not bundled in dist/*.js`).toContain(name);
  });
});

/** The environment for a child npm: without the npm_* variables of an `npm test` around us (npm_config_local_prefix would point it at this checkout). */
function npmEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [k, v] of Object.entries(process.env)) if (!/^npm_/i.test(k)) env[k] = v;
  // Nothing in the user's home: npm's cache and logs in a temporary folder, no ~/.npmrc, no update check.
  const own = tempDir("signaalroute-npm-");
  writeFileSync(join(own, "npmrc"), "");
  return {
    ...env,
    npm_config_cache: join(own, "cache"),
    npm_config_logs_dir: join(own, "logs"),
    npm_config_userconfig: join(own, "npmrc"),
    npm_config_update_notifier: "false",
    ...extra,
  };
}

/**
 * The tarball as a user gets it: packed once, installed into an empty folder with `npm install --offline`
 * and an empty npm cache, so any dependency it needed would have to be fetched and the install would
 * fail (ENOTCACHED). Then every command of the installed bin runs once, from a folder outside the
 * checkout, and prints something that shows it did its work.
 */
describe("the packed tarball, installed with no network and no node_modules of its own", () => {
  const tmp = tempDir("sr-tarball-");
  const consumer = join(tmp, "consumer");
  const work = join(tmp, "work");
  const installed = join(consumer, "node_modules", "signaalroute");
  const bin = join(consumer, "node_modules", ".bin", "signaalroute");
  const env = {
    PATH: process.env.PATH ?? "",
    HOME: join(tmp, "home"),
    XDG_CONFIG_HOME: join(tmp, "home", ".config"),
    XDG_DATA_HOME: join(tmp, "home", ".local", "share"),
    SIGNAALROUTE_DATA_DIR: join(tmp, "data"),
    NO_COLOR: "1",
  };
  const run = (...args: string[]) => {
    const r = spawnSync(bin, ["--lang", "en", ...args], { cwd: work, env, encoding: "utf8", timeout: 120_000 });
    return { code: r.status, out: r.stdout, err: r.stderr };
  };

  beforeAll(() => {
    for (const d of [consumer, work, env.HOME, join(tmp, "cache")]) mkdirSync(d, { recursive: true });
    const packed = execFileSync("npm", ["pack", "--json", "--ignore-scripts", "--pack-destination", tmp], {
      cwd: ROOT,
      stdio: ["ignore", "pipe", "pipe"],
      env: npmEnv(),
    }).toString();
    const tarball = join(tmp, JSON.parse(packed)[0].filename);
    writeFileSync(
      join(consumer, "package.json"),
      JSON.stringify({ name: "consumer", version: "1.0.0", private: true }),
    );
    execFileSync("npm", ["install", "--offline", "--no-audit", "--no-fund", "--cache", join(tmp, "cache"), tarball], {
      cwd: consumer,
      stdio: ["ignore", "pipe", "pipe"],
      env: npmEnv(),
    });
    cpSync(join(ROOT, "test/fixtures/trees/valid/basic"), join(work, "basic"), { recursive: true });
  }, 180_000);

  it("installed exactly one package: signaalroute, with no dependencies", () => {
    expect(readdirSync(join(consumer, "node_modules")).sort()).toEqual([".bin", ".package-lock.json", "signaalroute"]);
    const lock = JSON.parse(readFileSync(join(consumer, "package-lock.json"), "utf8"));
    expect(Object.keys(lock.packages).filter((k) => k !== "")).toEqual(["node_modules/signaalroute"]);
    expect(JSON.parse(readFileSync(join(installed, "package.json"), "utf8")).dependencies).toBeUndefined();
    for (const f of ["LICENSE", "THIRD_PARTY_NOTICES", "docs/rules.md"])
      expect(existsSync(join(installed, f)), f).toBe(true);
  });

  it("--version, -V, --help and help <command>", () => {
    expect(run("--version")).toMatchObject({ code: 0, out: `${pkg.version}\n` });
    expect(run("-V")).toMatchObject({ code: 0, out: `${pkg.version}\n` });
    const help = run("--help");
    expect(help.code).toBe(0);
    expect(help.out).toContain("Usage: signaalroute [options] [command]");
    const vhelp = run("help", "validate");
    expect(vhelp.code).toBe(0);
    expect(vhelp.out).toContain("--format <format>");
  });

  it("trees and contacts (the bundled, precompiled trees)", () => {
    const trees = run("trees", "--json");
    expect(trees.code).toBe(0);
    expect(JSON.parse(trees.out).trees.map((t: { id: string }) => t.id)).toContain("triage");
    const contacts = run("contacts", "veilig");
    expect(contacts.code).toBe(0);
    expect(contacts.out).toContain("Veilig Thuis");
  });

  it("validate, routes, stats and diff on a small tree set (every rule runs from the bundle)", () => {
    expect(run("validate", "basic")).toMatchObject({ code: 0, out: "No problems found.\n" });
    // The basic fixture has two outcomes, melden and rustig.
    const routes = run("routes", "--trees", "basic");
    expect(routes.code).toBe(0);
    expect(routes.out).toMatch(/^melden\s/m);
    expect(routes.out).toMatch(/^rustig\s/m);
    const stats = run("stats", "--trees", "basic", "--json");
    expect(stats.code).toBe(0);
    expect(JSON.parse(stats.out).outcomes).toBe(2);
    const diff = run("diff", "--exit-code", "basic", "basic");
    expect(diff.code).toBe(0);
    expect(diff.out).toContain("No difference in the routes.");
  });

  it("graph (Mermaid and DOT) and docs", () => {
    const mermaid = run("graph", "triage");
    expect(mermaid.code).toBe(0);
    expect(mermaid.out.startsWith("flowchart TD\n")).toBe(true);
    const dot = run("graph", "--format", "dot", "--trees", "basic");
    expect(dot.code).toBe(0);
    expect(dot.out.startsWith("digraph ")).toBe(true);
    expect(dot.out).toContain('"melden"');
    const docs = run("docs", "--out", "routekaart");
    expect(docs.code).toBe(0);
    expect(readdirSync(join(work, "routekaart"))).toEqual(expect.arrayContaining(["index.md", "triage.md"]));
  });

  it("scenario run (the bundled scenarios), coverage and from; consult --answers; drafts; practice needs a terminal", () => {
    const scen = run("scenario", "run", "--json");
    expect(scen.code).toBe(0);
    const ran = JSON.parse(scen.out);
    expect([ran.failed, ran.passed]).toEqual([0, ran.scenarios.length]);
    expect(ran.scenarios[0].file).toContain("node_modules/signaalroute/scenarios/");
    writeFileSync(join(work, "s.yaml"), "answers: { gevaar: nee, soort: [] }\nexpect: { outcome: rustig }\n");
    const coverage = run("scenario", "coverage", "s.yaml", "--trees", "basic");
    expect(coverage.code).toBe(0);
    expect(coverage.out).toContain("Coverage by 1 scenario");
    // The README's fictional casus: a teacher worries about a pupil who often has bruises.
    writeFileSync(
      join(work, "casus.yaml"),
      "acuut-gevaar: nee\nvermist: nee\nonveilig-komende-dagen: nee\nseksueel-geweld: nee\nzorg-soort: [mishandeling]\nmeldcode-online: nee\nmeldcode-vermoeden: mishandeling\nmeldcode-verteld: nee\nmeldcode-stap-3: ja\nmeldcode-onthulling: nee\nmeldcode-afweging-1: ja\nmeldcode-afweging-2: nee\nmeldcode-afweging-3: nee\n",
    );
    const consult = run("consult", "--answers", "casus.yaml", "--record", "verslag.json");
    expect(consult.code).toBe(0);
    expect(consult.out).toContain("Veilig Thuis");
    expect(statSync(join(work, "verslag.json")).mode & 0o777).toBe(0o600);
    const from = run("scenario", "from", "verslag.json");
    expect(from.code).toBe(0);
    expect(from.out).toContain("  meldcode-vermoeden: mishandeling\n");
    expect(run("drafts")).toMatchObject({ code: 0, out: "There are no interrupted consults.\n" });
    const practice = run("practice", join(installed, "scenarios", "01-acuut-gevaar-en-uitbuiting.yaml"));
    expect(practice.code).toBe(3);
    expect(practice.err).toContain("needs a terminal");
  });

  it("web --out writes one offline page", () => {
    const web = run("web", "--out", "site");
    expect(web.code).toBe(0);
    const html = readFileSync(join(work, "site", "index.html"), "utf8");
    expect(html).toMatch(/^<!doctype html>/i);
    expect(html).not.toMatch(/<script[^>]+src=/i);
  });

  it("region init: the modeline finds the installed schema; a misspelt key fails validate; SARIF help points into the installed docs", () => {
    const init = run("region", "init", "regio.yaml");
    expect(init.code).toBe(0);
    const text = readFileSync(join(work, "regio.yaml"), "utf8");
    const schema = /^# yaml-language-server: \$schema=(\S+)$/m.exec(text)![1]!;
    expect(resolve(work, schema)).toBe(join(installed, "schemas", "region.schema.json"));
    expect(existsSync(resolve(dirname(join(work, "regio.yaml")), schema))).toBe(true);
    expect(run("validate", "regio.yaml").code).toBe(0);
    writeFileSync(join(work, "typo.yaml"), text.replace(/^region:/m, "regoin:"));
    const typo = run("validate", "typo.yaml");
    expect(typo.code).toBe(1);
    expect(typo.out).toContain("regoin");
    const sarif = run("validate", "--format", "sarif", "typo.yaml");
    expect(sarif.code).toBe(1);
    const rules: { id: string; helpUri?: string; help: { markdown?: string } }[] = JSON.parse(sarif.out).runs[0].tool
      .driver.rules;
    const docs = pathToFileURL(join(installed, "docs", "rules.md")).href;
    expect(rules.find((r) => r.id === "schema")!.helpUri).toBe(`${docs}#schema`);
    expect(rules.every((r) => r.helpUri?.startsWith(`${docs}#`) && r.help.markdown)).toBe(true);
  });
});
