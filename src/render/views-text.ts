import type { ChalkInstance } from "chalk";
import type { PathFacts } from "../analysis/path-facts.js";
import { m, mf } from "../i18n/messages.js";
import type { Contact } from "../model/contact.js";
import { visible, type Lang } from "../model/text.js";
import type { TreeSet } from "../model/tree-set.js";
import type { NodeKind } from "../model/tree.js";
import { URGENCY_TEXT, type Urgency } from "../model/urgency.js";
import { urgencyBadge } from "./urgency-style.js";
import { routeText, type routeJson } from "./route-text.js";

// The text of the list views (trees, contacts, routes, stats): pure functions from data to text.
// The commands load, compute and print; what the user reads is made here.

/** Left-aligned columns, for tables in the terminal. */
export function table(rows: readonly (readonly string[])[]): string[] {
  const widths: number[] = [];
  for (const r of rows) r.forEach((cell, i) => (widths[i] = Math.max(widths[i] ?? 0, [...cell].length)));
  return rows.map((r) =>
    r.map((cell, i) => (i === r.length - 1 ? cell : cell + " ".repeat(widths[i]! - [...cell].length))).join("  "),
  );
}

/** JSON with BigInt counts written as decimal strings (JSON has no 64-bit integers). */
export function toJson(value: unknown): string {
  return JSON.stringify(value, (_k, v: unknown) => (typeof v === "bigint" ? v.toString() : v), 2) + "\n";
}

export interface TreeRow {
  readonly id: string;
  readonly version: string;
  readonly title: string;
  readonly main: boolean;
}

/** `signaalroute trees`: id, version and title per tree; the start tree marked. */
export function treesText(rows: readonly TreeRow[], lang: Lang, style: ChalkInstance): string {
  const idWidth = Math.max(...rows.map((r) => r.id.length), 2);
  const verWidth = Math.max(...rows.map((r) => r.version.length), 7);
  const head = style.bold(`${"id".padEnd(idWidth)}  ${m("colVersion", lang).padEnd(verWidth)}  ${m("colTitle", lang)}`);
  return (
    [
      head,
      ...rows.map(
        (r) =>
          `${r.id.padEnd(idWidth)}  ${r.version.padEnd(verWidth)}  ${r.title}${r.main ? style.dim("  (start)") : ""}`,
      ),
    ].join("\n") + "\n"
  );
}

/** `signaalroute contacts`: each contact with what is confirmed, and where to check what is not. */
export function contactsText(list: readonly Contact[], lang: Lang, style: ChalkInstance): string {
  const out: string[] = [];
  for (const c of list) {
    const unconfirmed = new Set(c.unconfirmed?.fields ?? []);
    out.push(`${style.bold(c.name[lang])} ${style.dim(`(${c.id})`)}`);
    if (c.phone && !unconfirmed.has("phone")) out.push(`  ${m("phone", lang)}: ${c.phone}`);
    if (c.web && !unconfirmed.has("web")) out.push(`  ${m("web", lang)}: ${c.web}`);
    if (!unconfirmed.has("hours")) out.push(`  ${m("hours", lang)}: ${c.hours[lang]}`);
    if (c.anonymous) out.push(`  ${m("anonymous", lang)}${c.anonymousNote ? `: ${c.anonymousNote[lang]}` : ""}`);
    out.push(`  ${c.does[lang]}`);
    if (c.unconfirmed) out.push(`  ${style.yellow(`${m("checkCurrent", lang)} ${c.unconfirmed.checkAt}`)}`);
    out.push(style.dim(`  ${mf("checkedAgainst", lang, { date: c.verified })}`), "");
  }
  return out.join("\n") + "\n";
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

/** `signaalroute routes`: the outcome table, the shortest route to each outcome, and how paths are counted. */
export function routesText(
  set: TreeSet,
  facts: PathFacts,
  rows: readonly OutcomeRow[],
  lang: Lang,
  style: ChalkInstance,
): string {
  const head = [
    m("colOutcome", lang),
    m("colUrgency", lang),
    m("colPaths", lang),
    m("colQuestions", lang),
    m("colTitle", lang),
  ];
  const body = rows.map((r) => [
    r.id,
    URGENCY_TEXT[r.urgency][lang].split(":")[0]!,
    r.paths.toString(),
    r.fewestQuestions === null
      ? "-"
      : r.fewestQuestions === r.mostQuestions
        ? `${r.fewestQuestions}`
        : `${r.fewestQuestions}–${r.mostQuestions}`,
    visible(r.title),
  ]);
  const [headLine, ...lines] = table([head, ...body]);
  const out = [style.bold(headLine!), ...lines.map((l, i) => (rows[i]!.paths === 0n ? style.dim(l) : l))];
  out.push("", style.bold(m("shortestRoutes", lang)));
  for (const r of rows) {
    const route = facts.shortestRoute(r.id);
    out.push(
      `${style.bold(r.id)} ${urgencyBadge(r.urgency, lang, style)}`,
      `  ${route ? routeText(set, route, lang) : style.yellow(m("notReachable", lang))}`,
    );
  }
  out.push("", style.dim(mf("pathsCounted", lang, { start: facts.start, total: facts.totalPaths.toString() })));
  if (!facts.factGraph.complete)
    out.push(style.yellow(mf("statStatesIncomplete", lang, { limit: facts.factGraph.limit })));
  return out.join("\n") + "\n";
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
  /** The fact graph the counts (and validate's proofs) walk: its states, its limit, and whether it stayed below it. */
  readonly factGraph: { readonly states: number; readonly limit: number; readonly complete: boolean };
  readonly longestRoute: {
    readonly questions: number;
    readonly outcome: string | null;
    readonly route: ReturnType<typeof routeJson>;
  };
}

/** `signaalroute stats`: the numbers of a tree set, and the longest route. */
export function statsText(s: Stats, set: TreeSet, facts: PathFacts, lang: Lang, style: ChalkInstance): string {
  const kinds = mf("statsKinds", lang, {
    question: s.byKind.question,
    checklist: s.byKind.checklist,
    info: s.byKind.info,
    link: s.byKind.link,
    branch: s.byKind.branch,
    outcome: s.byKind.outcome,
  });
  const rows: string[][] = [
    [m("statTrees", lang), String(s.trees)],
    [m("statNodes", lang), `${s.nodes} (${kinds})`],
    [m("statQuestions", lang), mf("statQuestionsValue", lang, { n: s.questions })],
    [m("statOutcomes", lang), String(s.outcomes)],
    [m("statEdges", lang), String(s.edges)],
    [m("statRoutes", lang), mf("statRoutesValue", lang, { n: s.paths.toString() })],
    [
      m("statStates", lang),
      mf("statStatesValue", lang, { n: s.factGraph.states, limit: s.factGraph.limit, percent: percentOf(s.factGraph) }),
    ],
    [
      m("statLongest", lang),
      s.longestRoute.outcome
        ? mf("statLongestTo", lang, { n: s.longestRoute.questions, outcome: s.longestRoute.outcome })
        : mf("statLongestValue", lang, { n: s.longestRoute.questions }),
    ],
  ];
  const out = table(rows);
  if (s.longestRoute.outcome) out.push(style.dim(`  ${routeText(set, facts.longest.route, lang)}`));
  if (!s.factGraph.complete) out.push(style.yellow(mf("statStatesIncomplete", lang, { limit: s.factGraph.limit })));
  return out.join("\n") + "\n";
}

/** The share of the limit, rounded down to a whole percent (a graph at 99.5% is not yet at its limit). */
function percentOf(g: Stats["factGraph"]): number {
  return Math.floor((100 * g.states) / g.limit);
}
