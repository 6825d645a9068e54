import { readFileSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { saveScenario } from "../../src/scenario/save.js";
import { linkOrCreate, writePrivateFile } from "../../src/util/private-file.js";
import { fakeIo } from "../fake-io.js";
import { tempDir } from "../helpers.js";

const folder = () => tempDir("sr-private-");

describe("writePrivateFile", () => {
  it("writes 0600 and replaces an existing file by default", () => {
    const f = join(folder(), "a.txt");
    writeFileSync(f, "old");
    writePrivateFile(f, "new");
    expect(readFileSync(f, "utf8")).toBe("new");
    expect(statSync(f).mode & 0o777).toBe(0o600);
  });

  it("with noClobber keeps an existing file and says so (EEXIST)", () => {
    const f = join(folder(), "a.txt");
    writeFileSync(f, "old");
    expect(() => writePrivateFile(f, "new", { noClobber: true })).toThrow(expect.objectContaining({ code: "EEXIST" }));
    expect(readFileSync(f, "utf8")).toBe("old");
  });

  it("without hard links (EPERM, as on some network and FAT file systems) creates exclusively: written once, never over a file", () => {
    const dir = folder();
    const tmp = join(dir, "t.tmp");
    writeFileSync(tmp, "unused");
    const noLinks = () => {
      throw Object.assign(new Error("no links here"), { code: "EPERM" });
    };
    const f = join(dir, "b.txt");
    linkOrCreate(tmp, f, "first", noLinks);
    expect(readFileSync(f, "utf8")).toBe("first");
    expect(statSync(f).mode & 0o777).toBe(0o600);
    expect(() => linkOrCreate(tmp, f, "second", noLinks)).toThrow(expect.objectContaining({ code: "EEXIST" }));
    expect(readFileSync(f, "utf8")).toBe("first");
  });

  it("passes on other link errors", () => {
    const dir = folder();
    const fail = () => {
      throw Object.assign(new Error("disk full"), { code: "ENOSPC" });
    };
    expect(() => linkOrCreate(join(dir, "t"), join(dir, "c.txt"), "x", fail)).toThrow(
      expect.objectContaining({ code: "ENOSPC" }),
    );
  });
});

describe("saveScenario", () => {
  it("never overwrites a file made after the consult started: it prints the scenario instead", () => {
    const dir = folder();
    writeFileSync(join(dir, "s.yaml"), "someone else's file");
    const io = fakeIo({ cwd: dir });
    saveScenario("s.yaml", "answers: {}\n", io, "en");
    expect(readFileSync(join(dir, "s.yaml"), "utf8")).toBe("someone else's file");
    expect(io.stdout()).toContain("answers: {}");
    expect(io.stderr()).toContain("Cannot write s.yaml: the file already exists (EEXIST).");
  });
});
