import type { Lang } from "../model/text.js";
import { MESSAGES, type MessageKey } from "./messages.js";

/** A message with its {placeholders} filled in. A placeholder without a value stays as it is, so it shows. */
export function mf(key: MessageKey, lang: Lang, values: Readonly<Record<string, string | number>>): string {
  return MESSAGES[key][lang].replace(/\{(\w+)\}/g, (all, name: string) => (Object.hasOwn(values, name) ? String(values[name]) : all));
}

/** Both languages at once, for a CliError. */
export function mfText(key: MessageKey, values: Readonly<Record<string, string | number>>): { nl: string; en: string } {
  return { nl: mf(key, "nl", values), en: mf(key, "en", values) };
}
