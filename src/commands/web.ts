import { existsSync, lstatSync, mkdirSync } from "node:fs";
import { join, resolve } from "node:path";
import { CliError, EXIT } from "../io/exit-codes.js";
import type { Io } from "../io/io.js";
import { mf, mt } from "../i18n/messages.js";
import { cannotWriteText } from "../i18n/write-error.js";
import type { Lang } from "../model/text.js";
import { packageRoot } from "../util/package-root.js";
import { writePrivateFile } from "../util/private-file.js";
import { readSmallFile } from "../util/read-small-file.js";
import { VERSION } from "../version.js";
import { webDataOf } from "../web/data.js";
import { webPage } from "../web/page.js";
import { loadTrees } from "./support/load-trees.js";
import { regionPath, withRegion } from "./support/region-option.js";

export interface WebOptions {
  readonly lang: Lang;
  readonly out: string;
  readonly trees?: readonly string[];
  readonly region?: string;
  readonly force?: boolean;
}

/** The browser bundle scripts/build.mjs makes (bundleWeb). */
export const WEB_ASSET = "dist/web-app.js";

/**
 * `signaalroute web --out DIR`: the consult as one self-contained page,
 * DIR/index.html. The trees are loaded and checked exactly as for a consult
 * (the build's checked copy of the bundled trees, or --trees with every
 * safety rule), with the region laid over them; broken trees are refused
 * with the same message and exit code.
 */
export async function run(opts: WebOptions, io: Io): Promise<number> {
  const lang = opts.lang;
  const outDir = resolve(io.cwd, opts.out);
  const file = join(outDir, "index.html");
  if (existsSync(file) && !opts.force) throw new CliError(mt("webOutExists", { file }), EXIT.usage);
  const asset = readSmallFile(join(packageRoot(), WEB_ASSET), { maxBytes: 8 * 1024 * 1024 });
  if (!("text" in asset)) throw new CliError(mt("webNoAsset"), EXIT.internal);
  const set = await loadTrees({ paths: opts.trees, cwd: io.cwd, lang, rules: "consult" });
  const region = await withRegion(set, regionPath(opts.region, io), lang);
  if (region.example) io.err(mf("exampleRegion", lang, {}) + "\n");
  const page = webPage(webDataOf(region.set, lang, `signaalroute ${VERSION}`, region.name), asset.text);
  try {
    if (!existsSync(outDir)) mkdirSync(outDir, { recursive: true, mode: 0o700 });
    else if (!lstatSync(outDir).isDirectory()) throw Object.assign(new Error("not a folder"), { code: "ENOTDIR" });
    writePrivateFile(file, page);
  } catch (e) {
    throw new CliError(cannotWriteText(file, e), EXIT.usage);
  }
  io.out(mf("webWritten", lang, { file }) + "\n");
  return EXIT.ok;
}
