import { existsSync } from "node:fs";
import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { tempDir } from "./helpers.js";

// tempDir's clean-up, seen from outside: a folder made in a test is gone in the next one; one made in a describe
// lives through the file's tests.
describe("tempDir", () => {
  const fileWide = tempDir("sr-tempdir-file-");
  let inTest = "";
  let inHook = "";
  const hooks: string[] = [];
  beforeEach(() => {
    inHook = tempDir("sr-tempdir-hook-");
    hooks.push(inHook);
  });

  it("makes a folder", () => {
    inTest = tempDir("sr-tempdir-test-");
    expect(existsSync(inTest)).toBe(true);
    expect(existsSync(inHook)).toBe(true);
  });

  it("removes a test's folder (and a beforeEach's) when the test has finished; keeps one made outside tests", () => {
    expect(inTest).not.toBe("");
    expect(existsSync(inTest)).toBe(false);
    expect(hooks).toHaveLength(2);
    expect(existsSync(hooks[0]!)).toBe(false);
    expect(existsSync(hooks[1]!)).toBe(true);
    expect(existsSync(fileWide)).toBe(true);
  });

  afterAll(() => {
    // Runs before helpers' own afterAll (hooks of the describe first): still there.
    expect(existsSync(fileWide)).toBe(true);
  });
});
