/**
 * A stray Enter is not a choice. A select opens with the cursor on an answer (the first one, or an earlier
 * answer), so an Enter meant for the screen before (a second press on "Verder", a key that bounced) would
 * take that answer before anybody read the question. Inquirer already drops keys typed before a prompt is
 * drawn; this drops the next gap: an Enter that is the first key of a question and comes within
 * SETTLE_MS of it opening. Any other first key (an arrow, a letter) shows a choice is being made and ends
 * the watch.
 */
export const SETTLE_MS = 400;

/** What a keypress listener is given (node:readline's Key, the part used here). */
interface Key {
  readonly name?: string;
}

/** The input inquirer reads keys from: it emits readline's "keypress" events. */
export interface KeyInput {
  on(event: "keypress", listener: (s: unknown, key: Key | undefined) => void): unknown;
  removeListener(event: "keypress", listener: (s: unknown, key: Key | undefined) => void): unknown;
}

export interface SettleWatch {
  /** Aborts the prompt when a too-early Enter comes; pass it to inquirer as its `signal`. */
  readonly signal: AbortSignal;
  /** True when the prompt was aborted because of a too-early Enter. */
  early(): boolean;
  /** Stops watching (call when the prompt has settled, whichever way). */
  stop(): void;
}

/**
 * Watches the first key of a prompt that opens now. It must be called before the prompt is started, so its
 * listener runs before inquirer's and the abort lands before the prompt takes the Enter.
 */
export function watchFirstKey(input: KeyInput, now: () => number, settleMs = SETTLE_MS): SettleWatch {
  const controller = new AbortController();
  const opened = now();
  let fired = false;
  const listener = (_s: unknown, key: Key | undefined) => {
    input.removeListener("keypress", listener);
    const enter = key?.name === "return" || key?.name === "enter";
    if (enter && now() - opened < settleMs) {
      fired = true;
      controller.abort();
    }
  };
  input.on("keypress", listener);
  return {
    signal: controller.signal,
    early: () => fired,
    stop: () => input.removeListener("keypress", listener),
  };
}
