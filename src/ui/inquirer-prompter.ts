import { checkbox, input, select, Separator } from "@inquirer/prompts";
import { PromptStopped, type Choice, type Prompter } from "./prompter.js";

/** The terminal prompter. Ctrl-C and a closed terminal both surface as PromptStopped. */
export function inquirerPrompter(): Prompter {
  return {
    select: (q) => guard(() => select({ message: q.message, choices: withSeparators(q.choices), default: q.default, pageSize: 12, loop: false })),
    checkbox: (q) =>
      guard(() =>
        checkbox({
          message: q.message,
          choices: withSeparators(q.choices.map((c) => ({ ...c, checked: q.checked?.includes(c.value) ?? false }))),
          pageSize: 14,
          loop: false,
        }),
      ),
    input: (q) => guard(() => input({ message: q.message, default: q.default })),
  };
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
