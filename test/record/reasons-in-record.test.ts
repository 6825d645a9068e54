import { readFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { parse } from "yaml";
import { loadTrees } from "../../src/commands/support/load-trees.js";
import { runAnswers } from "../../src/consult/answers-file.js";
import { start } from "../../src/engine/engine.js";
import type { AnswerValue } from "../../src/engine/state.js";
import type { TreeSet } from "../../src/model/tree-set.js";
import { buildRecord } from "../../src/record/build-record.js";
import type { ConsultRecord } from "../../src/record/consult-record.js";
import { renderAdvice } from "../../src/render/advice-text.js";
import { recordToMarkdown } from "../../src/render/record-markdown.js";
import { makeStyle } from "../../src/render/style.js";
import { ROOT } from "../helpers.js";

// A contact advised on two routes gets two reasons; on the bundled trees they often share a sentence.
// The record says each sentence once per contact, so every output made from it does: the JSON record, the
// Markdown, the advice screen and the web page (which shows the record's reasons as they are).

let set: TreeSet;
beforeAll(async () => {
  set = await loadTrees({ cwd: ROOT, lang: "nl", rules: "consult" });
}, 60000);

function recordOf(scenario: string): ConsultRecord {
  const answers = (
    parse(readFileSync(join(ROOT, "scenarios", scenario), "utf8")) as { answers: Record<string, AnswerValue> }
  ).answers;
  const run = runAnswers(set, start(set), new Map(Object.entries(answers)), () => undefined);
  expect(run.diagnostics).toEqual([]);
  const r = buildRecord(set, run.state, "nl", new Date(2026, 11, 2, 10, 0, 0));
  if (!r.ok) throw new Error(r.error.message.en);
  return r.value;
}

const times = (text: string, part: string) => text.split(part).length - 1;

describe("each sentence of a contact's reasons once, in the record itself", () => {
  it("scenario 16 (a child who recruits others): Veilig Thuis is advised on both routes, 'Meld voor elk benaderd kind.' said once", () => {
    // By hand: trees/bijzonder.yaml (werft-anderen) and trees/uitbuiting.yaml (cr-werft) both advise Veilig Thuis,
    // each reason ending in "Meld voor elk benaderd kind."; each reason has a first sentence of its own.
    const record = recordOf("16-kind-werft-anderen.yaml");
    const vt = record.advice.find((a) => a.contact === "veilig-thuis")!;
    // The third is the meldcode's own (trees/meldcode.yaml, the exploitation outcome), sharing nothing.
    expect(vt.why).toEqual([
      "De benaderde kinderen zijn mogelijk slachtoffer van mensenhandel: acute onveiligheid. Meld voor elk benaderd kind.",
      "Het kind werft of benadert andere kinderen. Die kinderen zijn mogelijk slachtoffer van mensenhandel: dat is acute onveiligheid.",
      "Uitbuiting is acute onveiligheid. Dan is melden bij Veilig Thuis de norm.",
    ]);
    // The JSON record as written to a file says it once, and so do the Markdown and the advice screen.
    const json = JSON.parse(JSON.stringify(record)) as ConsultRecord;
    expect(
      times(json.advice.find((a) => a.contact === "veilig-thuis")!.why.join(" "), "Meld voor elk benaderd kind."),
    ).toBe(1);
    const md = recordToMarkdown(record).split("\n");
    const from = md.findIndex((l) => /^\d+\. \*\*Veilig Thuis/.test(l));
    const to = md.findIndex((l, k) => k > from && !l.startsWith("   "));
    expect(from).toBeGreaterThanOrEqual(0);
    expect(times(md.slice(from, to).join("\n"), "Meld voor elk benaderd kind.")).toBe(1);
    const screen = renderAdvice(record, "nl", makeStyle(false));
    const vtWhy = screen.split("\n").find((l) => l.startsWith("  - Veilig Thuis:"))!;
    expect(times(vtWhy, "Meld voor elk benaderd kind.")).toBe(1);
  });

  it("scenario 01 (direct danger and exploitation): the CSG's two reasons share two sentences, each given once", () => {
    // By hand: the CSG is advised after "weet ik niet" on sexual violence twice (uitb-seksueel-geweld and
    // meldcode-seksueel-geweld); both reasons end with the same two sentences.
    const csg = recordOf("01-acuut-gevaar-en-uitbuiting.yaml").advice.find((a) => a.contact === "csg")!;
    const why = csg.why.join(" ");
    expect(times(why, "Het CSG is er ook voor professionals.")).toBe(1);
    expect(times(why, "Overleg met het CSG: was het in de afgelopen 72 uur")).toBe(1);
  });
});
