import type { Graph } from "../analysis/graph.js";
import { m, mf } from "../i18n/messages.js";
import type { Lang } from "../model/text.js";
import type { ChecklistNode, ChecklistRoute, NodeKind, TreeNode } from "../model/tree.js";
import type { TreeSet } from "../model/tree-set.js";
import { routeIndex } from "../model/route-label.js";
import { URGENCY_TEXT, type Urgency } from "../model/urgency.js";
import { BRANCH_TITLE, checklistRouteText, edgeText } from "./route-text.js";
import { wrapWords } from "./wrap.js";

// The flowchart both exports draw: one plain structure taken from the one
// graph, so Mermaid and DOT show exactly the same nodes, edges and labels.
// Made to be read: labels wrapped at word boundaries, a checklist's items
// listed (numbered) in its node with a short summary on each edge, and the
// edges from one node to the same target merged into one ("Ja / Weet ik niet").

export interface FlowNode {
  readonly id: string;
  readonly kind: NodeKind | "tree";
  /** Lines of the label (already wrapped). */
  readonly lines: readonly string[];
  /** A checklist's items, numbered and wrapped (continuation lines indented under the text); drawn under its question. */
  readonly items?: readonly string[];
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
  /** Lines of the label (already wrapped); absent for an edge that needs no words (info, link). */
  readonly lines?: readonly string[];
  /** The conditions in full, when the label summarises them (a checklist route); DOT shows it as a tooltip. */
  readonly full?: string;
}

export interface Flowchart {
  readonly clusters: readonly FlowCluster[];
  /** Other trees a single-tree chart links to, drawn as one node each (id `tree:<id>`). */
  readonly external: readonly FlowNode[];
  readonly edges: readonly FlowEdge[];
}

/** Label widths in characters: a node's label, an edge's, and a checklist's question and items (numbered) in its node. */
export interface Widths {
  readonly node: number;
  readonly edge: number;
  readonly item: number;
}

/** For Graphviz: edges narrower than nodes, so a label does not push the nodes apart; the items left-aligned in a wider box. */
export const DOT_WIDTHS: Widths = { node: 28, edge: 24, item: 36 };
/**
 * For Mermaid, which wraps any line wider than 200 px again by itself (its
 * default font at 16 px: about 25 characters), so every line stays under that.
 */
export const MERMAID_WIDTHS: Widths = { node: 22, edge: 22, item: 24 };

/**
 * Word wrap at word boundaries (wrap.ts's wrapWords, as the terminal
 * output wraps), so a long question does not become a very wide diamond. A
 * word longer than the line stays whole.
 */
export function wrap(text: string, width: number): string[] {
  // Runs of white space as one space, except a no-break space (it joins the parts of a merged label).
  const flat = text.replace(/[^\S\u00a0]+/g, " ").trim();
  if (flat === "") return [""];
  return wrapWords(flat, width);
}

/** "1–3, 5, 7, 8": item numbers, runs of three or more as a range. */
export function numberRanges(nrs: readonly number[]): string {
  const sorted = [...new Set(nrs)].sort((a, b) => a - b);
  const parts: string[] = [];
  for (let i = 0; i < sorted.length;) {
    let j = i;
    while (j + 1 < sorted.length && sorted[j + 1] === sorted[j]! + 1) j++;
    if (j - i >= 2) parts.push(`${sorted[i]}–${sorted[j]}`);
    else for (let k = i; k <= j; k++) parts.push(String(sorted[k]));
    i = j + 1;
  }
  return parts.join(", ");
}

/** A checklist's items as numbered, wrapped lines: "1. Heeft opeens dure" / "   spullen". */
function itemLines(node: ChecklistNode, lang: Lang, width: number): string[] {
  return node.items.flatMap((item, i) => {
    const marker = `${i + 1}. `;
    return wrap(item.label[lang], width - marker.length).map(
      (l, j) => (j === 0 ? marker : " ".repeat(marker.length)) + l,
    );
  });
}

/**
 * A checklist route's condition in a few words, by item number: "1 of meer
 * van de 13 aangevinkt", "minstens 2 van 4 aangevinkt: nrs. 1–3, 7". The
 * numbers are those of the items listed in the node.
 */
export function checklistRouteSummary(node: ChecklistNode, route: ChecklistRoute, lang: Lang): string {
  const nr = (id: string) => node.items.findIndex((i) => i.id === id) + 1;
  const all = (ids: readonly string[]) => node.items.every((i) => ids.includes(i.id));
  const parts: string[] = [];
  if (route.anyOf) {
    const ids = [...new Set(route.anyOf)];
    if (ids.length === 1) parts.push(mf("graphTickedOne", lang, { nr: nr(ids[0]!) }));
    else if (all(ids)) parts.push(mf("graphTickedAnyAll", lang, { n: ids.length }));
    else parts.push(mf("graphTickedAnySome", lang, { n: ids.length, nrs: numberRanges(ids.map(nr)) }));
  }
  if (route.atLeast !== undefined) {
    const pool = route.of ? [...new Set(route.of)] : node.items.map((i) => i.id);
    if (all(pool)) parts.push(mf("graphAtLeastAll", lang, { n: route.atLeast, total: pool.length }));
    else
      parts.push(
        mf("graphAtLeastSome", lang, { n: route.atLeast, total: pool.length, nrs: numberRanges(pool.map(nr)) }),
      );
  }
  if (parts.length === 0) return m("routeAlways", lang);
  return parts.join(m("wordAnd", lang));
}

/** The words on one edge, and the full condition when those words summarise it. */
function edgeWords(set: TreeSet, node: TreeNode, label: string, lang: Lang): { text: string; full?: string } {
  const i = routeIndex(label);
  if (node.kind === "checklist" && i !== undefined) {
    const route = node.routes[i];
    // A route naming an item the checklist lacks (the references rule reports it) is shown in full, with the bare id: it has no number.
    const known = (ids: readonly string[] = []) => ids.every((id) => node.items.some((i) => i.id === id));
    if (route && known(route.anyOf) && known(route.of))
      return { text: checklistRouteSummary(node, route, lang), full: checklistRouteText(node, route, lang) };
  }
  return { text: edgeText(set, node, label, lang) };
}

/** Between the parts of a merged label; the no-break space keeps the slash at the end of a line, never at the start. */
const MERGED = "\u00a0/ ";
/** A part of a merged label this short is kept on one line (its spaces made no-break): "Weet ik niet", not "Weet ik" and "niet". */
const KEEP_WHOLE = 16;

function nodeOf(set: TreeSet, lang: Lang, node: TreeNode, w: Widths): FlowNode {
  switch (node.kind) {
    case "question":
      return { id: node.id, kind: node.kind, lines: wrap(node.text[lang], w.node) };
    case "checklist":
      // The question as wide as the items under it, so the box has no empty corners.
      return {
        id: node.id,
        kind: node.kind,
        lines: wrap(node.text[lang], w.item),
        items: itemLines(node, lang, w.item),
      };
    case "info":
      return { id: node.id, kind: "info", lines: wrap((node.title ?? node.text)[lang], w.node) };
    case "link":
      return {
        id: node.id,
        kind: "link",
        lines: wrap(`→ ${set.trees.get(node.tree)?.title[lang] ?? node.tree}`, w.node),
      };
    case "branch":
      return { id: node.id, kind: "branch", lines: wrap(BRANCH_TITLE[lang], w.node) };
    case "outcome":
      // The urgency line as wide as an item: one line where there is room ("Regulier: binnen enkele dagen").
      return {
        id: node.id,
        kind: "outcome",
        urgency: node.urgency,
        lines: [...wrap(node.title[lang], w.node), ...wrap(URGENCY_TEXT[node.urgency][lang], w.item)],
      };
  }
}

/** The flowchart of the whole set, or of one tree with its links pointing at the other trees by name. */
export function toFlowchart(graph: Graph, lang: Lang, onlyTree: string | undefined, widths: Widths): Flowchart {
  const set = graph.set;
  const clusters: FlowCluster[] = [];
  const external = new Map<string, FlowNode>();
  const edges: FlowEdge[] = [];
  for (const tree of set.trees.values()) {
    if (onlyTree !== undefined && tree.id !== onlyTree) continue;
    const nodes: FlowNode[] = [];
    for (const node of Object.values(tree.nodes)) {
      nodes.push(nodeOf(set, lang, node, widths));
      // Edges to the same target are one edge, its words joined in the node's order ("Ja / Weet ik niet").
      const byTarget = new Map<string, { texts: string[]; fulls: string[]; summarised: boolean }>();
      for (const e of graph.out.get(node.id) ?? []) {
        const targetTree = set.nodes.get(e.target)!.tree;
        let to = e.target;
        if (onlyTree !== undefined && targetTree.id !== onlyTree) {
          to = `tree:${targetTree.id}`;
          if (!external.has(to))
            external.set(to, { id: to, kind: "tree", lines: wrap(targetTree.title[lang], widths.node) });
        }
        const merged = byTarget.get(to) ?? { texts: [], fulls: [], summarised: false };
        byTarget.set(to, merged);
        if (node.kind === "link" || node.kind === "info") continue;
        const words = edgeWords(set, node, e.label, lang);
        if (!merged.texts.includes(words.text)) merged.texts.push(words.text);
        merged.fulls.push(words.full ?? words.text);
        if (words.full !== undefined) merged.summarised = true;
      }
      for (const [to, { texts, fulls, summarised }] of byTarget) {
        if (texts.length === 0) edges.push({ from: node.id, to });
        else {
          const text =
            texts.length === 1
              ? texts[0]!
              : texts.map((t) => (t.length <= KEEP_WHOLE ? t.replace(/ /g, "\u00a0") : t)).join(MERGED);
          edges.push({
            from: node.id,
            to,
            lines: wrap(text, widths.edge),
            ...(summarised ? { full: fulls.join(" / ") } : {}),
          });
        }
      }
    }
    clusters.push({ tree: tree.id, title: tree.title[lang], nodes });
  }
  return { clusters, external: [...external.values()], edges };
}
