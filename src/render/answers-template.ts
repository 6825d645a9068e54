import type { Position } from "../engine/engine.js";
import { m } from "../i18n/messages.js";
import type { Lang } from "../model/text.js";
import { UNKNOWN_ID, type AskingNode } from "../model/tree.js";
import type { TreeSet } from "../model/tree-set.js";

/** The answer ids a question or checklist takes, each with its label: `ja = "Ja" | nee = "Nee" | unknown = "Weet ik niet"`. */
export function choiceList(node: AskingNode, lang: Lang): string {
  if (node.kind === "info") return "";
  const choices = node.kind === "question" ? node.answers.map((a) => [a.id, a.label[lang]] as const) : node.items.map((i) => [i.id, i.label[lang]] as const);
  const all = node.unknown ? [...choices, [UNKNOWN_ID, node.unknown.label?.[lang] ?? m("unknown", lang)] as const] : choices;
  return all.map(([id, label]) => `${id} = "${oneLine(label)}"`).join(" | ");
}

const oneLine = (s: string) => s.replace(/\s+/g, " ").trim();

/** An answer as YAML: an id as it is, a list as `[a, b]`. Ids that YAML would read otherwise are quoted. */
export function yamlValue(answer: string | readonly string[]): string {
  const one = (s: string) => (/^[A-Za-z][A-Za-z0-9_-]*$/.test(s) && !/^(true|false|null|yes|no|on|off|y|n)$/i.test(s) ? s : JSON.stringify(s));
  return typeof answer === "string" ? one(answer) : `[${answer.map(one).join(", ")}]`;
}

const T = {
  head: {
    nl: "# signaalroute: antwoordbestand. Vul het antwoord op de laatste vraag in (een antwoord-id uit het commentaar erachter)\n# en draai opnieuw met --template voor de vraag daarna, of zonder --template voor het advies als de route compleet is.",
    en: "# signaalroute: answers file. Fill in the answer to the last question (an answer id from the comment after it)\n# and run again with --template for the question after it, or without --template for the advice once the route is complete.",
  },
  list: {
    nl: "een lijst van item-ids, bijv. [a, b]; [] = niets aangevinkt",
    en: "a list of item ids, e.g. [a, b]; [] = nothing ticked",
  },
  notAsked: { nl: "niet gevraagd, laat weg", en: "not asked, leave it out" },
  next: { nl: "# De volgende vraag, nog in te vullen:", en: "# The next question, still to be answered:" },
  done: { nl: "# De route is compleet; uitkomst", en: "# The route is complete; outcome" },
  doneRun: { nl: "Draai zonder --template voor het advies.", en: "Run without --template for the advice." },
};

/**
 * An answers file for the route so far: every question answered (implied ones as comments, since the
 * route does not ask them), then the next question with an empty answer and its answer ids. `pos` is
 * where the engine stands after the answers given; nothing here steps through the trees.
 */
export function answersTemplate(set: TreeSet, pos: Position, lang: Lang): string {
  const out: string[] = [T.head[lang]];
  const entry = (node: AskingNode, value: string) => {
    out.push(`# ${oneLine(node.text[lang])}`);
    const hint = node.kind === "checklist" ? `${T.list[lang]}: ` : "";
    out.push(`${node.id}:${value ? ` ${value}` : ""}   # ${hint}${choiceList(node, lang)}`);
  };
  if (pos.answers.length > 0) out.push("");
  for (const a of pos.answers) {
    const node = set.nodes.get(a.node)?.node as AskingNode | undefined;
    if (!node || node.kind === "info") continue;
    if (a.implied) out.push(`# ${node.id}: ${yamlValue(a.answer)}  (${T.notAsked[lang]}: ${oneLine(a.implied[lang])})`);
    else entry(node, yamlValue(a.answer));
  }
  if (pos.done) {
    out.push("", `${T.done[lang]} '${pos.node.id}': ${pos.node.kind === "outcome" ? oneLine(pos.node.title[lang]) : ""}. ${T.doneRun[lang]}`);
  } else if (pos.node.kind !== "outcome" && pos.node.kind !== "info") {
    out.push("", T.next[lang]);
    entry(pos.node, "");
  }
  return out.join("\n") + "\n";
}
