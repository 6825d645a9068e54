import { describe, expect, it } from "vitest";
import { defaultConfig, runChecks } from "../../src/check/run-checks.js";
import { BASIC, loadSet } from "../helpers.js";

describe("the basic fixture many tests share", () => {
  it("is clean under every rule, so tests built on it test one thing at a time", () => {
    const ds = runChecks(loadSet(BASIC), defaultConfig("2026-11-28"));
    expect(ds.map((d) => `${d.line}:${d.column} ${d.ruleId} ${d.message.en}`)).toEqual([]);
  });
});
