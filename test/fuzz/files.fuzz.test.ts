import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { stringify } from "yaml";
import { beforeAll, describe, expect, it } from "vitest";
import { run as consult } from "../../src/commands/consult.js";
import { CliError } from "../../src/io/exit-codes.js";
import { scriptedPrompter } from "../../src/ui/scripted-prompter.js";
import { fakeIo } from "../fake-io.js";
import { BASIC, ROOT } from "../helpers.js";
import {
  CONTROL,
  DOCUMENTED_EXITS,
  expectWellBehaved,
  HOSTILE_TEXTS,
  hostileId,
  hostileText,
  otherType,
  runCli,
  runs,
  seed,
  tempDir,
  timeout,
} from "./fuzz-support.js";
import { dataMutation, mutateData, mutateText, textMutation } from "./mutate.js";

// The files a user hands the tool besides trees (issue 13, "And to keep it so"): answers files, saved
// records, drafts, region files, the config file and scenario files, random or mutated, through the
// commands that read them. Each must be refused with a message (and a documented exit code) or used.

let dir: string;
/** A record the basic fixture gives, saved by a consult: the base that records are mutated from. */
let record: unknown;
const ANSWERS = "answers:\n  gevaar: nee\n  soort: [geld, spijbelen]\n  overleg: ja\n";

beforeAll(async () => {
  dir = tempDir("files");
  writeFileSync(join(dir, "a.yaml"), ANSWERS);
  const r = await runCli(
    ["consult", "--trees", BASIC, "--answers", join(dir, "a.yaml"), "--record", join(dir, "r.json")],
    dir,
  );
  expect(r.code).toBe(0);
  record = JSON.parse(readFileSync(join(dir, "r.json"), "utf8"));
});

/** A mutated copy: one to three data mutations, then perhaps a text mutation of the serialised form. */
function mutated(
  base: unknown,
  data: readonly Parameters<typeof mutateData>[1][],
  text: Parameters<typeof mutateText>[1] | undefined,
  asJson: boolean,
): string {
  const copy: unknown = JSON.parse(JSON.stringify(base));
  for (const m of data) mutateData(copy, m);
  const serialised = asJson ? JSON.stringify(copy, null, 2) : stringify(copy, { aliasDuplicateObjects: false });
  return text ? mutateText(serialised, text) : serialised;
}

const edits = fc.record({
  data: fc.array(dataMutation, { minLength: 1, maxLength: 3 }),
  text: fc.option(textMutation, { nil: undefined, freq: 3 }),
});

/** An answers file's value: a real answer id, a list of item ids, or something hostile. */
const answerValue = fc.oneof(
  fc.constantFrom("ja", "nee", "unknown", "geld"),
  fc.array(fc.constantFrom("geld", "spijbelen", "telefoons", "unknown", "constructor"), { maxLength: 4 }),
  otherType,
);
const answersFile = fc.dictionary(
  fc.oneof(fc.constantFrom("gevaar", "soort", "overleg", "constructor", "__proto__"), hostileId),
  answerValue,
  { maxKeys: 5 },
);

describe("hostile files never crash a command", () => {
  it(
    "answers files: random mappings and mutated valid ones, through consult --answers (also --json and --template)",
    async () => {
      await fc.assert(
        fc.asyncProperty(
          fc.oneof(
            answersFile.map((a) => ({ answers: a })),
            fc.constant({ answers: { gevaar: "nee", soort: ["geld"], overleg: "ja" } }),
          ),
          edits,
          fc.boolean(),
          fc.nat({ max: 2 }),
          async (base, e, mutate, mode) => {
            const file = join(tempDir("answers"), "a.yaml");
            writeFileSync(file, mutate ? mutated(base, e.data, e.text, false) : stringify(base));
            const extra = [[], ["--json"], ["--template"]][mode]!;
            const r = await runCli(["consult", "--trees", BASIC, "--answers", file, ...extra], dir);
            expectWellBehaved(r, `consult --answers ${readFileSync(file, "utf8").slice(0, 300)}`);
          },
        ),
        { seed: seed(), numRuns: runs(30) },
      );
    },
    timeout(60_000),
  );

  it(
    "saved records: mutated JSON replayed with consult --answers and turned into a scenario with scenario from",
    async () => {
      await fc.assert(
        fc.asyncProperty(edits, fc.boolean(), async (e, from) => {
          const file = join(tempDir("record"), "r.json");
          writeFileSync(file, mutated(record, e.data, e.text, true));
          const args = from ? ["scenario", "from", file] : ["consult", "--trees", BASIC, "--answers", file];
          const r = await runCli(args, dir);
          expectWellBehaved(r, `${args.slice(0, 2).join(" ")} on ${JSON.stringify(e)}`);
        }),
        { seed: seed(), numRuns: runs(30) },
      );
    },
    timeout(60_000),
  );

  it(
    "saved records with escape sequences in any text: replayed, and compared with today's advice, without a control character",
    async () => {
      let replayed = 0;
      await fc.assert(
        fc.asyncProperty(
          fc.array(
            fc.record({
              op: fc.constant("text" as const),
              pick: fc.nat(),
              text: fc.constantFrom(...HOSTILE_TEXTS.filter((t) => CONTROL.test(t))),
              at: fc.nat(),
            }),
            { minLength: 1, maxLength: 3 },
          ),
          async (data) => {
            const file = join(tempDir("record"), "r.json");
            writeFileSync(file, mutated(record, data, undefined, true));
            const r = await runCli(["consult", "--trees", BASIC, "--answers", file], dir);
            expectWellBehaved(r, `consult --answers with ${JSON.stringify(data)}`);
            if (r.code === 0) replayed++;
          },
        ),
        { seed: seed(), numRuns: runs(30) },
      );
      // Texts the replay does not read (question and answer texts, names) leave it replayable: the comparison runs.
      expect(replayed).toBeGreaterThan(0);
    },
    timeout(60_000),
  );

  it(
    "region files and the config file that names one: mutated, through consult --region and through $XDG_CONFIG_HOME",
    async () => {
      const example = readFileSync(join(ROOT, "trees/regions/voorbeeld.yaml"), "utf8");
      const { parse } = await import("yaml");
      const base: unknown = { ...parse(example), example: false };
      // Answers for the bundled trees: the first question only; the rest is reported as missing (exit 1).
      writeFileSync(join(dir, "bundled.yaml"), "answers:\n  acuut-gevaar: ja\n");
      await fc.assert(
        fc.asyncProperty(
          edits,
          fc.boolean(),
          fc.option(hostileText, { nil: undefined }),
          async (e, viaConfig, configText) => {
            const home = tempDir("region");
            const file = join(home, "regio.yaml");
            writeFileSync(file, mutated(base, e.data, e.text, false));
            let env: Record<string, string> = {};
            let args = ["consult", "--region", file, "--answers", join(dir, "bundled.yaml")];
            if (viaConfig) {
              mkdirSync(join(home, "signaalroute"), { recursive: true });
              writeFileSync(
                join(home, "signaalroute", "config.yaml"),
                configText === undefined
                  ? `region: ${JSON.stringify(file)}\n`
                  : `region: ${JSON.stringify(configText)}\n${configText}\n`,
              );
              env = { XDG_CONFIG_HOME: home };
              args = ["consult", "--answers", join(dir, "bundled.yaml")];
            }
            const r = await runCli(args, dir, env);
            expectWellBehaved(r, `${viaConfig ? "config" : "--region"} ${JSON.stringify(e)}`);
          },
        ),
        { seed: seed(), numRuns: runs(30) },
      );
    },
    timeout(60_000),
  );

  it(
    "scenario files: the bundled ones mutated, through scenario run",
    async () => {
      const { parse } = await import("yaml");
      const bundled = readdirSync(join(ROOT, "scenarios"))
        .filter((f) => f.endsWith(".yaml"))
        .slice(0, 6)
        .map((f) => parse(readFileSync(join(ROOT, "scenarios", f), "utf8")) as unknown);
      await fc.assert(
        fc.asyncProperty(fc.nat({ max: bundled.length - 1 }), edits, async (k, e) => {
          const file = join(tempDir("scenario"), "s.yaml");
          writeFileSync(file, mutated(bundled[k], e.data, e.text, false));
          const r = await runCli(["scenario", "run", file], dir);
          expectWellBehaved(r, `scenario run ${JSON.stringify(e)}`);
        }),
        { seed: seed(), numRuns: runs(8) },
      );
    },
    timeout(60_000),
  );

  it(
    "drafts: a consult's draft mutated, then listed by drafts and resumed by consult --resume",
    async () => {
      const data = join(tempDir("drafts"), "data");
      const io = () =>
        fakeIo({ stdinIsTTY: true, stdoutIsTTY: true, cwd: dir, env: { SIGNAALROUTE_DATA_DIR: data, NO_COLOR: "1" } });
      const opts = { lang: "nl" as const, color: false, trees: [BASIC] };
      expect(
        await consult(opts, {
          io: io(),
          prompter: () => Promise.resolve(scriptedPrompter([{ id: "gevaar", answer: "nee" }, { stop: true }])),
        }),
      ).toBe(130);
      const id = readdirSync(join(data, "drafts"))
        .find((f) => f.endsWith(".json"))!
        .slice(0, -5);
      const draft: unknown = JSON.parse(readFileSync(join(data, "drafts", `${id}.json`), "utf8"));
      await fc.assert(
        fc.asyncProperty(edits, async (e) => {
          writeFileSync(join(data, "drafts", `${id}.json`), mutated(draft, e.data, e.text, true), { mode: 0o600 });
          const listed = await runCli(["drafts"], dir, { SIGNAALROUTE_DATA_DIR: data });
          expectWellBehaved(listed, `drafts ${JSON.stringify(e)}`);
          const out = io();
          let code: number;
          try {
            code = await consult(
              { ...opts, resume: id },
              { io: out, prompter: () => Promise.resolve(scriptedPrompter([{ stop: true }])) },
            );
          } catch (x) {
            // Refused drafts raise the command's own error, which the CLI turns into its exit code and message.
            expect(x, String(x)).toBeInstanceOf(CliError);
            const err = x as CliError;
            code = err.exitCode;
            expect(CONTROL.exec(err.text.nl + err.text.en + err.details.join("\n"))).toBeNull();
          }
          expect(DOCUMENTED_EXITS.has(code)).toBe(true);
          expect(CONTROL.exec(out.stdout() + out.stderr())).toBeNull();
          // A draft set aside or resumed: start the next run from the original alone.
          for (const f of readdirSync(join(data, "drafts")))
            if (f !== `${id}.json`) rmSync(join(data, "drafts", f), { recursive: true, force: true });
          writeFileSync(join(data, "drafts", `${id}.json`), JSON.stringify(draft), { mode: 0o600 });
        }),
        { seed: seed(), numRuns: runs(25) },
      );
    },
    timeout(60_000),
  );
});
