import { execFileSync, spawnSync } from "node:child_process";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { buildGraph } from "../../src/analysis/graph.js";
import { main } from "../../src/cli.js";
import { dotString, toDot } from "../../src/render/dot.js";
import { mermaidId, mermaidText, toMermaid } from "../../src/render/mermaid.js";
import { BASIC, FIXTURES, loadSet } from "../helpers.js";
import { fakeIo } from "../fake-io.js";

const basic = buildGraph(loadSet(BASIC));
const tricky = buildGraph(loadSet(join(FIXTURES, "trees/views/tricky")));

const LABEL = String.raw`"[^"]*"`;
const ID = String.raw`[A-Za-z][A-Za-z0-9_]*`;
const MERMAID_LINE = [
  /^flowchart TD$/,
  new RegExp(String.raw`^  subgraph t_[a-z0-9_]+\[${LABEL}\]$`),
  /^ {2}end$/,
  new RegExp(
    String.raw`^ {2,4}${ID}(\{${LABEL}\}|\[${LABEL}\]|\(${LABEL}\)|\[\[${LABEL}\]\]|\(\[${LABEL}\]\)|\[/${LABEL}/\])$`,
  ),
  new RegExp(String.raw`^  ${ID} --> ${ID}$`),
  new RegExp(String.raw`^  ${ID} -->\|${LABEL}\| ${ID}$`),
  /^ {2}classDef [a-z]+ [a-z-]+:[^ ]+( [0-9]+)?(,[a-z-]+:[^ ,]+( [0-9]+)?)*$/,
  new RegExp(String.raw`^  class ${ID}(,${ID})* [a-z]+$`),
];

/** Every line is one statement of the small Mermaid subset we emit, with no raw quote inside a label. */
function checkMermaid(text: string): string[] {
  return text
    .trimEnd()
    .split("\n")
    .filter((line) => !MERMAID_LINE.some((re) => re.test(line)));
}

const hasDot = spawnSync("dot", ["-V"]).status === 0;

describe("graph: Mermaid", () => {
  it("matches the committed snapshot for the basic fixture (all trees, and one tree)", async () => {
    await expect(toMermaid(basic, "nl")).toMatchFileSnapshot("__snapshots__/basic.mmd");
    await expect(toMermaid(basic, "en", "start")).toMatchFileSnapshot("__snapshots__/basic-start.en.mmd");
  });

  it("draws questions as decisions, answers on edges, a subgraph per tree, outcomes coloured by urgency", () => {
    const m = toMermaid(basic, "en");
    expect(m).toContain('  subgraph t_start["Start tree"]');
    // Wrapped at 22 characters (Mermaid's own wrap starts at 200 px), a checklist with its items in a bold box.
    expect(m).toContain('    n_gevaar{"Is the child, or<br/>someone else, in<br/>direct danger right<br/>now?"}');
    expect(m).toContain(
      '    n_soort["Which signals do you<br/>see?<br/><br/>1. Suddenly a lot of<br/>money<br/>2. Truancy<br/>3. Several phones"]',
    );
    expect(m).toContain("  class n_soort checklist");
    // 'Yes' and 'Don't know' both lead to bel-112: one edge.
    expect(m).toContain('  n_gevaar -->|"Yes, there is direct<br/>danger now\u00a0/<br/>Don\'t\u00a0know"| n_bel_112');
    expect(m.match(/n_gevaar --> ?\|[^|]*\| n_bel_112/g)).toHaveLength(1);
    expect(m).toContain("  class n_melden spoed");
    expect(m).toContain("  class n_rustig advies");
    expect(m).toContain("  class n_naar_vervolg link");
    // The link crosses into the other tree's subgraph.
    expect(m).toContain("  n_naar_vervolg --> n_overleg");
  });

  it("one tree: links end at a node named after the other tree", () => {
    const m = toMermaid(basic, "nl", "start");
    expect(m).not.toContain("n_overleg");
    expect(m).toContain('  x_vervolg[/"Vervolg"/]');
    expect(m).toContain("  n_naar_vervolg --> x_vervolg");
  });

  it("escapes quotes, brackets, #, <, |, ; and backticks, and never uses a node id such as `end` raw", () => {
    const m = toMermaid(tricky, "nl");
    expect(checkMermaid(m)).toEqual([]);
    expect(m).toContain("n_end([");
    expect(m).not.toMatch(/^\s+end\(/m);
    expect(m).toContain('-->|"Nee #124; (niet) --#gt;"| n_x_uit');
    expect(mermaidText('a"b<c>#d|e`f;g%h')).toBe("a#quot;b#lt;c#gt;#35;d#124;e#96;f#59;g#37;h");
    expect(mermaidId("o-vraag")).toBe("n_o_vraag");
  });

  it("the grammar check itself catches an unescaped quote", () => {
    expect(checkMermaid('flowchart TD\n    n_a{"say "hi""}')).toHaveLength(1);
    expect(checkMermaid(toMermaid(basic, "nl"))).toEqual([]);
  });
});

describe("graph: DOT", () => {
  it("quotes ids and escapes labels", () => {
    expect(dotString('a "b" \\ c')).toBe('"a \\"b\\" \\\\ c"');
    const d = toDot(basic, "nl");
    expect(d).toContain('"gevaar" [shape=diamond, label="Is het kind, of iemand\\nanders, nu in direct gevaar?"];');
    expect(d).toContain('"gevaar" -> "bel-112" [label="Ja, er is nu direct\\ngevaar\u00a0/ Weet\u00a0ik\u00a0niet"];');
    expect(d).toContain('subgraph "cluster_vervolg" {');
    expect(d).toMatch(/"melden" \[shape=box, style="rounded,filled,bold", fillcolor="#ef6c00"/);
  });

  const title = hasDot
    ? "is accepted by Graphviz `dot -Tsvg` (basic, one tree, tricky labels)"
    : "is accepted by Graphviz `dot -Tsvg` — SKIPPED: `dot` is not on PATH (apt-get install graphviz)";
  it.skipIf(!hasDot)(title, () => {
    for (const text of [toDot(basic, "nl"), toDot(basic, "en", "start"), toDot(tricky, "nl")]) {
      const svg = execFileSync("dot", ["-Tsvg"], { input: text }).toString();
      expect(svg).toContain("<svg");
    }
    const svg = execFileSync("dot", ["-Tsvg"], { input: toDot(tricky, "nl") }).toString();
    expect(svg).toContain("&quot;ik ben bang&quot;");
  });
});

describe("graph command", () => {
  it("prints Mermaid by default and DOT with --format dot", async () => {
    const io = fakeIo();
    expect(await main(["graph", "--trees", BASIC], io)).toBe(0);
    expect(io.stdout()).toMatch(/^flowchart TD\n/);
    const io2 = fakeIo();
    expect(await main(["graph", "vervolg", "--format", "dot", "--trees", BASIC, "--lang", "en"], io2)).toBe(0);
    expect(io2.stdout()).toMatch(/^digraph "signaalroute" \{/);
    expect(io2.stdout()).toContain('label="Follow-up"');
  });

  it("exit 2 for an unknown format or tree, with a suggestion", async () => {
    const io = fakeIo();
    expect(await main(["graph", "--format", "svg", "--trees", BASIC], io)).toBe(2);
    const io2 = fakeIo();
    expect(await main(["graph", "vervlog", "--trees", BASIC], io2)).toBe(2);
    expect(io2.stderr()).toContain("Bedoelt u 'vervolg'?");
  });
});
