import { cpSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { main } from "../../src/cli.js";
import * as buildTreeSet from "../../src/load/build-tree-set.js";
import * as readSmall from "../../src/util/read-small-file.js";
import { fakeIo } from "../fake-io.js";
import { BASIC, ROOT, tempDir } from "../helpers.js";

// Each input file is read once per command and the set's content hash computed once: counted through the
// one safe reader and the one hash function (a second read or hash would be work done twice).
vi.mock("../../src/util/read-small-file.js", async (importOriginal) => {
  const real = await importOriginal<typeof import("../../src/util/read-small-file.js")>();
  return { ...real, readSmallFile: vi.fn(real.readSmallFile) };
});
vi.mock("../../src/load/build-tree-set.js", async (importOriginal) => {
  const real = await importOriginal<typeof import("../../src/load/build-tree-set.js")>();
  return { ...real, hashSources: vi.fn(real.hashSources) };
});
const reads = vi.mocked(readSmall.readSmallFile);
const hashes = vi.mocked(buildTreeSet.hashSources);

const yamlReads = () => {
  const counts = new Map<string, number>();
  for (const [path] of reads.mock.calls) if (/\.ya?ml$/.test(path)) counts.set(path, (counts.get(path) ?? 0) + 1);
  return counts;
};

let tmp: string;
beforeEach(() => {
  tmp = tempDir("sr-reads-once-");
  reads.mockClear();
  hashes.mockClear();
});

async function consult(args: string[], answersText: string): Promise<void> {
  const answers = join(tmp, "answers.yaml");
  writeFileSync(answers, answersText);
  const io = fakeIo({
    cwd: tmp,
    env: { XDG_CACHE_HOME: join(tmp, "cache"), SIGNAALROUTE_DATA_DIR: join(tmp, "data") },
  });
  const code = await main(["consult", "--json", "--answers", answers, ...args], io);
  expect(code, io.stderr()).toBe(0);
}

describe("a consult reads each file once and hashes the set once", () => {
  const basicAnswers = "gevaar: nee\nsoort: []\n";

  it("on the bundled trees (the build's copy)", async () => {
    const scenario = readFileSync(join(ROOT, "scenarios/01-acuut-gevaar-en-uitbuiting.yaml"), "utf8");
    await consult([], scenario.replace(/^casus:[^]*?(?=^answers:)/m, ""));
    expectOnce();
  });

  it("on trees of its own: checked and stored the first time, from the cache the second", async () => {
    cpSync(BASIC, join(tmp, "trees"), { recursive: true });
    await consult(["--trees", join(tmp, "trees")], basicAnswers);
    expectOnce();
    reads.mockClear();
    hashes.mockClear();
    await consult(["--trees", join(tmp, "trees")], basicAnswers);
    expect(
      reads.mock.calls.some(([p]) => /set-[0-9a-f]{64}\.json$/.test(p)),
      "served from the cache",
    ).toBe(true);
    expectOnce();
  });
});

function expectOnce(): void {
  const counts = yamlReads();
  expect(counts.size).toBeGreaterThan(2);
  for (const [path, n] of counts) expect(n, path).toBe(1);
  expect(hashes).toHaveBeenCalledTimes(1);
}
