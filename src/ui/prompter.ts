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

export interface Prompter {
  select<T>(q: { readonly id: string; readonly message: string; readonly choices: readonly Choice<T>[]; readonly default?: T }): Promise<T>;
  checkbox<T>(q: { readonly id: string; readonly message: string; readonly choices: readonly Choice<T>[]; readonly checked?: readonly T[] }): Promise<T[]>;
  input(q: { readonly id: string; readonly message: string; readonly default?: string }): Promise<string>;
}

/** Thrown by a prompter when the user stops (Ctrl-C, closed terminal). */
export class PromptStopped extends Error {
  constructor() {
    super("prompt stopped");
  }
}
