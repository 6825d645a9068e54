import { PromptStopped, type Prompter } from "./prompter.js";

/**
 * A prompter that answers from a script, for tests: each entry names the
 * prompt id it expects, so an unexpected question fails loudly instead of
 * being answered by accident.
 */
export type ScriptEntry = { readonly id: string; readonly answer: unknown } | { readonly stop: true };

export function scriptedPrompter(script: readonly ScriptEntry[], log: string[] = []): Prompter {
  let i = 0;
  const next = (id: string, kind: string): unknown => {
    const entry = script[i++];
    log.push(`${kind}:${id}`);
    if (!entry) throw new Error(`script ended, but the consult asked '${id}' (${kind})`);
    if ("stop" in entry) throw new PromptStopped();
    if (entry.id !== id) throw new Error(`script expected prompt '${entry.id}', but the consult asked '${id}' (${kind})`);
    return entry.answer;
  };
  return {
    select: async (q) => {
      const answer = next(q.id, "select");
      if (!q.choices.some((c) => c.value === answer)) throw new Error(`'${String(answer)}' is not a choice of '${q.id}'`);
      return answer as never;
    },
    checkbox: async (q) => next(q.id, "checkbox") as never,
    input: async (q) => next(q.id, "input") as string,
  };
}
