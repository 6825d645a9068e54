import { visible } from "../model/text.js";

/** visible() for a text of several lines, line breaks kept: a last guard on whole pages (docs, graphs, problem lists) whose parts come from files. */
export function visibleLines(s: string): string {
  return s.split("\n").map(visible).join("\n");
}
