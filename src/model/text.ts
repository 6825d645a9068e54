/** Every text a user reads exists in Dutch and English. */
export type Lang = "nl" | "en";
export const LANGS: readonly Lang[] = ["nl", "en"];

export interface Text {
  readonly nl: string;
  readonly en: string;
}

/** The same words in both languages: an id, a path, a number (not for sentences: those go through src/i18n). */
export function sameText(s: string): Text {
  return { nl: s, en: s };
}

export function t(text: Text, lang: Lang): string {
  return text[lang];
}

/**
 * A value read from a user's file, made safe to echo in a message: control characters (which a terminal
 * could act on: wipe the screen, set the clipboard) and bidirectional overrides are shown as \u{..}.
 */
export function visible(s: string): string {
  return s.replace(
    // eslint-disable-next-line no-control-regex -- finding control characters is the point
    /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/gu,
    (c) => `\\u{${c.codePointAt(0)!.toString(16)}}`,
  );
}
