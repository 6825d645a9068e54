import { styleText } from "node:util";
import {
  createPrompt,
  isDownKey,
  isEnterKey,
  isSpaceKey,
  isUpKey,
  makeTheme,
  useKeypress,
  useMemo,
  usePagination,
  usePrefix,
  useState,
  type KeypressEvent,
} from "@inquirer/core";
import figures from "@inquirer/figures";
import { wrapBeside, wrapText } from "../render/wrap.js";

/**
 * The checklist prompt: tick what applies with Space, continue with Enter.
 *
 * Only ticked rows ever become the answer. Actions are keys, never rows, so
 * no cursor position can turn Enter into an answer nobody chose:
 *   ?       help (the ticks so far and the cursor's row are kept: the
 *           checklist opens again where the user was)
 *   Esc, b, t   back to the previous question
 *   Ctrl-C  stop (the consult is kept as a draft)
 * "Weet ik niet" is a row ticked with Space like an item; ticked together
 * with items, both are kept. Enter with nothing ticked asks once "Geen van
 * deze signalen?": yes (nothing ticked) / weet ik niet / back to the list,
 * with the cursor on "back to the list".
 */

export interface ChecklistRow {
  readonly value: string;
  readonly name: string;
  /** A heading drawn above this row (a category, or "Of kies"). */
  readonly separatorBefore?: string;
}

/** Every fixed text the prompt shows, in the consult's language. */
export interface ChecklistTexts {
  readonly keys: {
    readonly move: string;
    readonly tick: string;
    readonly submit: string;
    readonly help: string;
    readonly back: string;
    readonly stop: string;
    readonly choose: string;
    readonly toList: string;
  };
  readonly confirmEmpty: string;
  readonly confirmNone: string;
  readonly confirmUnknown: string;
  readonly confirmReturn: string;
  readonly confirmHint: string;
  readonly nothingTicked: string;
  readonly helpChosen: string;
  readonly backChosen: string;
  readonly noBack: string;
  /** The line under a list taller than the terminal: how many signals (and whether "weet ik niet") are below the window. */
  readonly moreBelow: (signals: number, unknown: boolean) => string;
}

export interface ChecklistPromptConfig {
  readonly message: string;
  /** A line under the question (how to answer), shown dim. */
  readonly hint?: string;
  readonly rows: readonly ChecklistRow[];
  /** The value of the "weet ik niet" row, when the checklist offers it (it must be one of `rows`). */
  readonly unknown?: string;
  readonly checked?: readonly string[];
  /** The row the cursor starts on (the row it was on when help was asked); default the first. */
  readonly cursor?: string;
  readonly canGoBack: boolean;
  readonly texts: ChecklistTexts;
  /** The terminal's size now: text is wrapped to its width and the list is as tall as it allows. */
  readonly size?: () => { readonly columns: number; readonly rows: number } | undefined;
  /** Told the ticks (in list order) after each change, so a stop (Ctrl-C) can keep what was ticked. */
  readonly onTicks?: (ticked: readonly string[]) => void;
}

export type ChecklistOutcome =
  | { readonly kind: "answer"; readonly ticked: readonly string[] }
  | { readonly kind: "help"; readonly ticked: readonly string[]; readonly cursor: string }
  | { readonly kind: "back"; readonly ticked: readonly string[] };

type Line = { readonly kind: "heading"; readonly text: string } | { readonly kind: "row"; readonly row: ChecklistRow };

const CONFIRM_NONE = "none";
const CONFIRM_UNKNOWN = "unknown";
const CONFIRM_RETURN = "return";

/** A key by its character: in a real terminal readline names letters but not "?"; @inquirer/testing names both. */
function isChar(key: KeypressEvent, ch: string): boolean {
  const k = key as KeypressEvent & { sequence?: string; meta?: boolean };
  if (k.ctrl || k.meta) return false;
  return k.name === ch || k.sequence === ch;
}

const isHelpKey = (key: KeypressEvent) => isChar(key, "?");
const isBackKey = (key: KeypressEvent) => key.name === "escape" || isChar(key, "b") || isChar(key, "t");

export const checklistPrompt = createPrompt<ChecklistOutcome, ChecklistPromptConfig>((config, done) => {
  const theme = makeTheme({});
  const [status, setStatus] = useState<"idle" | "done">("idle");
  const [phase, setPhase] = useState<"list" | "confirm">("list");
  const [ticked, setTicked] = useState<ReadonlySet<string>>(new Set(config.checked ?? []));
  const [summary, setSummary] = useState("");
  const [error, setError] = useState<string | undefined>(undefined);
  const prefix = usePrefix({ status, theme });
  const lines: Line[] = [];
  for (const row of config.rows) {
    if (row.separatorBefore !== undefined) lines.push({ kind: "heading", text: row.separatorBefore });
    lines.push({ kind: "row", row });
  }
  const rowIndexes = lines.flatMap((l, i) => (l.kind === "row" ? [i] : []));
  const startAt = lines.findIndex((l) => l.kind === "row" && l.row.value === config.cursor);
  const [active, setActive] = useState(startAt >= 0 ? startAt : (rowIndexes[0] ?? 0));
  const confirmChoices = [
    { value: CONFIRM_NONE, name: config.texts.confirmNone },
    ...(config.unknown !== undefined ? [{ value: CONFIRM_UNKNOWN, name: config.texts.confirmUnknown }] : []),
    { value: CONFIRM_RETURN, name: config.texts.confirmReturn },
  ];
  // The cautious default: Enter twice in a row goes back to the list, it never records "nothing ticked".
  const [confirmActive, setConfirmActive] = useState(confirmChoices.length - 1);

  const inOrder = (set: ReadonlySet<string>) => config.rows.map((r) => r.value).filter((v) => set.has(v));
  const labelOf = (value: string) => config.rows.find((r) => r.value === value)?.name ?? value;
  const finish = (outcome: ChecklistOutcome, text: string) => {
    setSummary(text);
    setStatus("done");
    done(outcome);
  };

  useKeypress((key) => {
    if (status !== "idle") return;
    if (phase === "confirm") {
      if (isUpKey(key, theme.keybindings)) setConfirmActive(Math.max(0, confirmActive - 1));
      else if (isDownKey(key, theme.keybindings))
        setConfirmActive(Math.min(confirmChoices.length - 1, confirmActive + 1));
      else if (isBackKey(key)) setPhase("list");
      else if (isEnterKey(key)) {
        const choice = confirmChoices[confirmActive]!.value;
        if (choice === CONFIRM_RETURN) setPhase("list");
        else if (choice === CONFIRM_UNKNOWN)
          finish({ kind: "answer", ticked: [config.unknown!] }, config.texts.confirmUnknown);
        else finish({ kind: "answer", ticked: [] }, config.texts.nothingTicked);
      }
      return;
    }
    setError(undefined);
    if (isUpKey(key, theme.keybindings) || isDownKey(key, theme.keybindings)) {
      const at = rowIndexes.indexOf(active);
      const next = isUpKey(key, theme.keybindings) ? Math.max(0, at - 1) : Math.min(rowIndexes.length - 1, at + 1);
      setActive(rowIndexes[next]!);
    } else if (isSpaceKey(key)) {
      const line = lines[active];
      if (line?.kind !== "row") return;
      const next = new Set(ticked);
      if (next.has(line.row.value)) next.delete(line.row.value);
      else next.add(line.row.value);
      setTicked(next);
      config.onTicks?.(inOrder(next));
    } else if (isEnterKey(key)) {
      const answer = inOrder(ticked);
      if (answer.length === 0) {
        // Every time it opens, the cursor starts on "back to the list".
        setConfirmActive(confirmChoices.length - 1);
        setPhase("confirm");
        return;
      }
      finish({ kind: "answer", ticked: answer }, answer.map(labelOf).join(", "));
    } else if (isHelpKey(key)) {
      const line = lines[active];
      finish(
        { kind: "help", ticked: inOrder(ticked), cursor: line?.kind === "row" ? line.row.value : "" },
        config.texts.helpChosen,
      );
    } else if (isBackKey(key)) {
      if (config.canGoBack) finish({ kind: "back", ticked: inOrder(ticked) }, config.texts.backChosen);
      else setError(config.texts.noBack);
    }
  });

  const size = config.size?.();
  const width = size?.columns;
  const dim = (t: string) => styleText("dim", t);
  const k = config.texts.keys;
  // A key and its action stay on one line (joined by no-break spaces); lines break between pairs.
  const keyHints = (pairs: [string, string][]) =>
    wrapText(
      pairs
        .map(([key, action]) => `${styleText("bold", key)}\u00a0${dim(action.replace(/ /g, "\u00a0"))}`)
        .join(dim(" • ")),
      width,
    );
  const head = wrapBeside(`${prefix} ${theme.style.message(config.message, status)}`, width, 2);
  const hint = config.hint ? "  " + wrapBeside(dim(config.hint), width, 2) : undefined;
  const above = [head, ...(hint ? [hint] : [])].join("\n");
  const keys = keyHints([
    ["↑↓", k.move],
    ["space", k.tick],
    ["⏎", k.submit],
    ["?", k.help],
    ...(config.canGoBack ? ([["esc", k.back]] as [string, string][]) : []),
    ["ctrl+c", k.stop],
  ]);
  const below = [" ", ...(error ? [theme.style.error(wrapText(error, width))] : []), keys].join("\n");
  // Each line's text wrapped once per width (a hook: called on every render, in the same order), not on every key.
  const wrapped = useMemo(
    () => lines.map((l) => (l.kind === "heading" ? wrapBeside(l.text, width, 1) : wrapBeside(l.row.name, width, 3))),
    [width],
  );
  const renderLine = (i: number, isActive: boolean) => {
    const item = lines[i]!;
    if (item.kind === "heading") return ` ${wrapped[i]}`;
    const cursor = isActive ? figures.pointer : " ";
    const box = ticked.has(item.row.value) ? styleText("green", figures.circleFilled) : figures.circle;
    const text = `${cursor}${box} ${wrapped[i]}`;
    return isActive ? theme.style.highlight(text) : text;
  };
  // As tall as the terminal allows, keeping the question, the key hints and the line printed above the question in view.
  // A list taller than that gets one line more under it, saying what is still below the window.
  const height = size?.rows ?? 24;
  const room = Math.max(4, height - lineCount(above) - lineCount(below) - 2);
  const heights = wrapped.map(lineCount);
  const overflows = heights.reduce((a, b) => a + b, 0) > room;
  const belowLine = (signals: number, unknown: boolean) =>
    dim(`↓ ${wrapBeside(config.texts.moreBelow(signals, unknown), width, 2)}`);
  // Room for the line at its longest (every signal and "weet ik niet" below), so the screen never grows as the cursor moves.
  const signalCount = config.rows.filter((r) => r.value !== config.unknown).length;
  const reserve = overflows ? lineCount(belowLine(signalCount, config.unknown !== undefined)) : 0;
  const pageSize = Math.max(4, room - reserve);
  // A hook: called on every render, in the same order, whatever is shown.
  const page = usePagination({
    items: lines,
    active,
    pageSize,
    loop: false,
    renderItem: ({ index, isActive }) => renderLine(index, isActive),
  });
  const hidden = lines
    .slice(lastWholeLine(heights, active, pageSize) + 1)
    .flatMap((l) => (l.kind === "row" ? [l.row.value] : []));
  const signalsBelow = hidden.filter((v) => v !== config.unknown).length;
  const unknownBelow = config.unknown !== undefined && hidden.includes(config.unknown);
  const moreBelow =
    signalsBelow > 0 || unknownBelow ? belowLine(signalsBelow, unknownBelow) : overflows ? " " : undefined;

  if (status === "done")
    return wrapBeside(
      `${prefix} ${theme.style.message(config.message, status)} ${theme.style.answer(summary)}`,
      width,
      2,
    );
  if (phase === "confirm") {
    const rows = confirmChoices.map((c, i) => {
      const cursor = i === confirmActive ? figures.pointer : " ";
      const text = `${cursor} ${wrapBeside(c.name, width, 2)}`;
      return i === confirmActive ? theme.style.highlight(text) : text;
    });
    return [
      head,
      styleText("bold", wrapText(config.texts.confirmEmpty, width)),
      ...rows,
      " ",
      dim(wrapText(config.texts.confirmHint, width)),
      keyHints([
        ["↑↓", k.move],
        ["⏎", k.choose],
        ["esc", k.toList],
      ]),
    ].join("\n");
  }
  return [above, page, ...(moreBelow !== undefined ? [moreBelow] : []), below].join("\n");
});

/**
 * The last line of the list (a row or a heading) that @inquirer/core's
 * usePagination (loop: false) shows whole, given each line's height: the
 * same arithmetic as its pointer and fill, so the prompt can say what is
 * below the window. test/ui/checklist-prompt.test.ts checks it against what
 * usePagination really draws, for every cursor position.
 */
export function lastWholeLine(heights: readonly number[], active: number, pageSize: number): number {
  const sum = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0);
  if (sum(heights) <= pageSize) return heights.length - 1;
  const middle = Math.floor(pageSize / 2);
  const under = sum(heights.slice(active));
  const pointer = under < pageSize - middle ? pageSize - under : Math.min(sum(heights.slice(0, active)), middle);
  const own = Math.min(heights[active] ?? 1, pageSize);
  let filled = (pointer + own <= pageSize ? pointer : pageSize - own) + own;
  let last = active;
  for (let i = active + 1; i < heights.length && filled < pageSize; i++) {
    filled += heights[i]!;
    if (filled <= pageSize) last = i;
  }
  return last;
}

function lineCount(text: string): number {
  return text.split("\n").length;
}
