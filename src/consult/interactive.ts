import type { ChalkInstance } from "chalk";
import { questionsToGo, questionsToGoIgnoringFacts, type QuestionsToGo } from "../analysis/progress.js";
import { back, infoAdvice, position, remember, start, step, type Position } from "../engine/engine.js";
import type { AnswerValue, ConsultState } from "../engine/state.js";
import { answersToKeep } from "../engine/since.js";
import { CONTINUE } from "../engine/transitions.js";
import { m } from "../i18n/messages.js";
import type { Lang } from "../model/text.js";
import { UNKNOWN_ID, type AdviceItem, type AskingNode } from "../model/tree.js";
import type { TreeSet } from "../model/tree-set.js";
import { PromptStopped, type Choice, type Prompter } from "../ui/prompter.js";
import { answerText, givenAt, routeAnswers } from "../record/route-answers.js";
import { keptNotice, renderNotice, stepNotices } from "../render/notices.js";
import { answerNumbers, renderAnswerList } from "../render/answers-list.js";
import { questionsToGoText } from "../render/progress-text.js";

/** What the consult does between questions; the command supplies these. */
export interface SessionHooks {
  /** Called with every new state: the command saves the draft here. */
  readonly onState: (state: ConsultState) => void;
  readonly print: (text: string) => void;
  /**
   * Before the consult ends, show the check-your-answers page: every question
   * on the route with its answer (implied ones marked, with their reason), and
   * the choice to change any of them. A consult that is already at its outcome
   * opens on this page (going back from the advice).
   */
  readonly review?: boolean;
  /** The label of "stop" (default: your answers are kept); a practice run keeps no draft and says so. */
  readonly quitLabel?: string;
}

const BACK = "\u0000back";
/** Whether the ticks on screen are what the consult already remembers for that checklist (nothing as none). */
function sameTicks(remembered: AnswerValue | undefined, ticked: readonly string[]): boolean {
  const before = remembered === undefined ? [] : typeof remembered === "string" ? [remembered] : remembered;
  return before.length === ticked.length && before.every((t) => ticked.includes(t));
}

/** Back from a checklist, with what was ticked there but not given. */
interface GoBack {
  readonly back: true;
  readonly ticked?: readonly string[];
}
const isGoBack = (a: AnswerValue | GoBack): a is GoBack => typeof a === "object" && !Array.isArray(a);
const HELP = "\u0000help";
export const QUIT = "\u0000quit";
/** The check page's choices: show the advice, or change the answer at this index of the history. */
export const CONFIRM = "\u0000confirm";
export const CHANGE = "\u0000change:";

export type SessionEnd =
  { readonly kind: "done"; readonly state: ConsultState } | { readonly kind: "stopped"; readonly state: ConsultState };

/**
 * Runs a consult through a prompter until an outcome or until the user stops.
 * Every answer goes through the engine; this loop only asks and shows.
 */
export async function runSession(
  set: TreeSet,
  initial: ConsultState,
  prompter: Prompter,
  lang: Lang,
  style: ChalkInstance,
  hooks: SessionHooks,
): Promise<SessionEnd> {
  const counting = countInBackground(set, initial.start);
  try {
    return await steps(set, initial, prompter, lang, style, hooks, counting);
  } finally {
    counting.stop();
  }
}

async function steps(
  set: TreeSet,
  initial: ConsultState,
  prompter: Prompter,
  lang: Lang,
  style: ChalkInstance,
  hooks: SessionHooks,
  counting: Counting,
): Promise<SessionEnd> {
  let state = initial;
  const first = position(set, state);
  if (!first.ok) throw new Error(first.error.message.en);
  // Answers implied before the first question (a resumed consult) are said once, like any other.
  if (!first.value.done) announce(set, undefined, first.value, lang, style, hooks);
  let pos: { ok: true; value: Position } = first;
  // One answer taken by the engine: the new state is saved, and what it implied or made urgent is said.
  const moveTo = (next: { state: ConsultState; position: Position }) => {
    const before = pos.value;
    state = next.state;
    pos = { ok: true, value: next.position };
    hooks.onState(state);
    announce(set, before, pos.value, lang, style, hooks);
  };
  // While an answer is being changed from the check page: the later answers, kept where the new route asks the same question.
  let kept = new Map<string, AnswerValue>();
  for (;;) {
    if (pos.value.done) {
      if (!hooks.review) return { kind: "done", state };
      let choice: string;
      try {
        choice = await review(set, state, pos.value, prompter, lang, style, hooks);
      } catch (e) {
        if (e instanceof PromptStopped) return { kind: "stopped", state };
        throw e;
      }
      if (choice === CONFIRM) return { kind: "done", state };
      if (choice === QUIT) return { kind: "stopped", state };
      // Change answer `at` (an index into the history): back to that question through the engine's own `back`, which keeps
      // every later answer as the default; the later answers are also kept to give again where the route still asks them.
      const at = Number(choice.slice(CHANGE.length));
      kept = answersToKeep(set, state, at);
      while (state.history.length > at) state = back(state);
      hooks.onState(state);
      const p = position(set, state);
      if (!p.ok) throw new Error(p.error.message[lang]);
      pos = p;
      hooks.print(style.dim(m("reviewChanging", lang)));
      continue;
    }
    const node = pos.value.node as AskingNode;
    const keep = kept.get(node.id);
    // (answersToKeep leaves info steps out: they are always shown again.)
    if (keep !== undefined) {
      kept.delete(node.id);
      // The same question on the changed route: its earlier answer is given again when the engine still takes it.
      const next = step(set, state, keep, pos.value);
      if (next.ok) {
        hooks.print(renderNotice(keptNotice(node.text[lang], answerText(node, keep, lang), lang), style));
        moveTo(next.value);
        continue;
      }
    }
    hooks.print(header(set, pos.value, lang, style, counting.ready() ? estimate(set, pos.value) : undefined));
    let answer: AnswerValue | GoBack;
    try {
      answer = await ask(node, state, prompter, lang, hooks, style, infoAdvice(set, node, pos.value.facts));
    } catch (e) {
      // Ctrl-C or a closed terminal: the answers so far are already saved. At a checklist, what was ticked
      // there is saved too (remembered, not an answer): --resume opens the list with it ticked.
      if (e instanceof PromptStopped) {
        // Also when everything was unticked: the list must not open again with ticks the user took away.
        if (
          e.ticked &&
          node.kind === "checklist" &&
          !sameTicks(Object.hasOwn(state.remembered, node.id) ? state.remembered[node.id] : undefined, e.ticked)
        ) {
          state = remember(state, { node: node.id, answer: [...e.ticked] });
          hooks.onState(state);
        }
        return { kind: "stopped", state };
      }
      throw e;
    }
    if (answer === QUIT) return { kind: "stopped", state };
    if (answer === BACK || isGoBack(answer)) {
      // A checklist's ticks not yet given are kept for when the user comes back to it.
      state = back(state, isGoBack(answer) && answer.ticked ? { node: node.id, answer: answer.ticked } : undefined);
      hooks.onState(state);
      const p = position(set, state);
      if (!p.ok) throw new Error(p.error.message[lang]);
      pos = p;
      continue;
    }
    const next = step(set, state, answer, pos.value);
    if (!next.ok) {
      hooks.print(style.red(next.error.message[lang]));
      continue;
    }
    moveTo(next.value);
  }
}

/**
 * The check-your-answers page: only the questions on the route, in order: the
 * ones the user answered numbered, an answer implied by earlier ones marked as
 * implied with its reason (src/render/answers-list.ts); then "kloppen uw
 * antwoorden?" with "ja, toon het advies" first, one choice per answer the
 * user gave (an implied answer follows from those), and stop. Returns
 * CONFIRM, QUIT or CHANGE + the answer's index in the history.
 */
async function review(
  set: TreeSet,
  state: ConsultState,
  pos: Position,
  prompter: Prompter,
  lang: Lang,
  style: ChalkInstance,
  hooks: SessionHooks,
): Promise<string> {
  const list = routeAnswers(set, pos, lang);
  const numbers = answerNumbers(list);
  const changes: Choice<string>[] = [];
  list.forEach((a, i) => {
    const at = givenAt(state, a);
    if (at !== undefined)
      changes.push({ value: `${CHANGE}${at}`, name: `${m("reviewChange", lang)} ${numbers[i]}. ${a.question}` });
  });
  hooks.print(
    [
      "",
      style.bold(m("reviewHeading", lang)),
      style.dim(m("reviewIntro", lang)),
      renderAnswerList(list, lang, style),
    ].join("\n"),
  );
  return prompter.select({
    id: "review",
    message: m("reviewQuestion", lang),
    choices: [
      { value: CONFIRM, name: m("reviewConfirm", lang) },
      ...changes,
      { value: QUIT, name: hooks.quitLabel ?? m("quit", lang), separatorBefore: " " },
    ],
  });
}

/**
 * A tree set this small is counted at once, before its first question (a
 * millisecond or so). A larger one is counted in the background, so the
 * first question (about direct danger) is never delayed: the bundled trees
 * (about 100 nodes, some 30,000 states) take about a second.
 */
const SMALL_SET = 50;
/** States the exact count may newly visit before a question is shown (a few milliseconds). */
const COUNT_NOW = 200;
/** States per slice of the count that runs between keystrokes, and the most slices it gets. */
const COUNT_SLICE = 200;
const COUNT_SLICES = 5000;
/** The background count starts after the first question is drawn, so it never delays it. */
const COUNT_DELAY_MS = 100;

interface Counting {
  /** True once estimates are cheap to give (the graph tables exist): a small set at once, a large one after the first slice. */
  readonly ready: () => boolean;
  readonly stop: () => void;
}

/**
 * The exact count of questions still to come needs every (question, facts)
 * state after this one: instant on small trees, about a second on the
 * bundled ones from the start. On a large set it runs in slices between
 * keystrokes (each a few milliseconds, so typing is never held up), starting
 * after the first question is drawn; the first question then shows no
 * estimate, and a question the count has not reached yet shows the bound
 * without facts, which is wider but never wrong.
 */
function countInBackground(set: TreeSet, startNode: string): Counting {
  const from = position(set, start(set, startNode));
  let ready = set.nodes.size <= SMALL_SET;
  let stopped = !from.ok;
  let slices = 0;
  let immediate: ReturnType<typeof setImmediate> | undefined;
  const slice = () => {
    if (stopped || !from.ok || ++slices > COUNT_SLICES) return;
    const done = questionsToGo(set, from.value.node.id, from.value.facts, COUNT_SLICE) !== undefined;
    ready = true;
    if (!done) immediate = setImmediate(slice);
  };
  const timer = ready ? undefined : setTimeout(slice, COUNT_DELAY_MS);
  timer?.unref();
  if (ready) immediate = setImmediate(slice);
  return {
    ready: () => ready,
    stop: () => {
      stopped = true;
      if (timer) clearTimeout(timer);
      if (immediate) clearImmediate(immediate);
    },
  };
}

/** The honest estimate at a position: exact when known (or quick to find), else the bound without facts. */
function estimate(set: TreeSet, pos: Position): QuestionsToGo | undefined {
  return questionsToGo(set, pos.node.id, pos.facts, COUNT_NOW) ?? questionsToGoIgnoringFacts(set, pos.node.id);
}

/**
 * What a step brought, said at once (render/notices.ts, as the web page says it): a question the
 * consult does not ask because earlier answers settle it, marked as implied with the answer taken and
 * why, so nobody wonders where it went (the check page and the record mark it too); urgent advice given
 * on an answer or a checklist route. `before` undefined: from the start (a resumed consult).
 */
function announce(
  set: TreeSet,
  before: Position | undefined,
  pos: Position,
  lang: Lang,
  style: ChalkInstance,
  hooks: SessionHooks,
): void {
  for (const n of stepNotices(set, before, pos, lang)) hooks.print(renderNotice(n, style));
}

/** A progress text that names a step ("Meldcode, stap 2 van 5"); hand-written counters of questions do not. */
const NAMES_A_STEP = /\b(stap|step)\s+\d+/i;

/**
 * Where the user is: the meldcode step where the node's own progress text
 * names one, else the tree's title; then how many questions are still to
 * come, counted from the routes ("nog 4 tot 9 vragen").
 */
function header(
  set: TreeSet,
  pos: Position,
  lang: Lang,
  style: ChalkInstance,
  left: QuestionsToGo | undefined,
): string {
  const node = pos.node;
  const own = node.progress?.[lang];
  const where = own !== undefined && NAMES_A_STEP.test(own) ? own : set.nodes.get(node.id)!.tree.title[lang];
  return "\n" + style.dim(left ? `${where} · ${questionsToGoText(left, lang)}` : where);
}

/** `given`: the advice the engine collected at this node (its `when`/`unless` tests applied), for an info step's acute lines. */
async function ask(
  node: AskingNode,
  state: ConsultState,
  prompter: Prompter,
  lang: Lang,
  hooks: SessionHooks,
  style: ChalkInstance,
  given: readonly AdviceItem[],
): Promise<AnswerValue | GoBack> {
  const canGoBack = state.history.length > 0;
  // On a checklist, help must not throw away what was just ticked.
  // Own keys only: a node id from a file must not resolve to something on Object.prototype.
  let checked = Object.hasOwn(state.remembered, node.id) ? state.remembered[node.id] : undefined;
  // After help, a checklist opens again with the cursor on the row it was on.
  let cursor: string | undefined;
  const nav = (withHelp: boolean): Choice<string>[] =>
    [
      ...(withHelp ? [{ value: HELP, name: m("help", lang) }] : []),
      ...(canGoBack ? [{ value: BACK, name: m("back", lang) }] : []),
      { value: QUIT, name: hooks.quitLabel ?? m("quit", lang) },
    ].map((c, i) => (i === 0 ? { ...c, separatorBefore: " " } : c));
  if (node.kind === "info") {
    if (node.title) hooks.print(style.bold(node.title[lang]));
    hooks.print(node.text[lang]);
    // Only what the engine gave here: a guarded line ("within 72 hours: call now") shows only when its test holds.
    for (const a of given) if (a.urgency === "acuut") hooks.print(style.red.bold(a.why[lang]));
    return prompter.select({
      id: node.id,
      message: m("whenReady", lang),
      choices: [{ value: CONTINUE, name: m("continue", lang) }, ...nav(false)],
    });
  }
  for (;;) {
    if (node.kind === "question") {
      const choices: Choice<string>[] = [
        ...node.answers.map((a) => ({ value: a.id, name: a.label[lang] })),
        ...(node.unknown ? [{ value: UNKNOWN_ID, name: node.unknown.label?.[lang] ?? m("unknown", lang) }] : []),
        ...nav(true),
      ];
      const picked = await prompter.select({
        id: node.id,
        message: node.text[lang],
        choices,
        ...(typeof checked === "string" ? { default: checked } : {}),
      });
      if (picked !== HELP) return picked;
    } else {
      // The list opens with ticks set before (Terug, Wijzig, a stop): said once, as on the web page.
      const earlier = checked === undefined ? [] : typeof checked === "string" ? [checked] : checked;
      if (cursor === undefined && earlier.length > 0) hooks.print(style.yellow(m("earlierTicked", lang)));
      let lastCategory: string | undefined;
      const items: Choice<string>[] = node.items.map((it) => {
        const cat = it.category?.[lang];
        const sep = cat !== undefined && cat !== lastCategory ? `── ${cat} ──` : undefined;
        lastCategory = cat ?? lastCategory;
        return { value: it.id, name: it.label[lang], ...(sep ? { separatorBefore: sep } : {}) };
      });
      const result = await prompter.checklist({
        id: node.id,
        message: node.text[lang],
        hint: m("checklistHint", lang),
        items,
        ...(node.unknown
          ? {
              unknown: {
                value: UNKNOWN_ID,
                name: node.unknown.label?.[lang] ?? m("unknown", lang),
                separatorBefore: `── ${m("checklistUnknownHeading", lang)} ──`,
              },
            }
          : {}),
        ...(checked !== undefined ? { checked: typeof checked === "string" ? [checked] : checked } : {}),
        ...(cursor !== undefined ? { cursor } : {}),
        canGoBack,
      });
      if (result.kind === "back") return { back: true, ...(result.ticked ? { ticked: result.ticked } : {}) };
      // "Weet ik niet" alone is the plain unknown answer; with items ticked, both are kept.
      if (result.kind === "answer")
        return result.ticked.length === 1 && result.ticked[0] === UNKNOWN_ID ? UNKNOWN_ID : result.ticked;
      checked = result.ticked;
      cursor = result.cursor;
    }
    hooks.print(style.cyan(node.help?.[lang] ?? m("noHelp", lang)));
  }
}
