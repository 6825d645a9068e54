import { execFileSync } from "node:child_process";
import {
  closeSync,
  copyFileSync,
  mkdirSync,
  mkdtempSync,
  openSync,
  symlinkSync,
  ftruncateSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeEach, describe, expect, it } from "vitest";
import { run as validate } from "../../src/commands/validate.js";
import { readSources } from "../../src/load/read-sources.js";
import { MAX_INPUT_BYTES, readSmallFile } from "../../src/util/read-small-file.js";
import { fakeIo } from "../fake-io.js";
import { BASIC } from "../helpers.js";

// One safe reader (issue 13 item 8): a FIFO, /dev/zero, a folder or a huge file is refused at once, with its path.
let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "sr-special-"));
});

describe("readSmallFile", () => {
  it("refuses a FIFO (no writer: it would block for ever), /dev/zero, a folder; reads a regular file and a /proc file", () => {
    const fifo = join(dir, "fifo");
    execFileSync("mkfifo", [fifo]);
    expect(readSmallFile(fifo)).toEqual({ error: "not-a-file" });
    expect(readSmallFile("/dev/zero")).toEqual({ error: "not-a-file" });
    expect(readSmallFile(dir)).toEqual({ error: "not-a-file" });
    expect(readSmallFile(join(dir, "missing"))).toEqual({ error: "missing" });
    writeFileSync(join(dir, "a.txt"), "héllo");
    expect(readSmallFile(join(dir, "a.txt"))).toEqual({ text: "héllo" });
    // /proc files say size 0 and are read to their end all the same.
    const stat = readSmallFile(`/proc/${process.pid}/stat`);
    expect("text" in stat && stat.text.startsWith(`${process.pid} (`)).toBe(true);
  });

  it("refuses a file larger than the limit without reading it (a sparse 8 GB file returns at once)", () => {
    const big = join(dir, "big.yaml");
    const fd = openSync(big, "w");
    ftruncateSync(fd, 8 * 1024 * 1024 * 1024);
    closeSync(fd);
    // Refused from its size alone: reading 8 GB would run out of memory, so no timing is needed.
    expect(readSmallFile(big)).toEqual({ error: "too-large" });
    writeFileSync(join(dir, "edge"), "x".repeat(MAX_INPUT_BYTES));
    expect("text" in readSmallFile(join(dir, "edge"))).toBe(true);
    writeFileSync(join(dir, "over"), "x".repeat(MAX_INPUT_BYTES + 1));
    expect(readSmallFile(join(dir, "over"))).toEqual({ error: "too-large" });
  });
});

describe("trees that are special files", () => {
  it("a FIFO or /dev/zero among the tree files is an io error with its path; the other files are read", () => {
    const trees = join(dir, "trees");
    mkdirSync(trees);
    for (const f of ["start.yaml", "vervolg.yaml", "contacts.yaml"]) copyFileSync(join(BASIC, f), join(trees, f));
    execFileSync("mkfifo", [join(trees, "pijp.yaml")]);
    symlinkSync("/dev/zero", join(trees, "nul.yaml"));
    const read = readSources([trees], dir);
    expect(read.trees.map((t) => t.file).sort()).toEqual(["trees/start.yaml", "trees/vervolg.yaml"]);
    expect(read.diagnostics.map((d) => `${d.file}: ${d.message.en}`).sort()).toEqual([
      "trees/nul.yaml: Not a regular file (a FIFO, device or folder is not read).",
      "trees/pijp.yaml: Not a regular file (a FIFO, device or folder is not read).",
    ]);
  });

  it("validate on a FIFO or on /dev/zero ends at once with the path and exit 1, never a hang", () => {
    const fifo = join(dir, "boom.yaml");
    execFileSync("mkfifo", [fifo]);
    for (const path of [fifo, "/dev/zero"]) {
      const io = fakeIo({ cwd: dir });
      // A hang on the FIFO would never return: the test's timeout is the guard, not a clock.
      const code = validate({ lang: "en", color: false, paths: [path], maxContactAge: 12 }, io);
      expect(code).toBe(1);
      expect(io.stdout() + io.stderr()).toContain("Not a regular file");
    }
  });
});
