import { checkbox, input, select, Separator } from "@inquirer/prompts";
import type { Lang } from "../model/text.js";
import { PromptStopped, type Choice, type Prompter } from "./prompter.js";

/** Inquirer's key hints, in the consult's language; "select" means choose in a list, tick in a checklist. */
const KEY_WORDS: Record<"select" | "checkbox", Record<string, { nl: string; en: string }>> = {
  select: { navigate: { nl: "bladeren", en: "move" }, select: { nl: "kiezen", en: "choose" } },
  checkbox: { navigate: { nl: "bladeren", en: "move" }, select: { nl: "aanvinken", en: "tick" }, submit: { nl: "verder", en: "continue" } },
};

function keysHelpTip(lang: Lang, prompt: "select" | "checkbox") {
  return (keys: [string, string][]) => keys.map(([key, action]) => `${key} ${KEY_WORDS[prompt][action]?.[lang] ?? action}`).join(" • ");
}

/** The terminal prompter. Ctrl-C and a closed terminal both surface as PromptStopped. */
export function inquirerPrompter(lang: Lang): Prompter {
  const theme = (prompt: "select" | "checkbox") => ({ style: { keysHelpTip: keysHelpTip(lang, prompt) } });
  return {
    select: (q) => guard(() => select({ message: q.message, choices: withSeparators(q.choices), default: q.default, pageSize: pageSize(), loop: false, theme: theme("select") })),
    checkbox: (q) =>
      guard(() =>
        checkbox({
          message: q.message,
          choices: withSeparators(q.choices.map((c) => ({ ...c, checked: q.checked?.includes(c.value) ?? false }))),
          // As tall as the terminal allows, so "weet ik niet", help, back and stop are in view.
          pageSize: pageSize(),
          loop: false,
          theme: theme("checkbox"),
          // "a" (all) would also tick "stop" and "back": the shortcuts are off.
          shortcuts: { all: null, invert: null },
        }),
      ),
    input: (q) => guard(() => input({ message: q.message, default: q.default })),
  };
}

function pageSize(): number {
  return Math.max(10, (process.stdout.rows ?? 24) - 6);
}

function withSeparators<T, C extends Choice<T>>(choices: readonly C[]): (C | Separator)[] {
  const out: (C | Separator)[] = [];
  for (const c of choices) {
    if (c.separatorBefore !== undefined) out.push(new Separator(c.separatorBefore));
    out.push(c);
  }
  return out;
}

async function guard<T>(ask: () => Promise<T>): Promise<T> {
  try {
    return await ask();
  } catch (e) {
    const name = (e as Error)?.name;
    if (name === "ExitPromptError" || name === "AbortPromptError") throw new PromptStopped();
    throw e;
  }
}
