import { buildGraph } from "../analysis/graph.js";
import { isQuestion, type PathFacts } from "../analysis/path-facts.js";
import { EXIT } from "../io/exit-codes.js";
import type { Io } from "../io/io.js";
import type { Lang } from "../model/text.js";
import type { NodeKind } from "../model/tree.js";
import { routeJson, routeText } from "../render/route-text.js";
import { makeStyle } from "../render/style.js";
import { treeSetFor } from "./support/load-trees.js";
import { factsOrExit, table, toJson } from "./support/view-support.js";

export interface StatsOptions {
  readonly lang: Lang;
  readonly color: boolean;
  readonly json?: boolean;
  readonly trees?: readonly string[];
}

export interface Stats {
  readonly trees: number;
  readonly nodes: number;
  readonly byKind: Record<NodeKind, number>;
  /** Question and checklist nodes. */
  readonly questions: number;
  readonly outcomes: number;
  readonly edges: number;
  /** Complete routes from the main entry to an outcome, counted by dynamic programming. */
  readonly paths: bigint;
  readonly longestRoute: { readonly questions: number; readonly outcome: string | null; readonly route: ReturnType<typeof routeJson> };
}

/** Pure: the numbers of a tree set. */
export function computeStats(facts: PathFacts, lang: Lang): Stats {
  const graph = facts.graph;
  const byKind: Record<NodeKind, number> = { question: 0, checklist: 0, info: 0, link: 0, branch: 0, outcome: 0 };
  let questions = 0;
  for (const { node } of graph.set.nodes.values()) {
    byKind[node.kind]++;
    if (isQuestion(node)) questions++;
  }
  let edges = 0;
  for (const list of graph.out.values()) edges += list.length;
  return {
    trees: graph.set.trees.size,
    nodes: graph.set.nodes.size,
    byKind,
    questions,
    outcomes: byKind.outcome,
    edges,
    paths: facts.totalPaths,
    longestRoute: { questions: facts.longest.questions, outcome: facts.longest.outcome ?? null, route: routeJson(graph.set, facts.longest.route, lang) },
  };
}

/** Exit 0; 1 when the trees cannot be used (or contain a cycle). */
export function run(opts: StatsOptions, io: Io): number {
  const lang = opts.lang;
  const set = treeSetFor(opts.trees, io.cwd, lang);
  const facts = factsOrExit(buildGraph(set));
  const s = computeStats(facts, lang);
  if (opts.json) {
    io.out(toJson(s));
    return EXIT.ok;
  }
  const style = makeStyle(opts.color);
  const nl = lang === "nl";
  const kinds = nl
    ? `${s.byKind.question} vragen, ${s.byKind.checklist} checklists, ${s.byKind.info} informatiestappen, ${s.byKind.link} verwijzingen, ${s.byKind.branch} vertakkingen op eerdere antwoorden, ${s.byKind.outcome} uitkomsten`
    : `${s.byKind.question} questions, ${s.byKind.checklist} checklists, ${s.byKind.info} info steps, ${s.byKind.link} links, ${s.byKind.branch} branches on earlier answers, ${s.byKind.outcome} outcomes`;
  const rows: string[][] = nl
    ? [
        ["bomen", String(s.trees)],
        ["knopen", `${s.nodes} (${kinds})`],
        ["vragen", `${s.questions} (vragen en checklists)`],
        ["uitkomsten", String(s.outcomes)],
        ["verbindingen", String(s.edges)],
        ["routes", `${s.paths} (geteld vanaf de start, niet opgesomd)`],
        ["langste route", `${s.longestRoute.questions} vragen${s.longestRoute.outcome ? `, naar '${s.longestRoute.outcome}'` : ""}`],
      ]
    : [
        ["trees", String(s.trees)],
        ["nodes", `${s.nodes} (${kinds})`],
        ["questions", `${s.questions} (questions and checklists)`],
        ["outcomes", String(s.outcomes)],
        ["edges", String(s.edges)],
        ["routes", `${s.paths} (counted from the start, not enumerated)`],
        ["longest route", `${s.longestRoute.questions} questions${s.longestRoute.outcome ? `, to '${s.longestRoute.outcome}'` : ""}`],
      ];
  for (const line of table(rows)) io.out(line + "\n");
  if (s.longestRoute.outcome) io.out(style.dim(`  ${routeText(set, facts.longest.route, lang)}`) + "\n");
  return EXIT.ok;
}
