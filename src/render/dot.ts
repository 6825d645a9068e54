import type { Graph } from "../analysis/graph.js";
import { visible, type Lang } from "../model/text.js";
import { visibleLines } from "./visible-lines.js";
import { toFlowchart, type FlowNode } from "./flowchart.js";
import { URGENCY_COLOURS } from "./mermaid.js";

// Graphviz DOT, pure. Every id and label is a quoted string with `\` and `"`
// escaped, so any text in a tree yields DOT that `dot` accepts.

export function dotString(text: string): string {
  return `"${visible(text.replace(/[\r\n]+/g, " ")).replace(/\\/g, "\\\\").replace(/"/g, '\\"')}"`;
}

function label(lines: readonly string[]): string {
  // `\n` inside a quoted DOT string is a centred line break.
  return `"${lines.map((l) => dotString(l).slice(1, -1)).join("\\n")}"`;
}

function attrs(n: FlowNode): string {
  const l = `label=${label(n.lines)}`;
  switch (n.kind) {
    case "question":
      return `shape=diamond, ${l}`;
    case "checklist":
      return `shape=hexagon, ${l}`;
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
  const chart = toFlowchart(graph, lang, onlyTree);
  const lines: string[] = [
    'digraph "signaalroute" {',
    "  rankdir=TB;",
    '  node [fontname="Helvetica", fontsize=11];',
    '  edge [fontname="Helvetica", fontsize=10];',
  ];
  for (const c of chart.clusters) {
    lines.push(`  subgraph ${dotString(`cluster_${c.tree}`)} {`);
    lines.push(`    label=${dotString(c.title)};`);
    lines.push('    style=rounded; color="#9e9e9e";');
    for (const n of c.nodes) lines.push(`    ${dotString(n.id)} [${attrs(n)}];`);
    lines.push("  }");
  }
  for (const n of chart.external) lines.push(`  ${dotString(n.id)} [${attrs(n)}];`);
  for (const e of chart.edges) lines.push(`  ${dotString(e.from)} -> ${dotString(e.to)}${e.label === undefined ? "" : ` [label=${dotString(e.label)}]`};`);
  lines.push("}");
  return visibleLines(lines.join("\n")) + "\n";
}
