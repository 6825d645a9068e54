import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { main } from "../../src/cli.js";
import { FIXTURES } from "../helpers.js";
import { fakeIo } from "../fake-io.js";

const OLD = join(FIXTURES, "trees/views/diff-old");
const NEW = join(FIXTURES, "trees/views/diff-new");

describe("diff --exit-code", () => {
  it("exits 1 when the routes differ and 0 when they are the same, like git diff --exit-code; without it, 0 either way", async () => {
    expect(await main(["diff", "--exit-code", OLD, NEW], fakeIo())).toBe(1);
    expect(await main(["diff", "--exit-code", "--json", OLD, NEW], fakeIo())).toBe(1);
    expect(await main(["diff", "--exit-code", OLD, OLD], fakeIo())).toBe(0);
    expect(await main(["diff", OLD, NEW], fakeIo())).toBe(0);
  });

  it("a diff that cannot run is still exit 2", async () => {
    expect(await main(["diff", "--exit-code", OLD, join(FIXTURES, "does-not-exist")], fakeIo())).toBe(2);
  });
});
