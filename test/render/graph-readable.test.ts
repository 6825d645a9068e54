import { execFileSync, spawnSync } from "node:child_process";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { buildGraph } from "../../src/analysis/graph.js";
import { loadFromPaths } from "../../src/load/load.js";
import type { ChecklistNode } from "../../src/model/tree.js";
import { toDot } from "../../src/render/dot.js";
import { checklistRouteSummary, numberRanges } from "../../src/render/flowchart.js";
import { toMermaid } from "../../src/render/mermaid.js";
import { bundledTreesDir } from "../../src/util/package-root.js";
import { FIXTURES, loadSet } from "../helpers.js";

// The graph exports made to be read (issue 11, "Graphs"): labels wrapped at word
// boundaries, checklist routes summarised by item number with the items in the
// node, parallel edges merged. Expected values below are worked out by hand from
// test/fixtures/trees/views/graph/fiets.yaml (greedy wrap: DOT nodes 28, edges 24,
// checklist question and items 36 characters; Mermaid 22/22/24).

const fiets = buildGraph(loadSet(join(FIXTURES, "trees/views/graph")));
const NBSP = "\u00a0";

/** The DOT statements for edges leaving `from`. */
function dotEdges(dot: string, from: string): string[] {
  return dot.split("\n").filter((l) => l.startsWith(`  "${from}" -> `));
}

describe("graph: parallel edges merge", () => {
  it("DOT: 'Ja' and 'Weet ik niet' to the same outcome are one edge, its words joined with a slash (a part of up to 16 characters kept whole)", () => {
    const d = toDot(fiets, "nl");
    expect(dotEdges(d, "q-fiets").filter((l) => l.includes('-> "o-klaar"'))).toEqual([
      `  "q-fiets" -> "o-klaar" [label="Ja${NBSP}/ Weet${NBSP}ik${NBSP}niet"];`,
    ]);
    // The checklist has 6 ways out (4 routes, otherwise, weet ik niet) to 3 targets: 3 edges.
    expect(dotEdges(d, "cl-lampen").map((l) => l.split(" [")[0])).toEqual([
      '  "cl-lampen" -> "o-goed"',
      '  "cl-lampen" -> "o-matig"',
      '  "cl-lampen" -> "o-klaar"',
    ]);
  });

  it("Mermaid: the same merging", () => {
    const m = toMermaid(fiets, "en");
    expect(m).toContain(`  n_q_fiets -->|"Yes${NBSP}/ I${NBSP}don't${NBSP}know"| n_o_klaar\n`);
    expect(m.split("\n").filter((l) => l.startsWith("  n_cl_lampen -->"))).toHaveLength(3);
  });
});

describe("graph: a checklist route is summarised on its edge, the items are in the node", () => {
  it("DOT: summary by item number on the edge, the full condition as a tooltip", () => {
    const d = toDot(fiets, "nl");
    // atLeast 3 of [l1, l2, l3, l4, l7]: items 1 to 4 and 7 of 10.
    expect(d).toContain(
      '  "cl-lampen" -> "o-goed" [label="minstens 3 van 5\\naangevinkt: nrs. 1–4, 7", tooltip="minstens 3 aangevinkt (Voorlamp, Achterlamp, Reflector voor, Reflector achter, Bel)"];',
    );
    // anyOf [l1, l2, l5, l6] and anyOf [l8], both to o-matig.
    expect(d).toContain(
      `  "cl-lampen" -> "o-matig" [label="1 of meer van 4\\naangevinkt: nrs. 1, 2,\\n5, 6${NBSP}/ nr.${NBSP}8${NBSP}aangevinkt", tooltip="aangevinkt: Voorlamp of Achterlamp of Spaakreflectoren of Pedaalreflectoren / aangevinkt: Slot"];`,
    );
    // anyOf of all 10 items, otherwise and weet ik niet, all to o-klaar.
    expect(d).toContain(
      `  "cl-lampen" -> "o-klaar" [label="1 of meer van de 10\\naangevinkt${NBSP}/ anders${NBSP}/\\nWeet${NBSP}ik${NBSP}niet", tooltip="aangevinkt: Voorlamp of `,
    );
  });

  it("DOT: the node lists the items numbered and left-aligned (\\l), a long item hanging under its text", () => {
    const d = toDot(fiets, "nl");
    expect(d).toContain(
      '  "cl-lampen" [shape=box, style="bold", label="Welke onderdelen heeft de\\ntest-fiets?\\n\\n1. Voorlamp\\l2. Achterlamp\\l3. Reflector voor\\l4. Reflector achter\\l5. Spaakreflectoren\\l6. Pedaalreflectoren\\l7. Bel\\l8. Slot\\l9. Standaard\\l10. Spatbord dat aan beide kanten\\l    vastzit\\l"];',
    );
  });

  it("Mermaid: the items under the question, the node drawn as a bold box", () => {
    const m = toMermaid(fiets, "nl");
    expect(m).toContain(
      '    n_cl_lampen["Welke onderdelen heeft<br/>de test-fiets?<br/><br/>1. Voorlamp<br/>2. Achterlamp<br/>3. Reflector voor<br/>4. Reflector achter<br/>5. Spaakreflectoren<br/>6. Pedaalreflectoren<br/>7. Bel<br/>8. Slot<br/>9. Standaard<br/>10. Spatbord dat aan<br/>beide kanten vastzit"]\n',
    );
    expect(m).toContain("  class n_cl_lampen checklist\n");
    expect(m).toContain("  classDef checklist stroke-width:3px\n");
  });

  it("English, and a route with both conditions", () => {
    expect(toDot(fiets, "en")).toContain(
      '  "cl-lampen" -> "o-goed" [label="at least 3 of 5 ticked:\\nnos. 1–4, 7", tooltip=',
    );
    const node = fiets.set.nodes.get("cl-lampen")!.node as ChecklistNode;
    expect(checklistRouteSummary(node, { anyOf: ["l8"], atLeast: 2, next: "o-goed" }, "nl")).toBe(
      "nr. 8 aangevinkt en minstens 2 van de 10 aangevinkt",
    );
    expect(checklistRouteSummary(node, { anyOf: ["l10", "l9"], next: "o-goed" }, "en")).toBe(
      "1 or more of 2 ticked: nos. 9, 10",
    );
    expect(checklistRouteSummary(node, { next: "o-goed" }, "en")).toBe("always");
  });

  it("item numbers: runs of three or more as a range", () => {
    expect(numberRanges([7, 1, 2, 3, 5, 8])).toBe("1–3, 5, 7, 8");
    expect(numberRanges([4, 2])).toBe("2, 4");
    expect(numberRanges([1, 2, 3, 4, 5, 6, 7, 8, 9, 10])).toBe("1–10");
    expect(numberRanges([])).toBe("");
  });
});

describe("graph: labels wrap at word boundaries", () => {
  it("DOT: a long question and a long answer", () => {
    const d = toDot(fiets, "nl");
    expect(d).toContain(
      '  "q-fiets" [shape=diamond, label="Heeft de test-fiets een bel\\ndie je op de hele\\nspeelplaats hoort?"];',
    );
    expect(d).toContain(
      '  "q-fiets" -> "cl-lampen" [label="Nee, de fiets heeft geen\\nbel en ook geen ander\\nsignaal om te\\nwaarschuwen"];',
    );
  });

  it("Mermaid: narrower, so Mermaid's own 200 px wrap never splits a line again", () => {
    const m = toMermaid(fiets, "nl");
    expect(m).toContain(
      '    n_q_fiets{"Heeft de test-fiets<br/>een bel die je op de<br/>hele speelplaats<br/>hoort?"}\n',
    );
    expect(m).toContain(
      '  n_q_fiets -->|"Nee, de fiets heeft<br/>geen bel en ook geen<br/>ander signaal om te<br/>waarschuwen"| n_cl_lampen\n',
    );
  });

  it("a global graph font and size for titles, nodes and edges", () => {
    const d = toDot(fiets, "nl");
    expect(d).toMatch(/^ {2}graph \[rankdir=TB, fontname="Helvetica", fontsize=\d+/m);
    expect(d).toMatch(/^ {2}node \[fontname="Helvetica", fontsize=\d+/m);
    expect(d).toMatch(/^ {2}edge \[fontname="Helvetica", fontsize=\d+/m);
  });
});

// The layout Graphviz makes of the bundled trees: the shape, the width of every edge label, no doubled edges.
interface DotJson {
  bb: string;
  edges?: { tail: number; head: number; _ldraw_?: { op: string; width?: number; text?: string }[] }[];
}

const hasDot = spawnSync("dot", ["-V"]).status === 0;
const layoutTitle = hasDot
  ? "the bundled trees as Graphviz lays them out (dot -Tjson): no wider than 3 x their height, edge labels at most 2.5 in wide, no two edges between the same nodes"
  : "the bundled trees' Graphviz layout — SKIPPED: `dot` is not on PATH (apt-get install graphviz)";

describe("graph: layout of the bundled trees", () => {
  it.skipIf(!hasDot)(layoutTitle, { timeout: 60_000 }, () => {
    const set = loadFromPaths([bundledTreesDir()], process.cwd()).treeSet!;
    const graph = buildGraph(set);
    const trees = [...set.trees.values()].sort((a, b) => Object.keys(b.nodes).length - Object.keys(a.nodes).length);
    const largest = trees[0]!.id;
    expect(Object.keys(trees[0]!.nodes).length).toBeGreaterThanOrEqual(20);
    const checked: string[] = [];
    for (const tree of [largest, ...trees.slice(1).map((t) => t.id), undefined]) {
      for (const lang of ["nl", "en"] as const) {
        const what = `${tree ?? "all trees"} (${lang})`;
        const layout = JSON.parse(
          execFileSync("dot", ["-Tjson"], { input: toDot(graph, lang, tree), maxBuffer: 64 * 1024 * 1024 }).toString(),
        ) as DotJson;
        const [, , width, height] = layout.bb.split(",").map(Number) as [number, number, number, number];
        expect(width, `${what}: ${width} x ${height} pt`).toBeLessThanOrEqual(3 * height);
        // A label line of 2.5 in at 9 pt is about 45 characters; before the wrap, checklist labels were over 50 in.
        for (const e of layout.edges ?? []) {
          for (const op of e._ldraw_ ?? [])
            if (op.op === "T") expect(op.width!, `${what}: edge label line '${op.text}'`).toBeLessThanOrEqual(180);
        }
        const pairs = (layout.edges ?? []).map((e) => `${e.tail}->${e.head}`);
        expect(new Set(pairs).size, `${what}: doubled edges`).toBe(pairs.length);
        checked.push(what);
      }
    }
    expect(checked).toHaveLength(2 * (set.trees.size + 1));
  });
});
