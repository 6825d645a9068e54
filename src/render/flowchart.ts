import type { Graph } from "../analysis/graph.js";
import type { Lang } from "../model/text.js";
import type { NodeKind } from "../model/tree.js";
import { URGENCY_TEXT, type Urgency } from "../model/urgency.js";
import { BRANCH_TITLE, edgeText } from "./route-text.js";

// The flowchart both exports draw: one plain structure taken from the one
// graph, so Mermaid and DOT show exactly the same nodes, edges and labels.

export interface FlowNode {
  readonly id: string;
  readonly kind: NodeKind | "tree";
  /** Lines of the label (already wrapped). */
  readonly lines: readonly string[];
  readonly urgency?: Urgency;
}

export interface FlowCluster {
  readonly tree: string;
  readonly title: string;
  readonly nodes: readonly FlowNode[];
}

export interface FlowEdge {
  readonly from: string;
  readonly to: string;
  readonly label?: string;
}

export interface Flowchart {
  readonly clusters: readonly FlowCluster[];
  /** Other trees a single-tree chart links to, drawn as one node each (id `tree:<id>`). */
  readonly external: readonly FlowNode[];
  readonly edges: readonly FlowEdge[];
}

const WRAP = 32;

/** Greedy word wrap, so a long question does not become a very wide diamond. */
export function wrap(text: string, width = WRAP): string[] {
  const lines: string[] = [];
  let line = "";
  for (const word of text.replace(/\s+/g, " ").trim().split(" ")) {
    if (line && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines.length > 0 ? lines : [""];
}

/** The flowchart of the whole set, or of one tree with its links pointing at the other trees by name. */
export function toFlowchart(graph: Graph, lang: Lang, onlyTree?: string): Flowchart {
  const set = graph.set;
  const clusters: FlowCluster[] = [];
  const external = new Map<string, FlowNode>();
  const edges: FlowEdge[] = [];
  for (const tree of set.trees.values()) {
    if (onlyTree !== undefined && tree.id !== onlyTree) continue;
    const nodes: FlowNode[] = [];
    for (const node of Object.values(tree.nodes)) {
      switch (node.kind) {
        case "question":
        case "checklist":
          nodes.push({ id: node.id, kind: node.kind, lines: wrap(node.text[lang]) });
          break;
        case "info":
          nodes.push({ id: node.id, kind: "info", lines: wrap((node.title ?? node.text)[lang]) });
          break;
        case "link":
          nodes.push({ id: node.id, kind: "link", lines: wrap(`→ ${set.trees.get(node.tree)?.title[lang] ?? node.tree}`) });
          break;
        case "branch":
          nodes.push({ id: node.id, kind: "branch", lines: wrap(BRANCH_TITLE[lang]) });
          break;
        case "outcome":
          nodes.push({ id: node.id, kind: "outcome", urgency: node.urgency, lines: [...wrap(node.title[lang]), URGENCY_TEXT[node.urgency][lang]] });
          break;
      }
      for (const e of graph.out.get(node.id) ?? []) {
        const targetTree = set.nodes.get(e.target)!.tree;
        let to = e.target;
        if (onlyTree !== undefined && targetTree.id !== onlyTree) {
          to = `tree:${targetTree.id}`;
          if (!external.has(to)) external.set(to, { id: to, kind: "tree", lines: wrap(targetTree.title[lang]) });
        }
        const label = node.kind === "link" || node.kind === "info" ? undefined : edgeText(set, node, e.label, lang);
        edges.push(label === undefined ? { from: node.id, to } : { from: node.id, to, label });
      }
    }
    clusters.push({ tree: tree.id, title: tree.title[lang], nodes });
  }
  return { clusters, external: [...external.values()], edges };
}
