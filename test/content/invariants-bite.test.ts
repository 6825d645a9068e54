import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { buildGraph } from "../../src/analysis/graph.js";
import { declaredInvariants } from "../../src/check/rules/declared-invariants.js";
import { defaultConfig } from "../../src/check/run-checks.js";
import { loadFromTexts } from "../../src/load/load.js";
import { ROOT } from "../helpers.js";

// The invariants about earlier answers are not decoration: take out one piece of the trees' memory and
// validate fails, naming the invariant and showing how a consult now ends without what it owes.
const dir = join(ROOT, "trees");
const texts = () =>
  Object.fromEntries(
    readdirSync(dir)
      .filter((f) => f.endsWith(".yaml"))
      .map((f) => [f, readFileSync(join(dir, f), "utf8")]),
  );

/** Every invariant the rule reports as failing (all but never-applies), with its counterexample's lines (English): one proof per case. */
function failingInvariants(mutate: (files: Record<string, string>) => void): Map<string, string[]> {
  const files = texts();
  mutate(files);
  const r = loadFromTexts(
    Object.entries(files)
      .filter(([f]) => f !== "contacts.yaml")
      .map(([file, text]) => ({ file, text })),
    { file: "contacts.yaml", text: files["contacts.yaml"]! },
  );
  expect(r.diagnostics).toEqual([]);
  const failing = new Map<string, string[]>();
  declaredInvariants.check({
    graph: buildGraph(r.treeSet!),
    config: defaultConfig("2026-11-28"),
    report: (x) => {
      if (x.messageId === "never-applies") return;
      expect(x.severity ?? declaredInvariants.severity).toBe("error");
      failing.set(
        String(x.data?.invariant),
        (x.detail ?? []).map((l) => l.en),
      );
    },
  });
  return failing;
}

/** Removes the `implied:` block of one node (up to its `answers:`), failing the test if it is not there. */
function dropImplied(file: string, node: string): (files: Record<string, string>) => void {
  return (files) => {
    const text = files[file]!;
    const re = new RegExp(
      `(\\n  ${node}:\\n(?:    (?!implied:).*\\n)*?)    implied:\\n(?:      .*\\n)+?(    answers:)`,
    );
    expect(re.test(text), `${node} has an implied block`).toBe(true);
    files[file] = text.replace(re, "$1$2");
  };
}

/** Removes one case (its `when`, `answer` and two-line `because`) from an `implied:` block, failing the test if it is not there. */
function dropImpliedCase(file: string, when: string, answer: string): (files: Record<string, string>) => void {
  const w = when.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  return edit(file, new RegExp(`\\n {6}- when: ${w}\\n {8}answer: ${answer}\\n {8}because:\\n(?: {10}.*\\n){2}`), "\n");
}

/** Replaces one piece of a tree file, failing the test if the piece is not there. */
function edit(file: string, from: string | RegExp, to: string): (files: Record<string, string>) => void {
  return (files) => {
    const before = files[file]!;
    files[file] = before.replace(from, to);
    expect(files[file]).not.toBe(before);
  };
}

interface Case {
  readonly name: string;
  readonly mutate: (files: Record<string, string>) => void;
  /** The invariant that must now fail. */
  readonly fails: string;
  /** Lines the counterexample must show (an answer on its way): a line's start, or a pattern. */
  readonly shows?: readonly (string | RegExp)[];
  /** Its last line: where the consult now ends. */
  readonly ends?: RegExp;
}

const CASES: readonly Case[] = [
  {
    name: "C1: without the implied answer at meldcode-vermoeden, a stated suspicion of exploitation can end without its report",
    mutate: dropImplied("meldcode.yaml", "meldcode-vermoeden"),
    fails: "vermoeden-uitbuiting-melden",
    // The counterexample passes the suspicion, answers the question that is now asked again, and ends elsewhere.
    shows: ["meldcode-vermoeden: "],
    ends: /^-> outcome '(?!mc-uitb-melden)/,
  },
  {
    name: "H1: without the implied answer at afweging 2, direct danger can end in closing the case",
    mutate: dropImplied("meldcode.yaml", "meldcode-afweging-2"),
    fails: "gevaar-niet-afsluiten",
    shows: ["meldcode-afweging-2: nee"],
  },
  {
    name: "M2: without the implied answer at the disclosure question, a disclosure can end without a report",
    mutate: dropImplied("meldcode.yaml", "meldcode-onthulling"),
    fails: "onthulling-melden",
  },
  {
    name: "H5/M7: without the guarded acute CSG advice, violence within 72 hours is no longer 'bel nu'",
    mutate: edit(
      "triage.yaml",
      /urgency: acuut\n(\s+)when: seksueel-geweld-72u/,
      "urgency: spoed\n$1when: seksueel-geweld-72u",
    ),
    fails: "csg-72-uur-acuut",
  },
  {
    name: "walk 1: when doubt about exploitation ends the consult again, a stated abuse or sexual violence skips the meldcode",
    // The old F10 route: after the doubt, an outcome that gives advice but never asks about a disclosure.
    mutate: edit(
      "meldcode.yaml",
      /(\n {2}meldcode-twijfel-advies:\n(?: {4}.*\n)*?) {4}next: meldcode-verteld\n/,
      "$1    next: meldcode-eerst-advies-zc\n",
    ),
    fails: "twijfel-uitbuiting-houdt-eerdere-zorg",
    shows: ["meldcode-twijfel-uitbuiting: unknown"],
    ends: /^-> outcome 'meldcode-eerst-advies-zc'/,
  },
  {
    name: "walk 1: without the zorgcoördinator gate for doubt, a doubt about exploitation can close on a colleague's word",
    mutate: edit(
      "meldcode.yaml",
      /(\n {2}meldcode-afsluiten-poort:\n {4}kind: branch\n {4}cases:\n {6}- when: )\{ anyOf: \[signalen-uitbuiting, twijfel-uitbuiting\] \}/,
      "$1signalen-uitbuiting",
    ),
    fails: "twijfel-uitbuiting-advies-zc",
  },
  {
    name: "walk 1: a route that walked the signal lists is never told to start again to walk them",
    mutate: edit(
      "meldcode.yaml",
      "    otherwise: meldcode-twijfel-advies\n",
      "    otherwise: meldcode-twijfel-nalopen\n",
    ),
    fails: "signalen-nalopen-alleen-zonder-lijsten",
  },
  {
    name: "walk 2: without the guarded AVIM advice, a threatened child keeps the police at 'regulier' after an earlier 'safe'",
    mutate: edit(
      "uitbuiting.yaml",
      /urgency: spoed\n(\s+)when: bedreigd-of-schuld/,
      "urgency: regulier\n$1when: bedreigd-of-schuld",
    ),
    fails: "bedreigd-politie-spoed",
    shows: ["onveilig-komende-dagen: nee"],
  },
  {
    name: "walk 5: with the old implied 'ja' after an unsure danger answer, 'weet ik niet' is shown as 'het kind is niet veilig'",
    mutate: edit(
      "triage.yaml",
      "      - when: gevaar-zeker\n        answer: ja\n",
      "      - when: { anyOf: [direct-gevaar, vermist] }\n        answer: ja\n",
    ),
    fails: "onveilig-onzeker-geen-stellige-tekst",
  },
  {
    name: "walk 5: when 'weet ik niet' at the risk factors leads to the stated text again, the invariant names it",
    mutate: edit("uitbuiting.yaml", "      next: uitb-kwetsbaar-onzeker\n", "      next: uitb-extra-kwetsbaar\n"),
    fails: "kwetsbaar-onzeker-geen-stellige-tekst",
  },
  {
    name: "walk 6: without the implied answer after 'weet ik niet of er seksueel geweld was', the young person's route closes without the meldcode",
    mutate: dropImpliedCase("jongere.yaml", "seksueel-geweld-onbekend", "unknown"),
    fails: "twijfel-uitbuiting-houdt-eerdere-zorg",
    shows: ["seksueel-geweld: unknown"],
    ends: /^-> outcome 'jongere-verwezen'/,
  },
  {
    name: "walk 6: without the fact at uitb-geen-vermoeden, 'weet ik niet of er seksueel geweld was' and no exploitation signals close at 'blijf alert'",
    mutate: edit(
      "uitbuiting.yaml",
      "seksueel-geweld, seksueel-geweld-onbekend, eerder-seksueel-geweld, pleger-medewerker]",
      "seksueel-geweld, eerder-seksueel-geweld, pleger-medewerker]",
    ),
    fails: "twijfel-uitbuiting-houdt-eerdere-zorg",
    shows: ["seksueel-geweld: unknown"],
    ends: /^-> outcome 'uitb-alert'/,
  },
  {
    name: "review of walk 6: without the Veilig Thuis gate, an unsafe step-3 conversation and afweging 1 'nee' close the case",
    mutate: edit("meldcode.yaml", "      - when: gesprek-niet-veilig\n        next: meldcode-afsluiten-vt\n", ""),
    fails: "gesprek-niet-veilig-afsluiten-na-vt",
    ends: /^-> outcome 'meldcode-afsluiten'/,
  },
  {
    name: "review of walk 6: without its own case at uitb-geen-vermoeden, a young person's request for help with criminal exploitation closes at 'blijf alert'",
    mutate: edit("uitbuiting.yaml", "      - when: jongere-hulp-crimineel\n        next: uitb-jongere-crimineel\n", ""),
    fails: "jongere-hulp-crimineel-niet-zonder-overleg",
    shows: ["jongere-behoefte: "],
    ends: /^-> outcome 'uitb-alert'/,
  },
  {
    name: "second review of walk 6: when the zorgcoördinator's 'ja' closes directly, an unsafe step 3 with signals of exploitation closes without Veilig Thuis",
    mutate: edit("meldcode.yaml", "        next: meldcode-afsluiten-na-zc\n", "        next: meldcode-afsluiten\n"),
    fails: "gesprek-niet-veilig-afsluiten-na-vt",
  },
  {
    name: "reviews of walk 6: with the old implied 'ja' after an unsure danger answer, the own worry is recorded as 'ja'",
    mutate: edit(
      "jongere.yaml",
      "      - when: onveilig-komende-dagen\n        answer: unknown\n",
      "      - when: onveilig-komende-dagen\n        answer: ja\n",
    ),
    fails: "onzeker-gevaar-eigen-zorg-niet-ja",
    shows: [/^(acuut-gevaar|vermist|onveilig-komende-dagen): unknown/],
  },
  {
    name: "reviews of walk 6: without the CSG on the risk-factor route, earlier sexual violence ticked after triage 'nee' gets no CSG",
    mutate: edit("uitbuiting.yaml", / {6}- anyOf: \[rf-eerder-seksueel-geweld\]\n(?: {8}.*\n)+/, ""),
    fails: "risicofactor-eerder-seksueel-geweld-csg",
    shows: ["seksueel-geweld: nee"],
  },
  {
    name: "fresh-eyes review: without the fact at uitb-geen-vermoeden, earlier sexual violence ticked as a risk factor closes at 'blijf alert' without the meldcode",
    mutate: edit(
      "uitbuiting.yaml",
      "seksueel-geweld-onbekend, eerder-seksueel-geweld, pleger-medewerker]",
      "seksueel-geweld-onbekend, pleger-medewerker]",
    ),
    fails: "eerder-seksueel-geweld-meldcode",
    shows: ["seksueel-geweld: nee", "uitb-vermoeden: nee"],
    ends: /^-> outcome 'uitb-alert'/,
  },
  {
    name: "fresh-eyes review: without the implied 'ja' at afweging 1 after a stated suspicion and an unsafe step 3, afweging 1 'nee' ends at Veilig Thuis regulier",
    mutate: dropImpliedCase("meldcode.yaml", "{ allOf: [vermoeden-mishandeling, gesprek-niet-veilig] }", "ja"),
    fails: "eerst-advies-vt-zonder-acute-onveiligheid",
    shows: ["meldcode-vermoeden: mishandeling", "meldcode-afweging-1: nee"],
    ends: /^-> outcome 'meldcode-eerst-advies-vt'/,
  },
  {
    name: "fresh-eyes review: with the old implied 'ja' at afweging 2 after an unsure danger answer, the record says 'ja'",
    mutate: edit(
      "meldcode.yaml",
      "      - when: { anyOf: [gevaar-zeker, vermoeden-uitbuiting, werft-anderen] }\n",
      "      - when: { anyOf: [direct-gevaar, vermist, onveilig-komende-dagen, vermoeden-uitbuiting, werft-anderen] }\n",
    ),
    fails: "onzeker-gevaar-afweging-2-niet-ja",
    shows: [/^(acuut-gevaar|vermist|onveilig-komende-dagen): unknown/],
  },
  {
    name: "fresh-eyes review: without the gate on the doubt about sexual violence, 'weet ik niet of er seksueel geweld was' closes without saying the doubt is gone",
    mutate: edit(
      "meldcode.yaml",
      "      - when: seksueel-geweld-onbekend\n        unless: seksueel-geweld\n        next: meldcode-afsluiten-sg\n",
      "      - when: seksueel-geweld-onbekend\n        unless: seksueel-geweld\n        next: meldcode-afsluiten\n",
    ),
    fails: "sg-twijfel-afsluiten-na-overleg",
    shows: ["seksueel-geweld: unknown"],
    ends: /^-> outcome 'meldcode-afsluiten'/,
  },
  {
    name: "fresh-eyes review 28: with the two-way gate ('is uw twijfel weg?', no fact on 'ja'), a path closes without sexual violence being ruled out",
    mutate: edit(
      "meldcode.yaml",
      'ik sluit af", en: "Yes, there is no longer any suspicion of sexual violence: I close the case" }\n        sets: [sg-uitgesloten]\n',
      'ik sluit af", en: "Yes, there is no longer any suspicion of sexual violence: I close the case" }\n',
    ),
    fails: "sg-twijfel-afsluiten-na-overleg",
    shows: ["seksueel-geweld: unknown", "meldcode-afsluiten-sg: ja"],
    ends: /^-> outcome 'meldcode-afsluiten'/,
  },
  {
    name: "fresh-eyes review 28: without 'unless: seksueel-geweld' on the gate, sexual violence stated after a first 'weet ik niet' still meets the doubt gate",
    mutate: edit(
      "meldcode.yaml",
      "      - when: seksueel-geweld-onbekend\n        unless: seksueel-geweld\n        next: meldcode-hulp-afsluiten-sg\n",
      "      - when: seksueel-geweld-onbekend\n        next: meldcode-hulp-afsluiten-sg\n",
    ),
    fails: "sg-gemeld-geen-twijfelvraag",
    // The counterexample states sexual violence somewhere, then meets the gate that only a doubt may meet.
    shows: [
      /^(seksueel-geweld|uitb-seksueel-geweld|meldcode-seksueel-geweld): (?!nee|unknown)/,
      "meldcode-hulp-afsluiten-sg: ",
    ],
    ends: /^-> outcome '(meldcode-hulp-afsluiten|meldcode-eerst-advies-csg)'/,
  },
  {
    name: "walk table row 32: without the gate on earlier sexual violence, the ticked risk factor and afweging 1 'nee' close the case",
    mutate: edit("meldcode.yaml", "        next: meldcode-afsluiten-eerder-sg\n", "        next: meldcode-afsluiten\n"),
    fails: "eerder-sg-afsluiten-na-hulp",
    shows: ["uitb-risicofactoren: route-1 [rf-eerder-seksueel-geweld]", "meldcode-afweging-1: nee"],
    ends: /^-> outcome 'meldcode-afsluiten'/,
  },
  {
    name: "review of rows 15-33: with the old implied 'ja' at afweging 1 after an unsure danger answer, the record says 'ja'",
    mutate: edit(
      "meldcode.yaml",
      "      - when: { anyOf: [gevaar-zeker, vermoeden-uitbuiting, werft-anderen, onthulling, pleger-medewerker, seksueel-geweld] }\n",
      "      - when: { anyOf: [direct-gevaar, vermist, onveilig-komende-dagen, vermoeden-uitbuiting, werft-anderen, onthulling, pleger-medewerker, seksueel-geweld] }\n",
    ),
    fails: "onzeker-gevaar-afweging-1-niet-ja",
    shows: [/^(acuut-gevaar|vermist|onveilig-komende-dagen): unknown/, "meldcode-afweging-1: ja"],
  },
];

// Each test validates the whole set (CPU-heavy): generous time limits on a loaded machine.
describe("the bundled invariants bite", () => {
  it("hold on the bundled trees", () => {
    expect([...failingInvariants(() => undefined).keys()]).toEqual([]);
  }, 120_000);

  // One test per row, under the row's own name (it.each would quote it).
  for (const { name, mutate, fails, shows, ends } of CASES) {
    it(
      name,
      () => {
        const failing = failingInvariants(mutate);
        expect([...failing.keys()]).toContain(fails);
        const lines = failing.get(fails)!;
        for (const start of shows ?? [])
          expect(
            lines.some((l) => (typeof start === "string" ? l.startsWith(start) : start.test(l))),
            String(start),
          ).toBe(true);
        if (ends) expect(lines.at(-1)).toMatch(ends);
      },
      120_000,
    );
  }
});
