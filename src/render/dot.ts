import type { Graph } from "../analysis/graph.js";
import { visible, type Lang } from "../model/text.js";
import { visibleLines } from "./visible-lines.js";
import { DOT_WIDTHS, toFlowchart, type FlowNode } from "./flowchart.js";
import { URGENCY_COLOURS } from "./mermaid.js";

// Graphviz DOT, pure. Every id and label is a quoted string with `\` and `"`
// escaped, so any text in a tree yields DOT that `dot` accepts.

export function dotString(text: string): string {
  return `"${visible(text.replace(/[\r\n]+/g, " "))
    .replace(/\\/g, "\\\\")
    .replace(/"/g, '\\"')}"`;
}

function label(lines: readonly string[], items: readonly string[] = []): string {
  // `\n` inside a quoted DOT string ends a centred line, `\l` a left-aligned one: the question centred, the items under it aligned.
  const esc = (l: string) => dotString(l).slice(1, -1);
  const centred = lines.map(esc).join("\\n");
  return items.length === 0 ? `"${centred}"` : `"${centred}\\n\\n${items.map((l) => `${esc(l)}\\l`).join("")}"`;
}

function attrs(n: FlowNode): string {
  const l = `label=${label(n.lines, n.items)}`;
  switch (n.kind) {
    case "question":
      return `shape=diamond, ${l}`;
    case "checklist":
      // A box, not a hexagon: a hexagon around a list of items is twice as wide as the list.
      return `shape=box, style="bold", ${l}`;
    case "info":
      return `shape=box, style="rounded,filled", fillcolor="#e3f2fd", color="#1565c0", ${l}`;
    case "branch":
      return `shape=diamond, style="dashed", color="#616161", ${l}`;
    case "link":
      return `shape=box, style="dashed,filled", fillcolor="#eeeeee", color="#616161", ${l}`;
    case "tree":
      return `shape=folder, style=filled, fillcolor="#eeeeee", ${l}`;
    case "outcome": {
      const c = URGENCY_COLOURS[n.urgency!];
      return `shape=box, style="rounded,filled,bold", fillcolor="${c.fill}", color="${c.stroke}", fontcolor="${c.text}", ${l}`;
    }
  }
}

export function toDot(graph: Graph, lang: Lang, onlyTree?: string): string {
  const chart = toFlowchart(graph, lang, onlyTree, DOT_WIDTHS);
  const lines: string[] = [
    'digraph "signaalroute" {',
    // Top to bottom: a consult reads down, and the trees are long chains of questions, so the drawing grows in height, not width.
    '  graph [rankdir=TB, fontname="Helvetica", fontsize=14, labelloc=t, nodesep=0.3, ranksep=0.45];',
    '  node [fontname="Helvetica", fontsize=11, margin="0.12,0.06"];',
    '  edge [fontname="Helvetica", fontsize=9, arrowsize=0.7];',
  ];
  for (const c of chart.clusters) {
    lines.push(`  subgraph ${dotString(`cluster_${c.tree}`)} {`);
    lines.push(`    label=${dotString(c.title)};`);
    lines.push('    style=rounded; color="#9e9e9e";');
    for (const n of c.nodes) lines.push(`    ${dotString(n.id)} [${attrs(n)}];`);
    lines.push("  }");
  }
  for (const n of chart.external) lines.push(`  ${dotString(n.id)} [${attrs(n)}];`);
  for (const e of chart.edges) {
    const a = [
      ...(e.lines === undefined ? [] : [`label=${label(e.lines)}`]),
      ...(e.full === undefined ? [] : [`tooltip=${dotString(e.full)}`]),
    ];
    lines.push(`  ${dotString(e.from)} -> ${dotString(e.to)}${a.length === 0 ? "" : ` [${a.join(", ")}]`};`);
  }
  lines.push("}");
  return visibleLines(lines.join("\n")) + "\n";
}
