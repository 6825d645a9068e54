/**
 * The one small interface between a consult and whoever answers it: inquirer
 * in a terminal, a script in tests and replays. Every prompt the consult shows
 * goes through here.
 */
export interface Choice<T> {
  readonly value: T;
  readonly name: string;
  readonly description?: string;
  /** A line drawn before this choice, to set it apart. */
  readonly separatorBefore?: string;
}

/**
 * A checklist: items to tick (with headings as `separatorBefore`), and
 * "weet ik niet" as one more row ticked like an item. Help and back are not
 * rows but keys, so no cursor position can submit an answer nobody chose.
 */
export interface ChecklistQuestion {
  readonly id: string;
  readonly message: string;
  /** How to answer, shown under the question. */
  readonly hint?: string;
  readonly items: readonly Choice<string>[];
  /** The "weet ik niet" row; its value is in the answer when it is ticked (alone or with items). */
  readonly unknown?: Choice<string>;
  /** Ticked when the checklist opens (an earlier answer, or the ticks before help was asked). */
  readonly checked?: readonly string[];
  /** The row the cursor starts on: after help, the row it was on. */
  readonly cursor?: string;
  readonly canGoBack: boolean;
}

/** What the user did at a checklist: answered (the ticked values; none is an answer too), asked for help, or went back. */
export type ChecklistResult =
  | { readonly kind: "answer"; readonly ticked: readonly string[] }
  | { readonly kind: "help"; readonly ticked: readonly string[]; readonly cursor?: string }
  /** `ticked`: what was ticked but not given, offered again when the user comes back to this list. */
  | { readonly kind: "back"; readonly ticked?: readonly string[] };

export interface Prompter {
  select<T>(q: {
    readonly id: string;
    readonly message: string;
    readonly choices: readonly Choice<T>[];
    readonly default?: T;
  }): Promise<T>;
  checklist(q: ChecklistQuestion): Promise<ChecklistResult>;
  input(q: { readonly id: string; readonly message: string; readonly default?: string }): Promise<string>;
}

/** Thrown by a prompter when the user stops (Ctrl-C, closed terminal). */
export class PromptStopped extends Error {
  /**
   * At a checklist: what was ticked there and not yet given (kept in the draft, not as an answer); empty when
   * the user unticked everything, undefined away from a checklist.
   */
  readonly ticked?: readonly string[];
  constructor(ticked?: readonly string[]) {
    super("prompt stopped");
    if (ticked) this.ticked = ticked;
  }
}
