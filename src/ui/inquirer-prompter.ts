import { input, select, Separator } from "@inquirer/prompts";
import type { TerminalSize } from "../io/io.js";
import { m, mf, type MessageKey } from "../i18n/messages.js";
import type { Lang } from "../model/text.js";
import { displayWidth, wrapBeside } from "../render/wrap.js";
import { checklistPrompt, type ChecklistTexts } from "./checklist-prompt.js";
import { PromptStopped, type Choice, type Prompter } from "./prompter.js";
import { watchFirstKey, type KeyInput } from "./settle.js";

/** Inquirer's key hints (its action names), in the consult's language: the words the checklist uses too. */
const KEY_WORDS: Readonly<Record<string, MessageKey>> = { navigate: "keyMove", select: "keyChoose" };

function keysHelpTip(lang: Lang) {
  return (keys: [string, string][]) =>
    keys
      .map(([key, action]) => `${key} ${Object.hasOwn(KEY_WORDS, action) ? m(KEY_WORDS[action]!, lang) : action}`)
      .join(" • ");
}

export function checklistTexts(lang: Lang): ChecklistTexts {
  return {
    keys: {
      move: m("keyMove", lang),
      tick: m("keyTick", lang),
      submit: m("keySubmit", lang),
      help: m("keyHelp", lang),
      back: m("keyBack", lang),
      stop: m("keyStop", lang),
      choose: m("keyChoose", lang),
      toList: m("keyToList", lang),
    },
    confirmEmpty: m("confirmEmpty", lang),
    confirmNone: m("confirmNone", lang),
    confirmUnknown: m("unknown", lang),
    confirmReturn: m("confirmReturn", lang),
    confirmHint: m("confirmHint", lang),
    nothingTicked: m("nothingTicked", lang),
    helpChosen: m("help", lang),
    backChosen: m("back", lang),
    noBack: m("noBack", lang),
    moreBelow: (signals, unknown) => {
      if (signals === 0) return m("checklistBelowUnknown", lang);
      const count = mf("checklistBelowCount", lang, { n: signals });
      return mf("checklistBelow", lang, {
        what: unknown ? mf("checklistBelowAndUnknown", lang, { what: count }) : count,
      });
    },
  };
}

/** Where the prompter reads keys and says what it did not take, and its clock (settle.ts); tests pass their own. */
export interface PrompterKeys {
  readonly input: KeyInput;
  readonly say: (line: string) => void;
  readonly now: () => number;
}

const TERMINAL_KEYS: PrompterKeys = {
  input: process.stdin,
  say: (line) => process.stdout.write(line + "\n"),
  now: () => performance.now(),
};

/**
 * The terminal prompter. Ctrl-C and a closed terminal both surface as PromptStopped.
 * `size` is the terminal's size now (from the command's Io): every text is
 * wrapped at word boundaries to its width, and lists are as tall as it allows.
 * An Enter that comes right after a question opens, before any other key, is not taken as its answer
 * (settle.ts): the screen says so and the question is asked again.
 */
export function inquirerPrompter(
  lang: Lang,
  size: () => TerminalSize | undefined = () => undefined,
  keys: PrompterKeys = TERMINAL_KEYS,
): Prompter {
  const theme = { style: { keysHelpTip: keysHelpTip(lang) } };
  return {
    select: (q) => {
      const width = size()?.columns;
      const message = wrapBeside(q.message, width, 2);
      return settled(keys, lang, width, (signal) =>
        select(
          {
            message,
            choices: withSeparators(q.choices, width, message),
            default: q.default,
            pageSize: Math.max(4, (size()?.rows ?? 24) - message.split("\n").length - 4),
            loop: false,
            theme,
          },
          { signal },
        ),
      );
    },
    // A checklist opens with its earlier ticks after "Terug" or "Wijzig": a stray Enter would give them again.
    // Ctrl-C keeps what was ticked: the stop says it, and the consult keeps it in the draft (not as an answer).
    checklist: async (q) => {
      let ticked: readonly string[] = q.checked ?? [];
      try {
        return await settled(keys, lang, size()?.columns, (signal) =>
          checklistPrompt(
            {
              message: q.message,
              ...(q.hint !== undefined ? { hint: q.hint } : {}),
              rows: [...q.items, ...(q.unknown ? [q.unknown] : [])],
              ...(q.unknown ? { unknown: q.unknown.value } : {}),
              ...(q.checked ? { checked: q.checked } : {}),
              ...(q.cursor !== undefined ? { cursor: q.cursor } : {}),
              canGoBack: q.canGoBack,
              texts: checklistTexts(lang),
              size,
              onTicks: (t) => (ticked = t),
            },
            { signal },
          ),
        );
      } catch (e) {
        if (e instanceof PromptStopped) throw new PromptStopped(ticked);
        throw e;
      }
    },
    input: (q) => guard(() => input({ message: wrapBeside(q.message, size()?.columns, 2), default: q.default })),
  };
}

/**
 * Choices with their separators, names wrapped beside the cursor. The answer
 * shown after the question (`short`) stays on the question's last line when
 * it fits there, else it goes on a line of its own: inquirer would cut it mid-word.
 */
function withSeparators<T>(
  choices: readonly Choice<T>[],
  width: number | undefined,
  message: string,
): ({ value: T; name: string; short: string; description?: string } | Separator)[] {
  const out: ({ value: T; name: string; short: string; description?: string } | Separator)[] = [];
  const last = displayWidth(message.split("\n").at(-1)!) + 2;
  for (const c of choices) {
    if (c.separatorBefore !== undefined) out.push(new Separator(wrapBeside(c.separatorBefore, width, 1)));
    const fits = width === undefined || last + 1 + displayWidth(c.name) <= width;
    out.push({
      value: c.value,
      name: wrapBeside(c.name, width, 2),
      short: fits ? c.name : "\n  " + wrapBeside(c.name, width, 2),
      ...(c.description ? { description: c.description } : {}),
    });
  }
  return out;
}

/** Asks until the answer did not come from a stray Enter (settle.ts); each stray Enter is said on screen. */
async function settled<T>(
  keys: PrompterKeys,
  lang: Lang,
  width: number | undefined,
  ask: (signal: AbortSignal) => Promise<T>,
): Promise<T> {
  for (;;) {
    const watch = watchFirstKey(keys.input, keys.now);
    try {
      return await guard(() => ask(watch.signal));
    } catch (e) {
      if (!watch.early()) throw e;
      keys.say(wrapBeside(m("enterTooSoon", lang), width, 0));
    } finally {
      watch.stop();
    }
  }
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
