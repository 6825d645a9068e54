import { buildGraph } from "../analysis/graph.js";
import type { PathFacts } from "../analysis/path-facts.js";
import { EXIT } from "../cli/exit-codes.js";
import type { Io } from "../cli/io.js";
import { visible, type Lang } from "../model/text.js";
import type { OutcomeNode } from "../model/tree.js";
import { URGENCY_TEXT, urgencyRank, type Urgency } from "../model/urgency.js";
import { urgencyBadge } from "../render/advice-text.js";
import { routeJson, routeText } from "../render/route-text.js";
import { makeStyle } from "../render/style.js";
import { treeSetFor } from "./load-trees.js";
import { factsOrExit, table, toJson, treeOrExit } from "./view-support.js";

export interface RoutesOptions {
  readonly lang: Lang;
  readonly color: boolean;
  readonly tree?: string;
  readonly json?: boolean;
  readonly trees?: readonly string[];
}

export interface OutcomeRow {
  readonly id: string;
  readonly tree: string;
  readonly title: string;
  readonly urgency: Urgency;
  /** Paths from the main entry; a decimal string in JSON. */
  readonly paths: bigint;
  readonly shortestPath: ReturnType<typeof routeJson> | null;
  readonly fewestQuestions: number | null;
  readonly mostQuestions: number | null;
}

/** The outcome table: one row per outcome (of one tree, or all), most urgent first. Pure. */
export function outcomeRows(facts: PathFacts, lang: Lang, onlyTree?: string): OutcomeRow[] {
  const set = facts.graph.set;
  const rows: OutcomeRow[] = [];
  for (const tree of set.trees.values()) {
    if (onlyTree !== undefined && tree.id !== onlyTree) continue;
    for (const node of Object.values(tree.nodes)) {
      if (node.kind !== "outcome") continue;
      const o: OutcomeNode = node;
      const route = facts.shortestRoute(o.id);
      rows.push({
        id: o.id,
        tree: tree.id,
        title: o.title[lang],
        urgency: o.urgency,
        paths: facts.paths.get(o.id) ?? 0n,
        shortestPath: route ? routeJson(set, route, lang) : null,
        fewestQuestions: facts.minQuestions.get(o.id) ?? null,
        mostQuestions: facts.maxQuestions.get(o.id) ?? null,
      });
    }
  }
  // Stable sort: most urgent first, then in the order the trees list them.
  return rows.sort((a, b) => urgencyRank(a.urgency) - urgencyRank(b.urgency));
}

/** Exit 0; 1 when the trees cannot be used (or contain a cycle); 2 for an unknown tree. */
export function run(opts: RoutesOptions, io: Io): number {
  const lang = opts.lang;
  const set = treeSetFor(opts.trees, io.cwd, lang);
  if (opts.tree !== undefined) treeOrExit(set, opts.tree);
  const facts = factsOrExit(buildGraph(set));
  const rows = outcomeRows(facts, lang, opts.tree);
  if (opts.json) {
    io.out(toJson({ start: facts.start, totalPaths: facts.totalPaths, outcomes: rows }));
    return EXIT.ok;
  }
  const style = makeStyle(opts.color);
  const nl = lang === "nl";
  const head = nl ? ["uitkomst", "urgentie", "paden", "vragen", "titel"] : ["outcome", "urgency", "paths", "questions", "title"];
  const body = rows.map((r) => [
    r.id,
    URGENCY_TEXT[r.urgency][lang].split(":")[0]!,
    r.paths.toString(),
    r.fewestQuestions === null ? "-" : r.fewestQuestions === r.mostQuestions ? `${r.fewestQuestions}` : `${r.fewestQuestions}–${r.mostQuestions}`,
    visible(r.title),
  ]);
  const [headLine, ...lines] = table([head, ...body]);
  io.out(style.bold(headLine!) + "\n");
  lines.forEach((l, i) => {
    const r = rows[i]!;
    io.out((r.paths === 0n ? style.dim(l) : l) + "\n");
  });
  io.out("\n" + style.bold(nl ? "Kortste route naar elke uitkomst" : "Shortest route to each outcome") + "\n");
  for (const r of rows) {
    const route = facts.shortestRoute(r.id);
    io.out(`${style.bold(r.id)} ${urgencyBadge(r.urgency, lang, style)}\n  ${route ? routeText(set, route, lang) : style.yellow(nl ? "niet bereikbaar vanaf de start" : "not reachable from the start")}\n`);
  }
  io.out(
    "\n" +
      style.dim(
        nl
          ? `Paden geteld vanaf '${facts.start}' (startboom), zoals een consult ze neemt: een checklist telt per route en per feit dat de vinkjes zetten, niet per combinatie van vinkjes; wat eerdere antwoorden uitsluiten telt niet mee. Totaal: ${facts.totalPaths} routes.`
          : `Paths counted from '${facts.start}' (start tree), as a consult takes them: a checklist counts per route and per fact its ticks set, not per combination of ticks; what earlier answers rule out is not counted. Total: ${facts.totalPaths} routes.`,
      ) +
      "\n",
  );
  return EXIT.ok;
}
