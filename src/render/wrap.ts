import stringWidth from "fast-string-width";
import { wrapAnsi } from "fast-wrap-ansi";

/**
 * Wrapping for the terminal: at word boundaries, with wide characters (CJK,
 * emoji) and ANSI colour codes accounted for (fast-wrap-ansi and
 * fast-string-width: the ones @inquirer/core already loads for the prompts,
 * so the consult pays for one wrapping library, not two).
 * Pure: the width is given by the caller, who knows the terminal.
 */

/** Below this many columns a terminal is treated as this wide: a word per line helps nobody. */
export const MIN_WIDTH = 20;

/** The display width of a string in columns: colour codes count for nothing, wide characters for two. */
export function displayWidth(text: string): number {
  return stringWidth(text);
}

/** A line's own indent: leading spaces plus a list marker ("- ", "* ", "• ", "↳ ", "12. "), so wrapped lines hang under its text. */
const HANG = /^(\s*(?:[-*•↳]\s+|\d+\.\s+)?)/;

/**
 * Wraps every line of `text` to `width` columns at word boundaries. A line
 * that starts with spaces or a list marker keeps its continuation lines
 * under its text. `width` undefined: the text is returned unchanged (output
 * that is not a terminal is not wrapped). A single word longer than the
 * line is left whole (a web address stays one piece; the terminal folds it).
 */
export function wrapText(text: string, width: number | undefined): string {
  if (width === undefined) return text;
  const w = Math.max(MIN_WIDTH, Math.floor(width));
  return text
    .split("\n")
    .map((line) => wrapLine(line, w))
    .join("\n");
}

function wrapLine(line: string, width: number): string {
  if (displayWidth(line) <= width) return line;
  const plain = stripAnsiStart(line);
  const prefix = HANG.exec(plain)?.[1] ?? "";
  // The prefix is plain text at the start of the line (colour codes before it are kept with the rest).
  const lead = line.slice(0, line.indexOf(prefix) + prefix.length);
  const rest = line.slice(lead.length);
  const indent = displayWidth(prefix);
  const room = width - indent;
  if (room < MIN_WIDTH / 2) return wrapWords(line, width).join("\n");
  const lines = wrapWords(rest, room);
  return lines.map((l, i) => (i === 0 ? lead + l : " ".repeat(indent) + l)).join("\n");
}

/** The line without leading colour codes, to find its indent. */
function stripAnsiStart(line: string): string {
  // eslint-disable-next-line no-control-regex
  return line.replace(/^(?:\u001b\[[0-9;]*m)+/, "");
}

/**
 * Wraps `text` for a row that starts with a `prefixWidth`-column marker
 * (a cursor, a tick box): the text's lines fit beside the marker and every
 * line after the first is indented by as much.
 */
export function wrapBeside(text: string, width: number | undefined, prefixWidth: number): string {
  if (width === undefined) return text;
  const room = Math.max(MIN_WIDTH, Math.floor(width)) - prefixWidth;
  return wrapWords(text, Math.max(MIN_WIDTH / 2, room)).join("\n" + " ".repeat(prefixWidth));
}

/**
 * The one call of the wrapping library: `text` as lines of at most `width`
 * columns, broken at word boundaries (spaces at the breaks dropped), colour
 * codes and wide characters counted right. No minimum width and no hanging
 * indent: the callers above add those for the terminal; the flowcharts
 * (flowchart.ts) use it as it is. A word longer than the line stays whole.
 */
export function wrapWords(text: string, width: number): string[] {
  return wrapAnsi(text, width, { hard: false, trim: true }).split("\n");
}
