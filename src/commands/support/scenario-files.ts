import { CliError, EXIT } from "../../io/exit-codes.js";
import { scenarioFiles } from "../../scenario/suite.js";

/** The scenario files to run (src/scenario/suite.ts), or exit 2 with its problem (a missing path, no file found). */
export function scenarioFilesOrStop(paths: readonly string[], cwd: string): string[] {
  const r = scenarioFiles(paths, cwd);
  if ("problem" in r) throw new CliError(r.problem, EXIT.usage);
  return r.files;
}
