import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { main } from "../../src/cli.js";
import { cannotWriteText } from "../../src/i18n/write-error.js";
import { fakeIo } from "../fake-io.js";
import { BASIC } from "../helpers.js";

const errno = (code: string) => Object.assign(new Error(`${code}: something, open 'x'`), { code });

describe("a file that cannot be written says why in words, with the code in brackets", () => {
  it.each([
    ["EACCES", "u mag daar niet schrijven (EACCES)", "you may not write there (EACCES)"],
    ["EPERM", "u mag daar niet schrijven (EPERM)", "you may not write there (EPERM)"],
    ["ENOSPC", "de schijf is vol (ENOSPC)", "the disk is full (ENOSPC)"],
    ["EDQUOT", "uw schijfruimte (quotum) is op (EDQUOT)", "your disk quota is used up (EDQUOT)"],
    ["EROFS", "de schijf is alleen-lezen (EROFS)", "the disk is read-only (EROFS)"],
    ["ENOENT", "de map bestaat niet (ENOENT)", "the folder does not exist (ENOENT)"],
    ["EEXIST", "het bestand bestaat al (EEXIST)", "the file already exists (EEXIST)"],
    ["EISDIR", "dat is een map, geen bestand (EISDIR)", "that is a folder, not a file (EISDIR)"],
    ["ENOTDIR", "een deel van het pad is geen map (ENOTDIR)", "part of the path is not a folder (ENOTDIR)"],
    ["EIO", "schrijffout (EIO)", "write error (EIO)"],
  ])("%s", (code, nl, en) => {
    expect(cannotWriteText("uit/a.json", errno(code))).toEqual({
      nl: `Kan uit/a.json niet schrijven: ${nl}.`,
      en: `Cannot write uit/a.json: ${en}.`,
    });
    // Given as the code alone (a folder found missing before writing), the same words.
    expect(cannotWriteText("uit/a.json", code).en).toBe(`Cannot write uit/a.json: ${en}.`);
  });

  it("an error without a code keeps its own message in the brackets; a code is never read as a method name", () => {
    expect(cannotWriteText("a", new Error("boom")).en).toBe("Cannot write a: write error (boom).");
    expect(cannotWriteText("a", "toString").en).toBe("Cannot write a: write error (toString).");
  });
});

describe("the commands that write a file use it (exit 2)", () => {
  const dir = () => mkdtempSync(join(tmpdir(), "sr-write-"));

  it("region init into a folder that does not exist (ENOENT)", async () => {
    const io = fakeIo({ cwd: dir() });
    expect(await main(["region", "init", "geen-map/regio.yaml"], io)).toBe(2);
    expect(io.stderr()).toContain("Kan geen-map/regio.yaml niet schrijven: de map bestaat niet (ENOENT).");
  });

  it("validate --output-file onto a folder (EISDIR), in English", async () => {
    const cwd = dir();
    mkdirSync(join(cwd, "rapport"));
    const io = fakeIo({ cwd });
    expect(await main(["--lang", "en", "validate", "--output-file", "rapport", BASIC], io)).toBe(2);
    expect(io.stderr()).toContain("Cannot write rapport: that is a folder, not a file (EISDIR).");
  });

  it("docs --out where a file stands (EEXIST), or below a file (ENOTDIR): the folder's reason in words", async () => {
    const cwd = dir();
    writeFileSync(join(cwd, "kaart"), "");
    const io = fakeIo({ cwd });
    expect(await main(["docs", "--out", "kaart", "--trees", BASIC], io)).toBe(2);
    expect(io.stderr()).toContain("Map 'kaart' kan niet worden gemaakt: het bestand bestaat al (EEXIST).");
    const en = fakeIo({ cwd });
    expect(await main(["--lang", "en", "docs", "--out", "kaart/routes", "--trees", BASIC], en)).toBe(2);
    expect(en.stderr()).toContain(
      "Folder 'kaart/routes' cannot be created: part of the path is not a folder (ENOTDIR).",
    );
  });

  it("scenario run --junit into a folder that does not exist (ENOENT)", async () => {
    const io = fakeIo({ cwd: dir() });
    expect(await main(["scenario", "run", "--junit", "nergens/junit.xml"], io)).toBe(2);
    expect(io.stderr()).toContain("Kan nergens/junit.xml niet schrijven: de map bestaat niet (ENOENT).");
  });
});
