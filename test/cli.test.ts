import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { main, pickLang } from "../src/cli.js";
import { fakeIo } from "./fake-io.js";
import { BASIC, ROOT } from "./helpers.js";

const bin = join(ROOT, "bin/signaalroute.js");
const runBin = (args: string[], env: Record<string, string> = {}) =>
  spawnSync(process.execPath, [bin, ...args], { encoding: "utf8", env: { ...process.env, ...env }, input: "" });

describe("command line", () => {
  it("--help lists the commands with examples and exit codes, in Dutch by default and English with --lang en", async () => {
    const io = fakeIo();
    expect(await main(["--help"], io)).toBe(0);
    expect(io.stdout()).toContain("consult");
    expect(io.stdout()).toContain("Voorbeelden:");
    expect(io.stdout()).toContain("$ signaalroute consult --resume");
    expect(io.stdout()).toContain("Exitcodes:");
    const en = fakeIo();
    await main(["--lang", "en", "consult", "--help"], en);
    expect(en.stdout()).toContain("Examples:");
    expect(en.stdout()).toContain("continue an interrupted consult");
    // The drafts command has its help with examples, and is listed.
    expect(io.stdout()).toContain("drafts");
    const drafts = fakeIo();
    expect(await main(["drafts", "--help"], drafts)).toBe(0);
    expect(drafts.stdout()).toContain("$ signaalroute drafts --purge --yes");
  });

  it("--version prints the package version", async () => {
    const io = fakeIo();
    expect(await main(["--version"], io)).toBe(0);
    expect(io.stdout().trim()).toMatch(/^\d+\.\d+\.\d+/);
  });

  it("a bad flag, a bad --lang value or an unknown command is exit 2 with a message and a suggestion", async () => {
    const io = fakeIo();
    expect(await main(["consult", "--resum"], io)).toBe(2);
    expect(io.stderr()).toContain("onbekende optie");
    expect(io.stderr()).toContain("Bedoelt u --resume?");
    const io2 = fakeIo();
    expect(await main(["--lang", "de", "trees"], io2)).toBe(2);
    expect(io2.stderr()).toContain("nl | en");
    const io3 = fakeIo();
    expect(await main(["consul"], io3)).toBe(2);
    expect(io3.stderr()).toContain("consult");
  });

  it("SIGNAALROUTE_LANG=en reaches the commands, and the help headings follow the language", async () => {
    const io = fakeIo({ env: { SIGNAALROUTE_LANG: "en" } });
    expect(await main(["trees"], io)).toBe(0);
    expect(io.stdout()).toContain("title");
    const nl = fakeIo();
    await main(["consult", "--help"], nl);
    expect(nl.stdout()).toContain("Gebruik: signaalroute consult [opties]");
    expect(nl.stdout()).toContain("Opties:");
  });

  it("picks the language from --lang, then SIGNAALROUTE_LANG, else Dutch", () => {
    expect(pickLang(["--lang", "en"], {})).toBe("en");
    expect(pickLang(["--lang=en"], {})).toBe("en");
    expect(pickLang([], { SIGNAALROUTE_LANG: "en" })).toBe("en");
    expect(pickLang([], {})).toBe("nl");
  });

  it("the installed command: no terminal means exit 3 and a clear message, never a hang or a stack trace", () => {
    const r = runBin(["consult", "--trees", BASIC]);
    expect(r.status).toBe(3);
    expect(r.stderr).toContain("Geen terminal");
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  it("the installed command: an unreadable path is exit 2; broken trees are exit 1 with file:line:col", () => {
    const r = runBin(["validate", "/does/not/exist"]);
    expect(r.status).toBe(2);
    expect(r.stderr).not.toMatch(/\n\s+at /);
    const r2 = runBin(["trees", "--trees", join(ROOT, "test/fixtures/trees/invalid/schema")]);
    expect(r2.status).toBe(1);
    expect(r2.stderr).toMatch(/wrong\.yaml:14:9 {2}fout {2}knoop 'a' > answers\.0: onbekende eigenschap 'nxt'/);
  });

  it("plain output without a terminal, and no colour with NO_COLOR even when forced", () => {
    const r = runBin(["contacts", "112"], { FORCE_COLOR: "1", NO_COLOR: "1" });
    expect(r.status).toBe(0);
    expect(r.stdout).not.toContain("\u001b[");
    const coloured = runBin(["contacts", "112"], { FORCE_COLOR: "1", NO_COLOR: "" });
    expect(coloured.stdout).toContain("\u001b[");
  });

  it("contacts: search ignores case and accents; --json is data", async () => {
    const io = fakeIo();
    expect(await main(["contacts", "--json", "COORDINATOR"], io)).toBe(0);
    const ids = JSON.parse(io.stdout()).map((c: { id: string }) => c.id);
    expect(ids).toContain("zorgcoordinator");
    const none = fakeIo();
    expect(await main(["contacts", "xyzzy-geen-treffer"], none)).toBe(1);
  });
});

describe("errors in a terminal are wrapped at word boundaries", () => {
  it("a long error at 40 columns: no line longer than 40, no word broken", async () => {
    const io = fakeIo({ stdoutIsTTY: true, stdinIsTTY: true, terminalSize: () => ({ columns: 40, rows: 20 }) });
    expect(await main(["routes", "geen-boom"], io)).toBe(2);
    const lines = io.stderr().trimEnd().split("\n");
    expect(lines.length).toBeGreaterThan(1);
    for (const l of lines) expect(l.length).toBeLessThanOrEqual(40);
    // The same words as unwrapped: nothing cut in half.
    const plain = fakeIo();
    await main(["routes", "geen-boom"], plain);
    expect(lines.join(" ").split(/\s+/)).toEqual(plain.stderr().trim().split(/\s+/));
  });
});
