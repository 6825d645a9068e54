import type { Position } from "../engine/engine.js";
import { m } from "../i18n/messages.js";
import type { Lang } from "../model/text.js";
import { UNKNOWN_ID, type AskingNode } from "../model/tree.js";
import type { TreeSet } from "../model/tree-set.js";

/** The answer ids a question or checklist takes, each with its label: `ja = "Ja" | nee = "Nee" | unknown = "Weet ik niet"`. */
export function choiceList(node: AskingNode, lang: Lang): string {
  if (node.kind === "info") return "";
  const choices =
    node.kind === "question"
      ? node.answers.map((a) => [a.id, a.label[lang]] as const)
      : node.items.map((i) => [i.id, i.label[lang]] as const);
  const all = node.unknown
    ? [...choices, [UNKNOWN_ID, node.unknown.label?.[lang] ?? m("unknown", lang)] as const]
    : choices;
  return all.map(([id, label]) => `${id} = "${oneLine(label)}"`).join(" | ");
}

const oneLine = (s: string) => s.replace(/\s+/g, " ").trim();

/** An answer as YAML: an id as it is, a list as `[a, b]`. Ids that YAML would read otherwise are quoted. */
export function yamlValue(answer: string | readonly string[]): string {
  const one = (s: string) =>
    /^[A-Za-z][A-Za-z0-9_-]*$/.test(s) && !/^(true|false|null|yes|no|on|off|y|n)$/i.test(s) ? s : JSON.stringify(s);
  return typeof answer === "string" ? one(answer) : `[${answer.map(one).join(", ")}]`;
}

/**
 * An answers file for the route so far: every question answered (implied ones as comments, since the
 * route does not ask them), then the next question with an empty answer and its answer ids. `pos` is
 * where the engine stands after the answers given; nothing here steps through the trees.
 */
export function answersTemplate(set: TreeSet, pos: Position, lang: Lang): string {
  const out: string[] = [m("tplHead", lang)];
  const entry = (node: AskingNode, value: string) => {
    out.push(`# ${oneLine(node.text[lang])}`);
    const hint = node.kind === "checklist" ? `${m("tplList", lang)}: ` : "";
    out.push(`${node.id}:${value ? ` ${value}` : ""}   # ${hint}${choiceList(node, lang)}`);
  };
  if (pos.answers.length > 0) out.push("");
  for (const a of pos.answers) {
    const node = set.nodes.get(a.node)?.node as AskingNode | undefined;
    if (!node || node.kind === "info") continue;
    if (a.implied)
      out.push(`# ${node.id}: ${yamlValue(a.answer)}  (${m("tplNotAsked", lang)}: ${oneLine(a.implied[lang])})`);
    else entry(node, yamlValue(a.answer));
  }
  if (pos.done) {
    out.push(
      "",
      `${m("tplDone", lang)} '${pos.node.id}': ${pos.node.kind === "outcome" ? oneLine(pos.node.title[lang]) : ""}. ${m("tplDoneRun", lang)}`,
    );
  } else if (pos.node.kind !== "outcome" && pos.node.kind !== "info") {
    out.push("", m("tplNext", lang));
    entry(pos.node, "");
  }
  return out.join("\n") + "\n";
}
