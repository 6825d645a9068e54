import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runChecks } from "../../src/check/run-checks.js";
import { references } from "../../src/check/rules/references.js";
import { loadFromTexts } from "../../src/load/load.js";
import { FIXTURES } from "../helpers.js";
import { CONFIG, reported } from "./check-helpers.js";

// A node id read from a file must never resolve to something on Object.prototype: `next: constructor`
// once passed every rule (a plain-object lookup found Object.prototype.constructor) and crashed the consult.
const MEMORY = join(FIXTURES, "trees/valid/memory");
const text = (f: string) => readFileSync(join(MEMORY, f), "utf8");
// Of Object.prototype's own names, those an id may take (ids match ^[a-z0-9][a-z0-9-]*$): today only 'constructor'.
const NAMES = Object.getOwnPropertyNames(Object.prototype).filter((n) => /^[a-z0-9][a-z0-9-]*$/.test(n));

describe("ids named like Object.prototype members", () => {
  it("has names to try", () => {
    expect(NAMES).toContain("constructor");
  });

  it.each(NAMES)("'%s' as an answer's next, a link's node and an entry is an unknown node", (name) => {
    const start = text("start.yaml")
      .replace("nee: {next: soort}", `nee: {next: ${name}}`)
      .replace("entry: gevaar", `entry: ${name}`);
    const r = loadFromTexts([{ file: "start.yaml", text: start }], {
      file: "contacts.yaml",
      text: text("contacts.yaml"),
    });
    expect(r.treeSet).toBeDefined();
    const ds = runChecks(r.treeSet!, CONFIG, [references]);
    expect(ds.filter((d) => d.messageId === "unknown-target" || d.messageId === "unknown-entry").length).toBe(2);
    expect(
      reported(r.treeSet!, references)
        .filter((x) => x.data.id === name)
        .map((x) => x.messageId)
        .sort(),
    ).toEqual(["unknown-entry", "unknown-target"]);
  });
});
