/** Every text a user reads exists in Dutch and English. */
export type Lang = "nl" | "en";
export const LANGS: readonly Lang[] = ["nl", "en"];

export interface Text {
  readonly nl: string;
  readonly en: string;
}

export function t(text: Text, lang: Lang): string {
  return text[lang];
}
