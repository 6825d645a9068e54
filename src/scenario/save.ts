import { existsSync, statSync } from "node:fs";
import { dirname, resolve } from "node:path";
import type { Io } from "../io/io.js";
import { mf, mt } from "../i18n/messages.js";
import { cannotWriteText } from "../i18n/write-error.js";
import type { Lang, Text } from "../model/text.js";
import { writePrivateFile } from "../util/private-file.js";

/**
 * Before a consult starts: --save-scenario must name a new file in an existing folder, so nothing is lost at
 * the end. The problem when it does not (the command stops with exit 2), else undefined.
 */
export function scenarioTargetProblem(file: string, io: Io): Text | undefined {
  const full = resolve(io.cwd, file);
  let folder = false;
  try {
    folder = statSync(dirname(full)).isDirectory();
  } catch {
    // handled below
  }
  if (!folder) return cannotWriteText(file, "ENOENT");
  if (existsSync(full)) return mt("scnExists", { file });
  return undefined;
}

/** Writes the scenario (0600); when that fails, prints it instead, so the consult's answers are not lost. */
export function saveScenario(file: string, text: string, io: Io, lang: Lang): void {
  const full = resolve(io.cwd, file);
  try {
    // noClobber: a file made since the consult started is kept (EEXIST), and the scenario is printed instead.
    writePrivateFile(full, text, { noClobber: true });
    io.err(mf("scnSaved", lang, { file: full }) + "\n");
  } catch (e) {
    io.err(cannotWriteText(file, e)[lang] + "\n");
    io.out(text);
  }
}
