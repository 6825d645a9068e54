import { dirname, join, relative, resolve, sep } from "node:path";
import { CliError, EXIT } from "../io/exit-codes.js";
import type { Io } from "../io/io.js";
import { MESSAGES, mf, mt } from "../i18n/messages.js";
import { cannotWriteText } from "../i18n/write-error.js";
import type { Lang } from "../model/text.js";
import { packageRoot } from "../util/package-root.js";
import { writePrivateFile } from "../util/private-file.js";
import { readErrorText, readSmallFile } from "../util/read-small-file.js";

export interface RegionInitOptions {
  readonly lang: Lang;
  readonly file: string;
}

const MODELINE = /^# yaml-language-server: \$schema=\S+$/m;

/**
 * The region template with its modeline pointing at the installed package's region schema, as a path
 * relative to the new file's folder (so it names no home folder, and editors resolve it). Pure.
 */
export function regionTemplate(template: string, fileDir: string, schemaPath: string): string {
  const rel = relative(fileDir, schemaPath).split(sep).join("/");
  const target = rel.startsWith(".") ? rel : `./${rel}`;
  return template.replace(MODELINE, `# yaml-language-server: $schema=${target}`);
}

/** `signaalroute region init FILE`: a new region file from the template (mode 0600); never overwrites. Exit 0, or 2. */
export function init(opts: RegionInitOptions, io: Io): number {
  const target = resolve(io.cwd, opts.file);
  const root = packageRoot();
  const read = readSmallFile(join(root, "trees", "regions", "template.yaml"));
  if ("error" in read)
    throw new CliError(readErrorText(read.error, MESSAGES.fileTemplate, "trees/regions/template.yaml"), EXIT.internal);
  const text = regionTemplate(read.text, dirname(target), join(root, "schemas", "region.schema.json"));
  try {
    writePrivateFile(target, text, { noClobber: true });
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === "EEXIST") throw new CliError(mt("regionInitExists", { file: opts.file }), EXIT.usage);
    throw new CliError(cannotWriteText(opts.file, e), EXIT.usage);
  }
  io.out(mf("regionInitWritten", opts.lang, { file: opts.file }) + "\n");
  return EXIT.ok;
}
