import type { Graph } from "../analysis/graph.js";
import { visible, type Lang } from "../model/text.js";
import { visibleLines } from "./visible-lines.js";
import { URGENCIES } from "../model/urgency.js";
import { MERMAID_WIDTHS, toFlowchart, type FlowNode } from "./flowchart.js";

// Mermaid flowchart, pure. Every id is a safe id derived from the node id
// (`n_` + id with `-` as `_`; tree ids alike), so no node id can collide with
// a Mermaid keyword such as `end`, and every label is quoted with its special
// characters written as entity codes.

export const URGENCY_COLOURS = {
  acuut: { fill: "#c62828", stroke: "#7f0000", text: "#ffffff" },
  spoed: { fill: "#ef6c00", stroke: "#a33c00", text: "#ffffff" },
  regulier: { fill: "#fdd835", stroke: "#a08600", text: "#000000" },
  advies: { fill: "#66bb6a", stroke: "#2e7d32", text: "#000000" },
} as const;

/** Mermaid-safe id: node ids match ^[a-z0-9][a-z0-9-]*$, so this is unique and injective. */
export function mermaidId(id: string): string {
  if (id.startsWith("tree:")) return `x_${id.slice(5).replace(/-/g, "_")}`;
  return `n_${id.replace(/-/g, "_")}`;
}

const ENTITIES: Record<string, string> = {
  '"': "#quot;",
  "<": "#lt;",
  ">": "#gt;",
  "#": "#35;",
  "|": "#124;",
  "`": "#96;",
  ";": "#59;",
  "%": "#37;",
};

/** Text inside a quoted Mermaid label: quote, angle brackets, `#`, `|`, backtick, `;` and `%` as entity codes, in one pass; control characters as \u{..}. */
export function mermaidText(text: string): string {
  return visible(text.replace(/[\r\n]+/g, " ")).replace(/["<>#|`;%]/g, (c) => ENTITIES[c]!);
}

function label(lines: readonly string[]): string {
  return `"${lines.map(mermaidText).join("<br/>")}"`;
}

function shape(n: FlowNode): string {
  // A checklist's items under its question, after an empty line (Mermaid centres every line).
  const l = label(n.items === undefined ? n.lines : [...n.lines, "", ...n.items.map((i) => i.trim())]);
  switch (n.kind) {
    case "question":
      return `{${l}}`;
    case "checklist":
      // A rectangle (drawn bold by its class), not a hexagon: Mermaid widens a hexagon with its height, and the items make it tall.
      return `[${l}]`;
    case "info":
      return `(${l})`;
    case "branch":
      return `{${l}}`;
    case "link":
      return `[[${l}]]`;
    case "outcome":
      return `([${l}])`;
    case "tree":
      return `[/${l}/]`;
  }
}

export function toMermaid(graph: Graph, lang: Lang, onlyTree?: string): string {
  const chart = toFlowchart(graph, lang, onlyTree, MERMAID_WIDTHS);
  const lines: string[] = ["flowchart TD"];
  for (const c of chart.clusters) {
    lines.push(`  subgraph t_${c.tree.replace(/-/g, "_")}[${label([c.title])}]`);
    for (const n of c.nodes) lines.push(`    ${mermaidId(n.id)}${shape(n)}`);
    lines.push("  end");
  }
  for (const n of chart.external) lines.push(`  ${mermaidId(n.id)}${shape(n)}`);
  for (const e of chart.edges) {
    lines.push(
      e.lines === undefined
        ? `  ${mermaidId(e.from)} --> ${mermaidId(e.to)}`
        : `  ${mermaidId(e.from)} -->|${label(e.lines)}| ${mermaidId(e.to)}`,
    );
  }
  for (const u of URGENCIES) {
    const c = URGENCY_COLOURS[u];
    lines.push(`  classDef ${u} fill:${c.fill},stroke:${c.stroke},color:${c.text}`);
  }
  lines.push("  classDef info fill:#e3f2fd,stroke:#1565c0,color:#000000");
  lines.push("  classDef checklist stroke-width:3px");
  lines.push("  classDef link fill:#eeeeee,stroke:#616161,stroke-dasharray:5 5,color:#000000");
  const all = [...chart.clusters.flatMap((c) => c.nodes), ...chart.external];
  const byClass = new Map<string, string[]>();
  for (const n of all) {
    const cls =
      n.kind === "outcome"
        ? n.urgency!
        : n.kind === "info" || n.kind === "checklist"
          ? n.kind
          : n.kind === "link" || n.kind === "tree"
            ? "link"
            : undefined;
    if (cls) byClass.set(cls, [...(byClass.get(cls) ?? []), mermaidId(n.id)]);
  }
  for (const [cls, ids] of byClass) lines.push(`  class ${ids.join(",")} ${cls}`);
  return visibleLines(lines.join("\n")) + "\n";
}
