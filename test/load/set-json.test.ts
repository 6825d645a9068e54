import { describe, expect, it } from "vitest";
import { readHash } from "../../src/load/read-sources.js";
import { decodeSet, encodeSet, exactJson } from "../../src/load/set-json.js";
import { BASIC } from "../helpers.js";
import { checkedFixture, setContent as content } from "./checked-fixture.js";

const fresh = () => checkedFixture(BASIC, process.cwd());

describe("one encoding of a checked set (the build's copy and the cache)", () => {
  it("gives back the same set, under the files' names it was stored with or the ones given", () => {
    const { read, set } = fresh();
    const text = encodeSet(set)!;
    const back = decodeSet(text, readHash(read))!;
    expect(content(back)).toEqual(content(set));
    const moved = decodeSet(text, set.hash, {
      trees: read.trees.map((t) => t.file.replace("basic", "elders")),
      contacts: "elders/contacts.yaml",
    })!;
    expect([...moved.files.values()].every((f) => f.includes("elders"))).toBe(true);
    expect(moved.contactsFile).toBe("elders/contacts.yaml");
  });

  it.each([
    ["not JSON", () => "{"],
    ["not an object", () => "[]"],
    ["without contacts", (t: string) => JSON.stringify({ ...JSON.parse(t), contacts: undefined })],
    ["a tree without nodes", (t: string) => t.replace('"nodes":', '"knopen":')],
    ["a tree that is null", (t: string) => JSON.stringify({ ...JSON.parse(t), trees: [null] })],
    [
      "a contact that is null",
      (t: string) => {
        const v = JSON.parse(t);
        v.contacts.list[0] = null;
        return JSON.stringify(v);
      },
    ],
    [
      "a node that is null",
      (t: string) => {
        const v = JSON.parse(t);
        const nodes = v.trees[0].tree.nodes;
        nodes[Object.keys(nodes)[0]!] = null;
        return JSON.stringify(v);
      },
    ],
    [
      "a tree whose nodes are null",
      (t: string) => {
        const v = JSON.parse(t);
        v.trees[0].tree.nodes = null;
        return JSON.stringify(v);
      },
    ],
    [
      "a duplicate tree",
      (t: string) => JSON.stringify({ ...JSON.parse(t), trees: [...JSON.parse(t).trees, JSON.parse(t).trees[0]] }),
    ],
  ])("refuses a text that is %s, without throwing", (_name, damage) => {
    const { read, set } = fresh();
    expect(decodeSet(damage(encodeSet(set)!), readHash(read))).toBeUndefined();
  });

  it("refuses when the files given are not one per stored tree", () => {
    const { set } = fresh();
    expect(decodeSet(encodeSet(set)!, set.hash, { trees: ["een.yaml"], contacts: "contacts.yaml" })).toBeUndefined();
  });

  it("does not encode what JSON would give back as something else", () => {
    expect(exactJson({ a: [1, "x", { b: null }], c: true })).toBe('{"a":[1,"x",{"b":null}],"c":true}');
    // An undefined property is dropped and reads back as undefined: the same value.
    expect(exactJson({ a: undefined, b: 1 })).toBe('{"b":1}');
    for (const v of [{ a: NaN }, { a: Infinity }, { a: -0 }, { a: new Date(0) }, { a: [undefined] }, { a: new Map() }])
      expect(exactJson(v)).toBeUndefined();
  });
});
