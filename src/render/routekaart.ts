import type { Graph } from "../analysis/graph.js";
import { m } from "../i18n/messages.js";
import type { Contact } from "../model/contact.js";
import { visible, type Lang } from "../model/text.js";
import { visibleLines } from "./visible-lines.js";
import { lineText, type AdviceItem, type Tree, type TreeNode } from "../model/tree.js";
import { URGENCY_TEXT } from "../model/urgency.js";
import { toMermaid } from "./mermaid.js";
import { BRANCH_TITLE, edgeText } from "./route-text.js";

// A "routekaart": one Markdown page per tree for an intranet. Pure: (graph,
// tree, lang) -> string. Written to files by commands/docs.ts.

/** Markdown-safe inline text: characters that would start markup are escaped, control characters shown as \u{..}. */
export function mdText(s: string): string {
  return visible(s.replace(/[\r\n]+/g, " ")).replace(/[\\`*_[\]<>|#]/g, (c) => `\\${c}`);
}

/** The file name of a tree's page: the tree id (ids match ^[a-z0-9][a-z0-9-]*$). */
export function pageName(treeId: string): string {
  return `${treeId.replace(/[^a-z0-9-]/g, "_")}.md`;
}

function nodeLink(graph: Graph, from: Tree, target: string, lang: Lang): string {
  const entry = graph.set.nodes.get(target);
  if (!entry) return `\`${target}\``;
  const n = entry.node;
  const name =
    n.kind === "outcome"
      ? n.title[lang]
      : n.kind === "link"
        ? `→ ${graph.set.trees.get(n.tree)?.title[lang] ?? n.tree}`
        : n.kind === "info"
          ? (n.title ?? n.text)[lang]
          : n.kind === "branch"
            ? BRANCH_TITLE[lang]
            : n.text[lang];
  const href = entry.tree.id === from.id ? `#${target}` : `${pageName(entry.tree.id)}#${target}`;
  const tag = n.kind === "outcome" ? ` (${URGENCY_TEXT[n.urgency][lang]})` : "";
  return `[${mdText(name)}](${href})${tag}`;
}

function contactLines(c: Contact | undefined, id: string, lang: Lang): string[] {
  if (!c) return [`\`${id}\``];
  const unconfirmed = new Set(c.unconfirmed?.fields ?? []);
  const out: string[] = [];
  if (c.phone || unconfirmed.has("phone"))
    out.push(
      unconfirmed.has("phone")
        ? `${m("phone", lang)}: ${m("checkCurrent", lang).toLowerCase()} <${c.unconfirmed!.checkAt}>`
        : `${m("phone", lang)}: ${c.phone}`,
    );
  if (c.web || unconfirmed.has("web"))
    out.push(
      unconfirmed.has("web")
        ? `${m("web", lang)}: ${m("checkCurrent", lang).toLowerCase()} <${c.unconfirmed!.checkAt}>`
        : `${m("web", lang)}: <${c.web}>`,
    );
  out.push(
    unconfirmed.has("hours")
      ? `${m("hours", lang)}: ${m("checkCurrent", lang).toLowerCase()} <${c.unconfirmed!.checkAt}>`
      : `${m("hours", lang)}: ${mdText(c.hours[lang])}`,
  );
  if (c.anonymous) out.push(`${m("anonymous", lang)}${c.anonymousNote ? `: ${mdText(c.anonymousNote[lang])}` : ""}`);
  return out;
}

function adviceBlock(graph: Graph, advice: readonly AdviceItem[], lang: Lang, indent = ""): string[] {
  const out: string[] = [];
  for (const a of advice) {
    const c = graph.set.contacts.get(a.contact);
    out.push(
      `${indent}- **${mdText(c?.name[lang] ?? a.contact)}** (${URGENCY_TEXT[a.urgency][lang]}): ${mdText(a.why[lang])}`,
    );
    for (const line of contactLines(c, a.contact, lang)) out.push(`${indent}  - ${line}`);
  }
  return out;
}

function questionSection(graph: Graph, tree: Tree, node: TreeNode, lang: Lang): string[] {
  if (node.kind !== "question" && node.kind !== "checklist") return [];
  const out: string[] = [
    `<a id="${node.id}"></a>`,
    "",
    `### ${mdText(node.text[lang])}`,
    "",
    `\`${node.id}\`${node.progress ? ` · ${mdText(node.progress[lang])}` : ""}`,
    "",
  ];
  if (node.help) out.push(`> ${mdText(node.help[lang])}`, "");
  if (node.kind === "checklist") {
    out.push(`${m("mapItems", lang)}:`, "");
    for (const item of node.items)
      out.push(`- ${mdText(item.label[lang])}${item.category ? ` (${mdText(item.category[lang])})` : ""}`);
    out.push("");
  }
  out.push(`| ${m("mapAnswer", lang)} | ${m("mapLeadsTo", lang)} | ${m("mapAdvice", lang)} |`, "|---|---|---|");
  for (const e of graph.out.get(node.id) ?? []) {
    const advice = e.advice
      .map(
        (a) =>
          `${mdText(graph.set.contacts.get(a.contact)?.name[lang] ?? a.contact)} (${URGENCY_TEXT[a.urgency][lang]})`,
      )
      .join("; ");
    out.push(
      `| ${mdText(edgeText(graph.set, node, e.label, lang))} | ${nodeLink(graph, tree, e.target, lang)} | ${advice || "–"} |`,
    );
  }
  if (node.unknown?.justification)
    out.push("", `${m("mapJustification", lang)}: ${mdText(node.unknown.justification[lang])}`);
  out.push("");
  return out;
}

function stepSection(graph: Graph, tree: Tree, node: TreeNode, lang: Lang): string[] {
  if (node.kind === "info") {
    const out = [
      `<a id="${node.id}"></a>`,
      "",
      `### ${mdText((node.title ?? node.text)[lang])}`,
      "",
      `\`${node.id}\``,
      "",
    ];
    if (node.title) out.push(mdText(node.text[lang]), "");
    if (node.advice?.length) out.push(...adviceBlock(graph, node.advice, lang), "");
    out.push(`${m("mapLeadsTo", lang)}: ${nodeLink(graph, tree, node.next, lang)}`, "");
    return out;
  }
  if (node.kind === "link") {
    const target = graph.set.trees.get(node.tree);
    const title = target ? target.title[lang] : node.tree;
    return [
      `<a id="${node.id}"></a>`,
      "",
      `### ${m("mapContinuesIn", lang)}: ${mdText(title)}`,
      "",
      `\`${node.id}\` → [${mdText(title)}](${pageName(node.tree)}${node.node ? `#${node.node}` : ""})`,
      "",
    ];
  }
  return [];
}

function outcomeSection(graph: Graph, node: TreeNode, lang: Lang): string[] {
  if (node.kind !== "outcome") return [];
  const out = [
    `<a id="${node.id}"></a>`,
    "",
    `### ${mdText(node.title[lang])}`,
    "",
    `\`${node.id}\` · **${URGENCY_TEXT[node.urgency][lang]}**`,
    "",
  ];
  if (node.text) out.push(mdText(node.text[lang]), "");
  out.push(`${m("mapContacts", lang)}:`, "", ...adviceBlock(graph, node.advice, lang), "");
  if (node.actions?.length)
    out.push(`${m("doNow", lang)}:`, "", ...node.actions.map((a) => `- ${mdText(lineText(a)[lang])}`), "");
  if (node.record?.length)
    out.push(`${m("toRecord", lang)}:`, "", ...node.record.map((a) => `- ${mdText(lineText(a)[lang])}`), "");
  return out;
}

/** One tree's route map as Markdown. */
export function routekaart(graph: Graph, tree: Tree, lang: Lang): string {
  const nodes = Object.values(tree.nodes);
  const file = graph.set.files.get(tree.id);
  const out: string[] = [`# ${m("mapRoutekaart", lang)}: ${mdText(tree.title[lang])}`, ""];
  out.push(
    `${m("mapVersion", lang)} ${tree.version}${file ? ` · ${m("mapFile", lang)}: \`${file.replace(/\\/g, "/").split("/").pop()}\`` : ""} · id \`${tree.id}\``,
    "",
  );
  if (tree.main) out.push(m("mapStart", lang), "");
  if (tree.description) out.push(mdText(tree.description[lang]), "");
  out.push(`> ${m("mapDisclaimer", lang)}`, "");
  out.push(`## ${m("mapDiagram", lang)}`, "", "```mermaid", toMermaid(graph, lang, tree.id).trimEnd(), "```", "");
  const questions = nodes.flatMap((n) => questionSection(graph, tree, n, lang));
  if (questions.length) out.push(`## ${m("mapQuestions", lang)}`, "", ...questions);
  const steps = nodes.flatMap((n) => stepSection(graph, tree, n, lang));
  if (steps.length) out.push(`## ${m("mapSteps", lang)}`, "", ...steps);
  const outcomes = nodes.flatMap((n) => outcomeSection(graph, n, lang));
  if (outcomes.length) out.push(`## ${m("mapOutcomes", lang)}`, "", ...outcomes);
  out.push(`## ${m("mapSources", lang)}`, "");
  for (const s of tree.sources) out.push(`- ${s.title ? `${mdText(s.title)}: ` : ""}<${s.url}> (\`${s.id}\`)`);
  out.push("");
  return visibleLines(out.join("\n"));
}

/** index.md: every tree's page, the start tree first. */
export function routekaartIndex(graph: Graph, lang: Lang): string {
  const trees = [...graph.set.trees.values()].sort((a, b) => Number(Boolean(b.main)) - Number(Boolean(a.main)));
  const out = [`# ${m("mapIndex", lang)}`, "", m("mapIndexIntro", lang), "", `> ${m("mapDisclaimer", lang)}`, ""];
  for (const t of trees)
    out.push(
      `- [${mdText(t.title[lang])}](${pageName(t.id)}) (${m("mapVersion", lang).toLowerCase()} ${t.version})${t.main ? ` · ${m("mapStart", lang)}` : ""}${t.description ? `: ${mdText(t.description[lang])}` : ""}`,
    );
  out.push("", `${m("mapContentHash", lang)}: \`${graph.set.hash.slice(0, 12)}\``, "");
  return visibleLines(out.join("\n"));
}
