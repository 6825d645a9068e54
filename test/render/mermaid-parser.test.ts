import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { buildGraph } from "../../src/analysis/graph.js";
import { loadFromPaths } from "../../src/load/load.js";
import { toMermaid } from "../../src/render/mermaid.js";
import { bundledTreesDir } from "../../src/util/package-root.js";
import { BASIC, FIXTURES, loadSet } from "../helpers.js";

// Mermaid's own parser (mermaid 11, a devDependency; never loaded by the CLI), run offline under jsdom,
// instead of the regular expressions in graph.test.ts standing in for it.
// The window and document Mermaid needs at import time; the test itself runs in Node, like the other tests.
async function parser(): Promise<(text: string) => Promise<unknown>> {
  // jsdom ships no types of its own; the little used here is typed by hand (no @types package for one line).
  const jsdom: string = "jsdom";
  const { JSDOM } = (await import(jsdom)) as { JSDOM: new (html: string) => { window: { document: object } } };
  const dom = new JSDOM("<!doctype html><html><body></body></html>");
  Object.assign(globalThis, { window: dom.window, document: dom.window.document });
  const { default: mermaid } = await import("mermaid");
  return (text) => mermaid.parse(text);
}

describe("graph --format mermaid: Mermaid's own parser accepts every graph", () => {
  it("rejects a broken graph (the check can fail)", async () => {
    const parse = await parser();
    await expect(parse('flowchart TD\n  n_a["x"] -->|"y| n_b')).rejects.toThrow();
    await expect(parse("flowchart TD\n  n_a -->")).rejects.toThrow();
  });

  it(
    "accepts the bundled trees, whole and per tree, in Dutch and English, and the tricky fixture's labels",
    { timeout: 120_000 },
    async () => {
      const parse = await parser();
      const bundled = loadFromPaths([bundledTreesDir()], process.cwd()).treeSet!;
      const graphs = [
        buildGraph(bundled),
        buildGraph(loadSet(BASIC)),
        buildGraph(loadSet(join(FIXTURES, "trees/views/tricky"))),
      ];
      let parsed = 0;
      for (const graph of graphs) {
        for (const lang of ["nl", "en"] as const) {
          for (const tree of [undefined, ...graph.set.trees.keys()]) {
            const text = toMermaid(graph, lang, tree);
            await expect(parse(text), `${tree ?? "all"} (${lang})`).resolves.toMatchObject({
              diagramType: "flowchart-v2",
            });
            parsed++;
          }
        }
      }
      expect(parsed).toBeGreaterThanOrEqual(2 * (1 + bundled.trees.size));
    },
  );
});
