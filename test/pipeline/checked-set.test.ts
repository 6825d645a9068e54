import { cpSync, existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { configureTreeCache, resetTreeCache } from "../../src/cache/settings.js";
import * as buildTreeSet from "../../src/load/build-tree-set.js";
import { readSources } from "../../src/load/read-sources.js";
import { checkedSet } from "../../src/pipeline/checked-set.js";
import { checkRules } from "../../src/pipeline/load-checked.js";
import { BASIC, FIXTURES, ROOT, tempDir } from "../helpers.js";

// The content hash is counted through the one function that computes it.
vi.mock("../../src/load/build-tree-set.js", async (importOriginal) => {
  const real = await importOriginal<typeof import("../../src/load/build-tree-set.js")>();
  return { ...real, hashSources: vi.fn(real.hashSources) };
});
const hashes = vi.mocked(buildTreeSet.hashSources);

let tmp: string;
let cache: string;
beforeEach(() => {
  tmp = tempDir("signaalroute-checked-set-");
  cache = join(tmp, "cache");
  configureTreeCache({ XDG_CACHE_HOME: cache }, true);
  hashes.mockClear();
});
afterEach(() => resetTreeCache());

const entries = () => (existsSync(join(cache, "signaalroute")) ? readdirSync(join(cache, "signaalroute")) : []);

describe("checkedSet: the build's copy, else the cache, else check and store", () => {
  it("checks a new set once, stores it, and serves it from the cache after, hashing the files once each time", () => {
    cpSync(BASIC, join(tmp, "trees"), { recursive: true });
    const read = readSources([join(tmp, "trees")], tmp);
    const first = checkedSet(read, "consult", false);
    expect(first.treeSet).toBeUndefined();
    expect(entries()).toEqual([]);
    const checked = first.treeSet ? undefined : first.check(checkRules);
    expect(checked?.treeSet).toBeDefined();
    // Looked up in the cache, parsed, joined into a set and stored: one sha256 over the files.
    expect(hashes).toHaveBeenCalledTimes(1);
    expect(entries()).toHaveLength(1);

    hashes.mockClear();
    const again = checkedSet(readSources([join(tmp, "trees")], tmp), "consult", false);
    expect(again.treeSet).toBeDefined();
    expect(again.treeSet!.hash).toBe(checked!.treeSet!.hash);
    expect(again.treeSet!.main).not.toBe(checked!.treeSet!.main);
    expect(hashes).toHaveBeenCalledTimes(1);
  });

  it("stores nothing for a set that breaks a rule, and says what broke", () => {
    const read = readSources([join(FIXTURES, "trees/invalid/urgency-first/no-112")], tmp);
    const r = checkedSet(read, "consult", false);
    expect(r.treeSet).toBeUndefined();
    const checked = r.treeSet ? undefined : r.check(checkRules);
    expect(checked?.treeSet).toBeUndefined();
    expect(checked?.diagnostics.some((d) => d.severity === "error")).toBe(true);
    expect(entries()).toEqual([]);
  });

  it("serves the bundled folder from the build's copy, and never another folder with the same files", () => {
    resetTreeCache();
    const bundled = checkedSet(readSources([join(ROOT, "trees")], ROOT), "consult", true);
    expect(bundled.treeSet).toBeDefined();
    // The same files copied elsewhere are the same content, but not the bundled folder: checked (or cached) as theirs.
    cpSync(join(ROOT, "trees"), join(tmp, "copy"), { recursive: true });
    expect(checkedSet(readSources([join(tmp, "copy")], tmp), "consult", false).treeSet).toBeUndefined();
  });

  it("checks an edited bundled folder instead of using the build's copy", () => {
    resetTreeCache();
    cpSync(join(ROOT, "trees"), join(tmp, "copy"), { recursive: true });
    const c = join(tmp, "copy", "contacts.yaml");
    writeFileSync(c, `${readFileSync(c, "utf8")}\n# edited\n`);
    // Marked as the bundled folder: the build's copy's hash does not match the edited files.
    expect(checkedSet(readSources([join(tmp, "copy")], tmp), "consult", true).treeSet).toBeUndefined();
  });
});
