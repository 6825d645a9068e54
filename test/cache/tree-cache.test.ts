import {
  chmodSync,
  cpSync,
  existsSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  symlinkSync,
  utimesSync,
  writeFileSync,
} from "node:fs";
import { join } from "node:path";
import { beforeEach, describe, expect, it } from "vitest";
import { CONSULT_RULES, STRUCTURAL_RULES } from "../../src/check/rules/index.js";
import { cacheDir } from "../../src/cache/settings.js";
import { cachedTreeSet, entryKey, MAX_ENTRIES, prune, storeTreeSet } from "../../src/cache/tree-cache.js";
import { main } from "../../src/cli.js";
import { precompiledSet } from "../../src/load/bundled.js";
import { readSources } from "../../src/load/read-sources.js";
import { fakeIo } from "../fake-io.js";
import { checkedFixture, setContent as content } from "../load/checked-fixture.js";
import { BASIC, FIXTURES, ROOT, tempDir } from "../helpers.js";

let tmp: string;
let cache: string;
let trees: string;
beforeEach(() => {
  tmp = tempDir("signaalroute-cache-test-");
  cache = join(tmp, "cache", "signaalroute");
  trees = join(tmp, "trees");
  cpSync(BASIC, trees, { recursive: true });
});

const entries = () => (existsSync(cache) ? readdirSync(cache).filter((f) => /^set-[0-9a-f]{64}\.json$/.test(f)) : []);
const onlyEntry = () => {
  const e = entries();
  if (e.length !== 1) throw new Error(`expected one cache entry, found ${e.length}`);
  return join(cache, e[0]!);
};
const fresh = (dir: string, rules = CONSULT_RULES) => checkedFixture(dir, tmp, rules);
/** The CLI in-process, with this test's cache folder (and no other environment). */
const cli = async (argv: string[], env: Record<string, string> = {}) => {
  const io = fakeIo({
    cwd: tmp,
    env: { XDG_CACHE_HOME: join(tmp, "cache"), SIGNAALROUTE_DATA_DIR: join(tmp, "data"), ...env },
  });
  const code = await main(argv, io);
  return { code, out: io.stdout(), err: io.stderr() };
};

describe("cache of checked tree sets: store and load", () => {
  it.each([
    ["the basic fixture", BASIC],
    ["the bundled trees (danger forms, facts, every rule)", join(ROOT, "trees")],
  ])(
    "gives back the same set as a fresh load and check (%s)",
    (_name, source) => {
      cpSync(source, join(tmp, "copy"), { recursive: true });
      const { read, set } = fresh(join(tmp, "copy"));
      storeTreeSet(read, "consult", set, cache);
      const again = readSources([join(tmp, "copy")], tmp);
      const hit = cachedTreeSet(again, "consult", cache);
      expect(hit).toBeDefined();
      expect(content(hit!)).toEqual(content(set));
      // Loaded anew each time: not the same objects.
      expect(hit!.main).not.toBe(set.main);
      if (source === join(ROOT, "trees")) {
        // The build's copy of the bundled trees (what the views now use too) is the same set, but for where it was read.
        const pre = precompiledSet(again);
        expect(pre).toBeDefined();
        expect({ ...content(pre!), files: undefined, contactsFile: undefined }).toEqual({
          ...content(set),
          files: undefined,
          contactsFile: undefined,
        });
      }
      // The bundled trees' full check takes seconds on a loaded machine: the timeout guards a hang only.
    },
    180_000,
  );

  it("writes the folder 0700 and the entry 0600, with a header naming its key, rules and sha256", () => {
    const { read, set } = fresh(trees);
    storeTreeSet(read, "consult", set, cache);
    expect(statSync(cache).mode & 0o777).toBe(0o700);
    const file = onlyEntry();
    expect(statSync(file).mode & 0o777).toBe(0o600);
    const [header] = readFileSync(file, "utf8").split("\n");
    expect(JSON.parse(header!)).toMatchObject({
      format: "signaalroute-tree-cache/2",
      key: entryKey(read),
      rules: "consult",
      sha256: expect.stringMatching(/^[0-9a-f]{64}$/),
    });
    expect(file.endsWith(`set-${entryKey(read)}.json`)).toBe(true);
  });

  it("misses when any input file changes, is added, or is renamed", () => {
    const { read, set } = fresh(trees);
    storeTreeSet(read, "consult", set, cache);
    const key = entryKey(read);
    const contacts = join(trees, "contacts.yaml");
    writeFileSync(contacts, readFileSync(contacts, "utf8").replace("0800-0000", "0800-1111"));
    const edited = readSources([trees], tmp);
    expect(entryKey(edited)).not.toBe(key);
    expect(cachedTreeSet(edited, "consult", cache)).toBeUndefined();

    writeFileSync(contacts, readFileSync(contacts, "utf8").replace("0800-1111", "0800-0000"));
    expect(cachedTreeSet(readSources([trees], tmp), "consult", cache)).toBeDefined();
    cpSync(join(trees, "vervolg.yaml"), join(trees, "zz-vervolg.yaml"));
    expect(entryKey(readSources([trees], tmp))).not.toBe(key);
  });

  it("tells apart two files of one name given in the other order", () => {
    const a = join(tmp, "a");
    const b = join(tmp, "b");
    cpSync(BASIC, a, { recursive: true });
    cpSync(BASIC, b, { recursive: true });
    writeFileSync(join(b, "start.yaml"), readFileSync(join(b, "vervolg.yaml")));
    const ab = readSources([join(a, "start.yaml"), join(b, "start.yaml")], tmp);
    const ba = readSources([join(b, "start.yaml"), join(a, "start.yaml")], tmp);
    expect(entryKey(ab)).not.toBe(entryKey(ba));
  });

  it("keeps the file names of the files read now (another folder with the same files hits the same entry)", () => {
    const { read, set } = fresh(trees);
    storeTreeSet(read, "consult", set, cache);
    const elsewhere = join(tmp, "elders");
    cpSync(trees, elsewhere, { recursive: true });
    const hit = cachedTreeSet(readSources([elsewhere], tmp), "consult", cache);
    expect([...hit!.files.values()]).toEqual(["elders/start.yaml", "elders/vervolg.yaml"]);
    expect(hit!.contactsFile).toBe("elders/contacts.yaml");
  });

  it("a set that passed only the structural rules serves the maintainers' views, not a consult", () => {
    const { read, set } = fresh(trees, STRUCTURAL_RULES);
    storeTreeSet(read, "structural", set, cache);
    expect(cachedTreeSet(read, "structural", cache)).toBeDefined();
    expect(cachedTreeSet(read, "consult", cache)).toBeUndefined();
    // The consult's rules include the structural ones: a consult's entry serves both.
    storeTreeSet(read, "consult", fresh(trees).set, cache);
    expect(cachedTreeSet(read, "consult", cache)).toBeDefined();
    expect(cachedTreeSet(read, "structural", cache)).toBeDefined();
  });

  it("does nothing without a folder (the cache is off)", () => {
    const { read, set } = fresh(trees);
    storeTreeSet(read, "consult", set, undefined);
    expect(cachedTreeSet(read, "consult", undefined)).toBeUndefined();
    expect(existsSync(join(tmp, "cache"))).toBe(false);
  });
});

describe("cache of checked tree sets: nothing in an entry is trusted", () => {
  const stored = () => {
    const { read, set } = fresh(trees);
    storeTreeSet(read, "consult", set, cache);
    return { read, file: onlyEntry() };
  };

  it("ignores an entry whose body was edited (its sha256 no longer matches)", () => {
    const { read, file } = stored();
    writeFileSync(file, readFileSync(file, "utf8").replace('"0800-0000"', '"0900-6666"'), { mode: 0o600 });
    expect(readFileSync(file, "utf8")).toContain("0900-6666");
    expect(cachedTreeSet(read, "consult", cache)).toBeUndefined();
  });

  it.each([
    ["cut short", (t: string) => t.slice(0, t.length - 40)],
    ["without a header line", (t: string) => t.split("\n")[1]!],
    ["not JSON", () => "{{{\n[[["],
    ["empty", () => ""],
    ["the header of another key", (t: string) => t.replace(/"key":"[0-9a-f]{64}"/, `"key":"${"0".repeat(64)}"`)],
    ["another format", (t: string) => t.replace("signaalroute-tree-cache/2", "signaalroute-tree-cache/1")],
  ])("ignores an entry that is %s", (_name, damage) => {
    const { read, file } = stored();
    writeFileSync(file, damage(readFileSync(file, "utf8")), { mode: 0o600 });
    expect(cachedTreeSet(read, "consult", cache)).toBeUndefined();
  });

  it("ignores an entry readable by others, an entry that is a symlink, and a folder others may write to", () => {
    const { read, file } = stored();
    chmodSync(file, 0o644);
    expect(cachedTreeSet(read, "consult", cache)).toBeUndefined();
    chmodSync(file, 0o600);
    expect(cachedTreeSet(read, "consult", cache)).toBeDefined();

    // The entry replaced by a symlink to an exact copy of it (0600, ours): still refused.
    const real = join(tmp, "real.json");
    cpSync(file, real);
    chmodSync(real, 0o600);
    renameSync(file, join(tmp, "kept.json"));
    symlinkSync(real, file);
    expect(cachedTreeSet(read, "consult", cache)).toBeUndefined();
    rmSync(file);
    renameSync(join(tmp, "kept.json"), file);
    expect(cachedTreeSet(read, "consult", cache)).toBeDefined();

    chmodSync(cache, 0o777);
    expect(cachedTreeSet(read, "consult", cache)).toBeUndefined();
    chmodSync(cache, 0o700);
  });

  it("a consult on a tampered entry runs on freshly checked trees: the real phone number, and the entry replaced", async () => {
    writeFileSync(join(tmp, "antwoorden.yaml"), "gevaar: nee\nsoort: [geld, spijbelen]\noverleg: ja\n");
    const first = await cli(["consult", "--trees", "trees", "--answers", "antwoorden.yaml", "--json"]);
    expect(first.code).toBe(0);
    const file = onlyEntry();
    const real = readFileSync(file, "utf8");
    expect(real).toContain('"0800-0000"');
    // The phone of the contact this route advises, changed inside the cached JSON.
    writeFileSync(file, real.replace('"0800-0000"', '"0900-6666"'), { mode: 0o600 });

    const second = await cli(["consult", "--trees", "trees", "--answers", "antwoorden.yaml", "--json"]);
    expect(second.code).toBe(0);
    const record = JSON.parse(second.out);
    const teamA = record.advice.find((a: { contact: string }) => a.contact === "team-a");
    expect(teamA.phone ?? JSON.stringify(teamA)).toContain("0800-0000");
    expect(second.out).not.toContain("0900-6666");
    // The fresh check replaced the entry.
    expect(readFileSync(onlyEntry(), "utf8")).toBe(real);
  });

  it("an entry with the sha256 made to fit but for other files is not used (its key is the files')", () => {
    const { file } = stored();
    const other = join(tmp, "other");
    cpSync(trees, other, { recursive: true });
    const c = join(other, "contacts.yaml");
    writeFileSync(c, readFileSync(c, "utf8").replace("0800-0000", "0800-2222"));
    const read = readSources([other], tmp);
    // Copy the entry under the other files' name: its header still names the first files' key.
    cpSync(file, join(cache, `set-${entryKey(read)}.json`));
    chmodSync(join(cache, `set-${entryKey(read)}.json`), 0o600);
    expect(cachedTreeSet(read, "consult", cache)).toBeUndefined();
  });
});

describe("cache of checked tree sets: only what passed, only when on", () => {
  it("a consult on trees that break a safety rule stores nothing; a view stores them as structural only", async () => {
    const no112 = join(FIXTURES, "trees/invalid/urgency-first/no-112");
    const consult = await cli(["contacts", "--trees", no112]);
    expect(consult.code).toBe(1);
    expect(entries()).toEqual([]);
    const stats = await cli(["stats", "--trees", no112]);
    expect(stats.code).toBe(0);
    expect(JSON.parse(readFileSync(onlyEntry(), "utf8").split("\n")[0]!).rules).toBe("structural");
    // The consult still refuses them: the structural entry does not count for it.
    expect((await cli(["contacts", "--trees", no112])).code).toBe(1);
  });

  it("--no-cache and SIGNAALROUTE_NO_CACHE=1 neither read nor write the cache", async () => {
    expect((await cli(["--no-cache", "trees", "--trees", "trees"])).code).toBe(0);
    expect((await cli(["trees", "--trees", "trees", "--no-cache"])).code).toBe(0);
    expect((await cli(["trees", "--trees", "trees"], { SIGNAALROUTE_NO_CACHE: "1" })).code).toBe(0);
    expect(existsSync(cache)).toBe(false);
    expect((await cli(["trees", "--trees", "trees"])).code).toBe(0);
    const file = onlyEntry();
    // Tampered, but not read: --no-cache checks afresh (and leaves the entry alone).
    writeFileSync(file, "damaged", { mode: 0o600 });
    const run = await cli(["--no-cache", "contacts", "--trees", "trees", "--json"]);
    expect(run.out).toContain("0800-0000");
    expect(readFileSync(file, "utf8")).toBe("damaged");
  });

  it("views and consults on unchanged trees use the entry: trees, contacts, stats, graph", async () => {
    expect((await cli(["trees", "--trees", "trees"])).code).toBe(0);
    const file = onlyEntry();
    const before = statSync(file).mtimeMs;
    // Marked inside the entry (with its sha256 made to fit): what they show proves they read the entry.
    const text = readFileSync(file, "utf8");
    const [header, body] = [text.slice(0, text.indexOf("\n")), text.slice(text.indexOf("\n") + 1)];
    const marked = body
      .replace('"Testteam A"', '"Testteam A (uit de cache)"')
      .replace('"Blijf opletten"', '"Blijf opletten (uit de cache)"');
    const { createHash } = await import("node:crypto");
    const h = JSON.parse(header);
    writeFileSync(
      file,
      `${JSON.stringify({ ...h, sha256: createHash("sha256").update(marked).digest("hex") })}\n${marked}`,
      { mode: 0o600 },
    );
    utimesSync(file, new Date(before - 60_000), new Date(before - 60_000));
    expect((await cli(["contacts", "--trees", "trees"])).out).toContain("Testteam A (uit de cache)");
    // The graph wraps node labels at word boundaries (Mermaid at 22 characters).
    expect((await cli(["graph", "--trees", "trees"])).out).toContain("Blijf opletten (uit de<br/>cache)");
    expect((await cli(["stats", "--trees", "trees", "--json"])).code).toBe(0);
    // A hit counts as a use (for pruning).
    expect(statSync(file).mtimeMs).toBeGreaterThan(before - 60_000);
  });
});

describe("cache of checked tree sets: bounded", () => {
  it(`keeps the ${MAX_ENTRIES} most recently used entries, and removes old temporary files`, () => {
    const sets: ReturnType<typeof readSources>[] = [];
    for (let i = 0; i < MAX_ENTRIES + 3; i++) {
      const dir = join(tmp, `v${i}`);
      cpSync(BASIC, dir, { recursive: true });
      writeFileSync(join(dir, "start.yaml"), `${readFileSync(join(dir, "start.yaml"), "utf8")}\n# version ${i}\n`);
      const { read, set } = fresh(dir);
      storeTreeSet(read, "consult", set, cache);
      // Distinct times, oldest first.
      utimesSync(
        join(cache, `set-${entryKey(read)}.json`),
        new Date(Date.now() - (100 - i) * 1000),
        new Date(Date.now() - (100 - i) * 1000),
      );
      sets.push(read);
    }
    prune(cache);
    expect(entries()).toHaveLength(MAX_ENTRIES);
    expect(cachedTreeSet(sets[0]!, "consult", cache)).toBeUndefined();
    expect(cachedTreeSet(sets[MAX_ENTRIES + 2]!, "consult", cache)).toBeDefined();

    const stale = join(cache, `set-${"a".repeat(64)}.json.${"0".repeat(12)}.tmp`);
    const recent = join(cache, `set-${"b".repeat(64)}.json.${"0".repeat(12)}.tmp`);
    writeFileSync(stale, "x");
    writeFileSync(recent, "x");
    utimesSync(stale, new Date(Date.now() - 2 * 3600_000), new Date(Date.now() - 2 * 3600_000));
    prune(cache);
    expect(existsSync(stale)).toBe(false);
    expect(existsSync(recent)).toBe(true);
  });
});

describe("cache of checked tree sets: where, and what can be stored", () => {
  it("is $XDG_CACHE_HOME/signaalroute, else the platform's cache folder, else none", () => {
    expect(cacheDir({ XDG_CACHE_HOME: "/x/cache", HOME: "/home/a" }, "linux")).toBe("/x/cache/signaalroute");
    expect(cacheDir({ HOME: "/home/a" }, "linux")).toBe("/home/a/.cache/signaalroute");
    expect(cacheDir({ HOME: "/Users/a" }, "darwin")).toBe("/Users/a/Library/Caches/signaalroute");
    expect(cacheDir({ LOCALAPPDATA: "C:\\Users\\a\\AppData\\Local" }, "win32")).toMatch(/signaalroute[\\/]Cache$/);
    // A relative XDG_CACHE_HOME is ignored, as the XDG spec asks.
    expect(cacheDir({ XDG_CACHE_HOME: "rel", HOME: "/home/a" }, "linux")).toBe("/home/a/.cache/signaalroute");
    // No home in the environment (as in the tests' in-process runs): no cache, never the real home guessed.
    expect(cacheDir({}, "linux")).toBeUndefined();
  });
});
