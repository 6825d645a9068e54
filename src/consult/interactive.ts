import type { ChalkInstance } from "chalk";
import { back, position, step, type Position } from "../engine/engine.js";
import type { AnswerValue, ConsultState } from "../engine/state.js";
import { CONTINUE } from "../engine/transitions.js";
import { m } from "../i18n/messages.js";
import type { Lang } from "../model/text.js";
import { UNKNOWN_ID, type AskingNode } from "../model/tree.js";
import type { TreeSet } from "../model/tree-set.js";
import { PromptStopped, type Choice, type Prompter } from "../ui/prompter.js";
import { urgencyBadge } from "../render/advice-text.js";

/** What the consult does between questions; the command supplies these. */
export interface SessionHooks {
  /** Called with every new state: the command saves the draft here. */
  readonly onState: (state: ConsultState) => void;
  readonly print: (text: string) => void;
}

const BACK = "\u0000back";
const HELP = "\u0000help";
const QUIT = "\u0000quit";

export type SessionEnd = { readonly kind: "done"; readonly state: ConsultState } | { readonly kind: "stopped"; readonly state: ConsultState };

/**
 * Runs a consult through a prompter until an outcome or until the user stops.
 * Every answer goes through the engine; this loop only asks and shows.
 */
export async function runSession(set: TreeSet, initial: ConsultState, prompter: Prompter, lang: Lang, style: ChalkInstance, hooks: SessionHooks): Promise<SessionEnd> {
  let state = initial;
  const first = position(set, state);
  if (!first.ok) throw new Error(first.error.message.en);
  // Answers implied before the first question (a resumed consult) are said once, like any other.
  announceImplied(first.value, 0, lang, style, hooks);
  let pos: { ok: true; value: Position } = first;
  for (;;) {
    if (pos.value.done) return { kind: "done", state };
    const node = pos.value.node as AskingNode;
    hooks.print(header(set, node, lang, style));
    let answer: AnswerValue;
    try {
      answer = await ask(node, state, prompter, lang, hooks, style);
    } catch (e) {
      // Ctrl-C or a closed terminal: the answers so far are already saved.
      if (e instanceof PromptStopped) return { kind: "stopped", state };
      throw e;
    }
    if (answer === QUIT) return { kind: "stopped", state };
    if (answer === BACK) {
      state = back(state);
      hooks.onState(state);
      const p = position(set, state);
      if (!p.ok) throw new Error(p.error.message.en);
      pos = p;
      continue;
    }
    const next = step(set, state, answer, pos.value);
    if (!next.ok) {
      hooks.print(style.red(next.error.message[lang]));
      continue;
    }
    const before = pos.value;
    state = next.value.state;
    pos = { ok: true, value: next.value.position };
    hooks.onState(state);
    announceImplied(pos.value, before.answers.length, lang, style, hooks);
    announceUrgent(set, pos.value, before.collected.length, lang, style, hooks);
  }
}

/**
 * A question the consult does not ask because an earlier answer settles it is
 * said in one line, so nobody wonders where it went; the record marks it too.
 */
function announceImplied(pos: Position, from: number, lang: Lang, style: ChalkInstance, hooks: SessionHooks): void {
  for (const a of pos.answers.slice(from)) if (a.implied) hooks.print(style.cyan(`${m("impliedMark", lang)} ${a.implied[lang]}`));
}

/**
 * Urgent advice given on an answer or checklist route is said at once, not
 * only in the final list: "bel 112" cannot wait for the end of a consult.
 * (An info step shows its own advice; the outcome's comes with the final list.)
 */
function announceUrgent(set: TreeSet, pos: Position, before: number, lang: Lang, style: ChalkInstance, hooks: SessionHooks): void {
  for (const { item, from } of pos.collected.slice(before)) {
    const kind = set.nodes.get(from)!.node.kind;
    if (kind === "info" || kind === "outcome" || (item.urgency !== "acuut" && item.urgency !== "spoed")) continue;
    const name = set.contacts.get(item.contact)?.name[lang] ?? item.contact;
    const line = `${urgencyBadge(item.urgency, lang, style)} ${name}: ${item.why[lang]}`;
    hooks.print(item.urgency === "acuut" ? style.red.bold(line) : line);
  }
}

/** Where the user is: the node's own progress text ("Meldcode, stap 2 van 5"), else the tree's title. */
function header(set: TreeSet, node: AskingNode, lang: Lang, style: ChalkInstance): string {
  const tree = set.nodes.get(node.id)!.tree;
  return "\n" + style.dim(node.progress?.[lang] ?? tree.title[lang]);
}

async function ask(node: AskingNode, state: ConsultState, prompter: Prompter, lang: Lang, hooks: SessionHooks, style: ChalkInstance): Promise<AnswerValue> {
  const canGoBack = state.history.length > 0;
  // On a checklist, help must not throw away what was just ticked.
  // Own keys only: a node id from a file must not resolve to something on Object.prototype.
  let checked = Object.hasOwn(state.remembered, node.id) ? state.remembered[node.id] : undefined;
  const nav = (withHelp: boolean): Choice<string>[] =>
    [
      ...(withHelp ? [{ value: HELP, name: m("help", lang) }] : []),
      ...(canGoBack ? [{ value: BACK, name: m("back", lang) }] : []),
      { value: QUIT, name: m("quit", lang) },
    ].map((c, i) => (i === 0 ? { ...c, separatorBefore: " " } : c));
  if (node.kind === "info") {
    if (node.title) hooks.print(style.bold(node.title[lang]));
    hooks.print(node.text[lang]);
    for (const a of node.advice ?? []) if (a.urgency === "acuut") hooks.print(style.red.bold(a.why[lang]));
    return prompter.select({ id: node.id, message: m("whenReady", lang), choices: [{ value: CONTINUE, name: m("continue", lang) }, ...nav(false)] });
  }
  for (;;) {
    if (node.kind === "question") {
      const choices: Choice<string>[] = [
        ...node.answers.map((a) => ({ value: a.id, name: a.label[lang] })),
        ...(node.unknown ? [{ value: UNKNOWN_ID, name: node.unknown.label?.[lang] ?? m("unknown", lang) }] : []),
        ...nav(true),
      ];
      const picked = await prompter.select({ id: node.id, message: node.text[lang], choices, ...(typeof checked === "string" ? { default: checked } : {}) });
      if (picked !== HELP) return picked;
    } else {
      const extras: Choice<string>[] = [
        ...(node.unknown ? [{ value: UNKNOWN_ID, name: node.unknown.label?.[lang] ?? m("unknown", lang) }] : []),
        ...nav(true),
      ].map(({ value, name }, i) => (i === 0 ? { value, name, separatorBefore: `── ${m("checklistExtras", lang)} ──` } : { value, name }));
      let lastCategory: string | undefined;
      const items: Choice<string>[] = node.items.map((it) => {
        const cat = it.category?.[lang];
        const sep = cat !== undefined && cat !== lastCategory ? `── ${cat} ──` : undefined;
        lastCategory = cat ?? lastCategory;
        return { value: it.id, name: it.label[lang], ...(sep ? { separatorBefore: sep } : {}) };
      });
      const ticked = await prompter.checkbox({
        id: node.id,
        message: `${node.text[lang]}\n${style.dim(m("checklistHint", lang))}`,
        choices: [...items, ...extras],
        ...(Array.isArray(checked) ? { checked: checked as string[] } : {}),
      });
      // A ticked navigation choice wins over ticked items, in this order.
      for (const special of [QUIT, BACK, HELP, UNKNOWN_ID]) if (ticked.includes(special)) {
        if (special !== HELP) return special;
      }
      if (!ticked.includes(HELP)) return ticked;
      checked = ticked.filter((t) => t !== HELP);
    }
    hooks.print(style.cyan(node.help?.[lang] ?? m("noHelp", lang)));
  }
}
