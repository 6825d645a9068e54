import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { declaredInvariants } from "../../src/check/rules/declared-invariants.js";
import { defaultConfig, runChecks } from "../../src/check/run-checks.js";
import { loadFromTexts } from "../../src/load/load.js";
import { ROOT } from "../helpers.js";
import { reported } from "../check/check-helpers.js";

// The invariants about earlier answers are not decoration: take out one piece of the trees' memory and
// validate fails, naming the invariant and showing how a consult now ends without what it owes.
const dir = join(ROOT, "trees");
const texts = () =>
  Object.fromEntries(
    readdirSync(dir)
      .filter((f) => f.endsWith(".yaml"))
      .map((f) => [f, readFileSync(join(dir, f), "utf8")]),
  );

function failingInvariants(mutate: (files: Record<string, string>) => void): { ids: string[]; detail: string[][] } {
  const files = texts();
  mutate(files);
  const r = loadFromTexts(
    Object.entries(files)
      .filter(([f]) => f !== "contacts.yaml")
      .map(([file, text]) => ({ file, text })),
    { file: "contacts.yaml", text: files["contacts.yaml"]! },
  );
  expect(r.diagnostics).toEqual([]);
  const ds = runChecks(r.treeSet!, defaultConfig("2026-11-28"), [declaredInvariants]).filter(
    (d) => d.severity === "error",
  );
  const failing = reported(r.treeSet!, declaredInvariants).filter((x) => x.messageId !== "never-applies");
  return {
    ids: failing.map((x) => String(x.data.invariant)),
    detail: ds.map((d) => (d.detail ?? []).map((l) => l.en)),
  };
}

/** Removes the `implied:` block of one node (up to its `answers:`), failing the test if it is not there. */
function dropImplied(files: Record<string, string>, file: string, node: string): void {
  const text = files[file]!;
  const re = new RegExp(`(\\n  ${node}:\\n(?:    (?!implied:).*\\n)*?)    implied:\\n(?:      .*\\n)+?(    answers:)`);
  expect(re.test(text), `${node} has an implied block`).toBe(true);
  files[file] = text.replace(re, "$1$2");
}

// Each test validates the whole set (CPU-heavy): generous time limits on a loaded machine.
describe("the bundled invariants bite", () => {
  it("hold on the bundled trees", () => {
    expect(failingInvariants(() => undefined).ids).toEqual([]);
  }, 120_000);

  it("C1: without the implied answer at meldcode-vermoeden, a stated suspicion of exploitation can end without its report", () => {
    const { ids, detail } = failingInvariants((f) => dropImplied(f, "meldcode.yaml", "meldcode-vermoeden"));
    expect(ids).toContain("vermoeden-uitbuiting-melden");
    const lines = detail[ids.indexOf("vermoeden-uitbuiting-melden")]!;
    // The counterexample passes the suspicion, answers the question that is now asked again, and ends elsewhere.
    expect(lines.some((l) => l.startsWith("meldcode-vermoeden: "))).toBe(true);
    expect(lines.at(-1)).toMatch(/^-> outcome '(?!mc-uitb-melden)/);
  }, 120_000);

  it("H1: without the implied answer at afweging 2, direct danger can end in closing the case", () => {
    const { ids, detail } = failingInvariants((f) => dropImplied(f, "meldcode.yaml", "meldcode-afweging-2"));
    expect(ids).toContain("gevaar-niet-afsluiten");
    const lines = detail[ids.indexOf("gevaar-niet-afsluiten")]!;
    expect(lines.some((l) => l.startsWith("meldcode-afweging-2: nee"))).toBe(true);
  }, 120_000);

  it("M2: without the implied answer at the disclosure question, a disclosure can end without a report", () => {
    const { ids } = failingInvariants((f) => dropImplied(f, "meldcode.yaml", "meldcode-onthulling"));
    expect(ids).toContain("onthulling-melden");
  }, 120_000);

  it("H5/M7: without the guarded acute CSG advice, violence within 72 hours is no longer 'bel nu'", () => {
    const { ids } = failingInvariants((f) => {
      const before = f["triage.yaml"]!;
      f["triage.yaml"] = before.replace(
        /urgency: acuut\n(\s+)when: seksueel-geweld-72u/,
        "urgency: spoed\n$1when: seksueel-geweld-72u",
      );
      expect(f["triage.yaml"]).not.toBe(before);
    });
    expect(ids).toContain("csg-72-uur-acuut");
  }, 120_000);

  it("walk 1: when doubt about exploitation ends the consult again, a stated abuse or sexual violence skips the meldcode", () => {
    const { ids, detail } = failingInvariants((f) => {
      const before = f["meldcode.yaml"]!;
      // The old F10 route: after the doubt, an outcome that gives advice but never asks about a disclosure.
      f["meldcode.yaml"] = before.replace(
        /(\n {2}meldcode-twijfel-advies:\n(?: {4}.*\n)*?) {4}next: meldcode-verteld\n/,
        "$1    next: meldcode-eerst-advies-zc\n",
      );
      expect(f["meldcode.yaml"]).not.toBe(before);
    });
    expect(ids).toContain("twijfel-uitbuiting-houdt-eerdere-zorg");
    const lines = detail[ids.indexOf("twijfel-uitbuiting-houdt-eerdere-zorg")]!;
    expect(lines.some((l) => l.startsWith("meldcode-twijfel-uitbuiting: unknown"))).toBe(true);
    expect(lines.at(-1)).toMatch(/^-> outcome 'meldcode-eerst-advies-zc'/);
  }, 120_000);

  it("walk 1: without the zorgcoördinator gate for doubt, a doubt about exploitation can close on a colleague's word", () => {
    const { ids } = failingInvariants((f) => {
      const before = f["meldcode.yaml"]!;
      f["meldcode.yaml"] = before.replace(
        /(\n {2}meldcode-afsluiten-poort:\n {4}kind: branch\n {4}cases:\n {6}- when: )\{ anyOf: \[signalen-uitbuiting, twijfel-uitbuiting\] \}/,
        "$1signalen-uitbuiting",
      );
      expect(f["meldcode.yaml"]).not.toBe(before);
    });
    expect(ids).toContain("twijfel-uitbuiting-advies-zc");
  }, 120_000);

  it("walk 1: a route that walked the signal lists is never told to start again to walk them", () => {
    const { ids } = failingInvariants((f) => {
      const before = f["meldcode.yaml"]!;
      f["meldcode.yaml"] = before.replace(
        "    otherwise: meldcode-twijfel-advies\n",
        "    otherwise: meldcode-twijfel-nalopen\n",
      );
      expect(f["meldcode.yaml"]).not.toBe(before);
    });
    expect(ids).toContain("signalen-nalopen-alleen-zonder-lijsten");
  }, 120_000);

  it("walk 2: without the guarded AVIM advice, a threatened child keeps the police at 'regulier' after an earlier 'safe'", () => {
    const { ids, detail } = failingInvariants((f) => {
      const before = f["uitbuiting.yaml"]!;
      f["uitbuiting.yaml"] = before.replace(
        /urgency: spoed\n(\s+)when: bedreigd-of-schuld/,
        "urgency: regulier\n$1when: bedreigd-of-schuld",
      );
      expect(f["uitbuiting.yaml"]).not.toBe(before);
    });
    expect(ids).toContain("bedreigd-politie-spoed");
    const lines = detail[ids.indexOf("bedreigd-politie-spoed")]!;
    expect(lines.some((l) => l.startsWith("onveilig-komende-dagen: nee"))).toBe(true);
  }, 120_000);

  it("walk 5: with the old implied 'ja' after an unsure danger answer, 'weet ik niet' is shown as 'het kind is niet veilig'", () => {
    const { ids } = failingInvariants((f) => {
      const before = f["triage.yaml"]!;
      f["triage.yaml"] = before.replace(
        "      - when: gevaar-zeker\n        answer: ja\n",
        "      - when: { anyOf: [direct-gevaar, vermist] }\n        answer: ja\n",
      );
      expect(f["triage.yaml"]).not.toBe(before);
    });
    expect(ids).toContain("onveilig-onzeker-geen-stellige-tekst");
  }, 120_000);

  it("walk 5: when 'weet ik niet' at the risk factors leads to the stated text again, the invariant names it", () => {
    const { ids } = failingInvariants((f) => {
      const before = f["uitbuiting.yaml"]!;
      f["uitbuiting.yaml"] = before.replace(
        "      next: uitb-kwetsbaar-onzeker\n",
        "      next: uitb-extra-kwetsbaar\n",
      );
      expect(f["uitbuiting.yaml"]).not.toBe(before);
    });
    expect(ids).toContain("kwetsbaar-onzeker-geen-stellige-tekst");
  }, 120_000);

  it("walk 6: without the implied answer after 'weet ik niet of er seksueel geweld was', the young person's route closes without the meldcode", () => {
    const { ids, detail } = failingInvariants((f) => {
      const before = f["jongere.yaml"]!;
      f["jongere.yaml"] = before.replace(
        /\n {6}- when: seksueel-geweld-onbekend\n {8}answer: unknown\n {8}because:\n(?: {10}.*\n){2}/,
        "\n",
      );
      expect(f["jongere.yaml"]).not.toBe(before);
    });
    expect(ids).toContain("twijfel-uitbuiting-houdt-eerdere-zorg");
    const lines = detail[ids.indexOf("twijfel-uitbuiting-houdt-eerdere-zorg")]!;
    expect(lines.some((l) => l.startsWith("seksueel-geweld: unknown"))).toBe(true);
    expect(lines.at(-1)).toMatch(/^-> outcome 'jongere-verwezen'/);
  }, 120_000);

  it("walk 6: without the fact at uitb-geen-vermoeden, 'weet ik niet of er seksueel geweld was' and no exploitation signals close at 'blijf alert'", () => {
    const { ids, detail } = failingInvariants((f) => {
      const before = f["uitbuiting.yaml"]!;
      f["uitbuiting.yaml"] = before.replace(
        "seksueel-geweld, seksueel-geweld-onbekend, pleger-medewerker]",
        "seksueel-geweld, pleger-medewerker]",
      );
      expect(f["uitbuiting.yaml"]).not.toBe(before);
    });
    expect(ids).toContain("twijfel-uitbuiting-houdt-eerdere-zorg");
    const lines = detail[ids.indexOf("twijfel-uitbuiting-houdt-eerdere-zorg")]!;
    expect(lines.some((l) => l.startsWith("seksueel-geweld: unknown"))).toBe(true);
    expect(lines.at(-1)).toMatch(/^-> outcome 'uitb-alert'/);
  }, 120_000);

  it("review of walk 6: without the Veilig Thuis gate, an unsafe step-3 conversation and afweging 1 'nee' close the case", () => {
    const { ids, detail } = failingInvariants((f) => {
      const before = f["meldcode.yaml"]!;
      f["meldcode.yaml"] = before.replace(
        "      - when: gesprek-niet-veilig\n        next: meldcode-afsluiten-vt\n",
        "",
      );
      expect(f["meldcode.yaml"]).not.toBe(before);
    });
    expect(ids).toContain("gesprek-niet-veilig-afsluiten-na-vt");
    const lines = detail[ids.indexOf("gesprek-niet-veilig-afsluiten-na-vt")]!;
    expect(lines.at(-1)).toMatch(/^-> outcome 'meldcode-afsluiten'/);
  }, 120_000);

  it("review of walk 6: without its own case at uitb-geen-vermoeden, a young person's request for help with criminal exploitation closes at 'blijf alert'", () => {
    const { ids, detail } = failingInvariants((f) => {
      const before = f["uitbuiting.yaml"]!;
      f["uitbuiting.yaml"] = before.replace(
        "      - when: jongere-hulp-crimineel\n        next: uitb-jongere-crimineel\n",
        "",
      );
      expect(f["uitbuiting.yaml"]).not.toBe(before);
    });
    expect(ids).toContain("jongere-hulp-crimineel-niet-zonder-overleg");
    const lines = detail[ids.indexOf("jongere-hulp-crimineel-niet-zonder-overleg")]!;
    expect(lines.some((l) => l.startsWith("jongere-behoefte: "))).toBe(true);
    expect(lines.at(-1)).toMatch(/^-> outcome 'uitb-alert'/);
  }, 120_000);

  it("second review of walk 6: when the zorgcoördinator's 'ja' closes directly, an unsafe step 3 with signals of exploitation closes without Veilig Thuis", () => {
    const { ids } = failingInvariants((f) => {
      const before = f["meldcode.yaml"]!;
      f["meldcode.yaml"] = before.replace(
        "        next: meldcode-afsluiten-na-zc\n",
        "        next: meldcode-afsluiten\n",
      );
      expect(f["meldcode.yaml"]).not.toBe(before);
    });
    expect(ids).toContain("gesprek-niet-veilig-afsluiten-na-vt");
  }, 120_000);

  it("reviews of walk 6: with the old implied 'ja' after an unsure danger answer, the own worry is recorded as 'ja'", () => {
    const { ids, detail } = failingInvariants((f) => {
      const before = f["jongere.yaml"]!;
      f["jongere.yaml"] = before.replace(
        "      - when: { anyOf: [direct-gevaar, vermist, onveilig-komende-dagen] }\n        answer: unknown\n",
        "      - when: { anyOf: [direct-gevaar, vermist, onveilig-komende-dagen] }\n        answer: ja\n",
      );
      expect(f["jongere.yaml"]).not.toBe(before);
    });
    expect(ids).toContain("onzeker-gevaar-eigen-zorg-niet-ja");
    const lines = detail[ids.indexOf("onzeker-gevaar-eigen-zorg-niet-ja")]!;
    expect(lines.some((l) => /^(acuut-gevaar|vermist|onveilig-komende-dagen): unknown/.test(l))).toBe(true);
  }, 120_000);

  it("reviews of walk 6: without the CSG on the risk-factor route, earlier sexual violence ticked after triage 'nee' gets no CSG", () => {
    const { ids, detail } = failingInvariants((f) => {
      const before = f["uitbuiting.yaml"]!;
      f["uitbuiting.yaml"] = before.replace(/ {6}- anyOf: \[rf-eerder-seksueel-geweld\]\n(?: {8}.*\n)+/, "");
      expect(f["uitbuiting.yaml"]).not.toBe(before);
    });
    expect(ids).toContain("risicofactor-eerder-seksueel-geweld-csg");
    const lines = detail[ids.indexOf("risicofactor-eerder-seksueel-geweld-csg")]!;
    expect(lines.some((l) => l.startsWith("seksueel-geweld: nee"))).toBe(true);
  }, 120_000);
});
