import { PromptStopped, type ChecklistResult, type Prompter } from "./prompter.js";

/**
 * A prompter that answers from a script, for tests: each entry names the
 * prompt id it expects, so an unexpected question fails loudly instead of
 * being answered by accident. A checklist's answer is the list of ticked
 * values, or a ChecklistResult (`{ kind: "help", ticked }`, `{ kind: "back" }`).
 */
export type ScriptEntry = { readonly id: string; readonly answer: unknown } | { readonly stop: true };

export function scriptedPrompter(script: readonly ScriptEntry[], log: string[] = []): Prompter {
  let i = 0;
  const next = (id: string, kind: string): unknown => {
    const entry = script[i++];
    log.push(`${kind}:${id}`);
    if (!entry) throw new Error(`script ended, but the consult asked '${id}' (${kind})`);
    if ("stop" in entry) throw new PromptStopped();
    if (entry.id !== id)
      throw new Error(`script expected prompt '${entry.id}', but the consult asked '${id}' (${kind})`);
    return entry.answer;
  };
  return {
    select: async (q) => {
      const answer = next(q.id, "select");
      if (!q.choices.some((c) => c.value === answer))
        throw new Error(`'${String(answer)}' is not a choice of '${q.id}'`);
      return answer as never;
    },
    checklist: async (q) => {
      const answer = next(q.id, "checklist");
      const result: ChecklistResult = Array.isArray(answer)
        ? { kind: "answer", ticked: answer as string[] }
        : (answer as ChecklistResult);
      if (result.kind === "back" && !q.canGoBack) throw new Error(`'${q.id}' offers no way back`);
      const offered = new Set([...q.items.map((c) => c.value), ...(q.unknown ? [q.unknown.value] : [])]);
      const wrong = result.kind === "back" ? [] : result.ticked.filter((t) => !offered.has(t));
      if (wrong.length > 0) throw new Error(`'${wrong.join(", ")}' is not a row of '${q.id}'`);
      return result;
    },
    input: async (q) => next(q.id, "input") as string,
  };
}
