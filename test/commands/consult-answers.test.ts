import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeEach, describe, expect, it } from "vitest";
import { run } from "../../src/commands/consult.js";
import * as validators from "../../src/generated/validators.cjs";
import { fakeIo } from "../fake-io.js";
import { BASIC, FIXTURES } from "../helpers.js";

// Issue 8, items 8 and 9: the consult for someone without a terminal. Expected texts are worked out
// by hand from test/fixtures/trees/valid/basic and valid/memory.
const MEMORY = join(FIXTURES, "trees/valid/memory");
const HEAD_NL =
  "# signaalroute: antwoordbestand. Vul het antwoord op de laatste vraag in (een antwoord-id uit het commentaar erachter)\n" +
  "# en draai opnieuw met --template voor de vraag daarna, of zonder --template voor het advies als de route compleet is.\n";

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "signaalroute-tpl-"));
});
const opts = { lang: "nl" as const, color: false, trees: [BASIC] };
const io = () => fakeIo({ cwd: dir });
const file = (name: string, text: string) => {
  writeFileSync(join(dir, name), text);
  return join(dir, name);
};
const failure = (p: Promise<number>) =>
  p.then(
    () => undefined,
    (e: { exitCode: number; details: string[]; text: { nl: string; en: string } }) => e,
  );

describe("consult --template", () => {
  it("without --answers: the first question, empty, with its answer ids and labels", async () => {
    const out = io();
    expect(await run({ ...opts, template: true }, { io: out })).toBe(0);
    expect(out.stdout()).toBe(
      `${HEAD_NL}\n# De volgende vraag, nog in te vullen:\n# Is het kind, of iemand anders, nu in direct gevaar?\ngevaar:   # ja = "Ja, er is nu direct gevaar" | nee = "Nee, er is nu geen direct gevaar" | unknown = "Weet ik niet"\n`,
    );
  });

  it("with --answers: the questions so far, then the next one; filled in and run again it continues, through a link", async () => {
    const a = file("a.yaml", "gevaar: nee\n");
    const out = io();
    expect(await run({ ...opts, lang: "en", template: true, answers: a }, { io: out })).toBe(0);
    // The head is in English here; the body is what matters.
    const body = out.stdout().split("\n\n").slice(1).join("\n\n");
    expect(body).toBe(
      '# Is the child, or someone else, in direct danger right now?\ngevaar: nee   # ja = "Yes, there is direct danger now" | nee = "No, there is no direct danger now" | unknown = "Don\'t know"\n\n' +
        "# The next question, still to be answered:\n# Which signals do you see?\n" +
        'soort:   # a list of item ids, e.g. [a, b]; [] = nothing ticked: geld = "Suddenly a lot of money" | spijbelen = "Truancy" | telefoons = "Several phones" | unknown = "I don\'t know"\n',
    );
    // Fill in the template's last line and run again: soort [geld] takes the anyOf route into 'vervolg', whose first question is overleg (no "weet ik niet").
    const b = file("b.yaml", out.stdout().replace("soort:   #", "soort: [geld]   #"));
    const out2 = io();
    expect(await run({ ...opts, template: true, answers: b }, { io: out2 })).toBe(0);
    expect(out2.stdout()).toContain(
      'soort: [geld]   # een lijst van item-ids, bijv. [a, b]; [] = niets aangevinkt: geld = "Plotseling veel geld"',
    );
    expect(
      out2
        .stdout()
        .endsWith(
          '# De volgende vraag, nog in te vullen:\n# Heeft u overlegd?\noverleg:   # ja = "Ja" | nee = "Nee"\n',
        ),
    ).toBe(true);
    // The template is a valid answers file: once filled in, the plain run gives the advice of 'melden'.
    const c = file("c.yaml", out2.stdout().replace("overleg:   #", "overleg: ja   #"));
    const out3 = io();
    expect(await run({ ...opts, answers: c }, { io: out3 })).toBe(0);
    expect(out3.stdout()).toContain("Melden");
  });

  it("shows an implied answer as a comment (the route does not ask it) and says when the route is complete", async () => {
    // memory: gevaar ja sets 'gevaar'; bel-112 is an info step; soort [geld]; vermoeden is implied 'ja' by 'gevaar'; the branch goes to 'melden'.
    const a = file("a.yaml", "gevaar: ja\nsoort: [geld]\n");
    const out = io();
    expect(await run({ ...opts, trees: [MEMORY], template: true, answers: a }, { io: out })).toBe(0);
    expect(out.stdout()).toBe(
      `${HEAD_NL}\n` +
        '# Is het kind, of iemand anders, nu in direct gevaar?\ngevaar: ja   # ja = "Ja, er is nu direct gevaar" | nee = "Nee, er is nu geen direct gevaar" | unknown = "Weet ik niet"\n' +
        '# Welke signalen ziet u?\nsoort: [geld]   # een lijst van item-ids, bijv. [a, b]; [] = niets aangevinkt: geld = "Plotseling veel geld" | spijbelen = "Spijbelen" | unknown = "Weet ik niet"\n' +
        "# vermoeden: ja  (niet gevraagd, laat weg: U meldde direct gevaar.)\n\n" +
        "# De route is compleet; uitkomst 'melden': Melden. Draai zonder --template voor het advies.\n",
    );
  });

  it("answers that do not fit stop the template with exit 1; --json with --template is a usage error", async () => {
    const a = file("a.yaml", "gevaar: misschien\n");
    const e = await failure(run({ ...opts, template: true, answers: a }, { io: io() }));
    expect(e?.exitCode).toBe(1);
    expect(e?.details.join("\n")).toContain("'misschien' is geen antwoord op vraag 'gevaar'");
    expect((await failure(run({ ...opts, template: true, json: true }, { io: io() })))?.exitCode).toBe(2);
  });
});

describe("--answers: every problem one run can know", () => {
  it("an empty entry is a question not filled in yet, never 'nothing ticked'", async () => {
    // Read as [] (nothing ticked), this would run to 'rustig' with exit 0.
    const a = file("a.yaml", "gevaar: nee\nsoort:\n");
    const e = await failure(run({ ...opts, answers: a }, { io: io() }));
    expect(e?.exitCode).toBe(1);
    expect(e?.details).toHaveLength(1);
    expect(e?.details[0]).toContain(
      "a.yaml:2:7  fout  Vraag 'soort' is nog niet ingevuld (\"Welke signalen ziet u?\"); dit is de volgende vraag op de route.",
    );
    expect(e?.details[0]).toContain(
      'Mogelijk (een lijst, bijv. [a, b]; [] = niets aangevinkt): geld = "Plotseling veel geld" | spijbelen = "Spijbelen" | telefoons = "Meerdere telefoons" | unknown = "Weet ik niet".',
    );
  });

  it("a missing answer names the next question with its answer ids, together with the unknown ids of the same run", async () => {
    const a = file("a.yaml", "gevaar: nee\nsoort: [geld]\nbestaat: ja\n");
    const e = await failure(run({ ...opts, answers: a, lang: "en" }, { io: io() }));
    expect(e?.exitCode).toBe(1);
    expect(e?.details).toHaveLength(2);
    expect(e?.details[0]).toContain(
      'The answers file gives no answer to question \'overleg\' ("Have you consulted?"); it is the next question on the route. Possible: ja = "Yes" | nee = "No".',
    );
    expect(e?.details[1]).toContain("a.yaml:3:10  error  Unknown question id 'bestaat'.");
  });

  it("a wrong shape is reported and the run goes on with what it means, so later problems show in the same run", async () => {
    // Positions are those of the values. soort: geld is taken as [geld] (anyOf route into vervolg), so overleg is reached and its answer checked too.
    const a = file("a.yaml", "gevaar: nee\nsoort: geld\noverleg: misschien\nsoortt: []\n");
    const e = await failure(run({ ...opts, answers: a }, { io: io() }));
    expect(e?.exitCode).toBe(1);
    expect(e?.details).toEqual([
      `${a}:2:8  fout  Vraag 'soort' is een checklist: zet de antwoorden in een lijst: [geld].  answers`,
      `${a}:3:10  fout  'misschien' is geen antwoord op vraag 'overleg'. Mogelijk: ja, nee.  answers`,
      `${a}:4:9  fout  Onbekende vraag-id 'soortt'. Bedoelt u 'soort'?  answers`,
    ]);
  });

  it("a list for a single-choice question: 'kies één antwoord'; in English 'put the answers in a list' for a checklist", async () => {
    const a = file("a.yaml", "gevaar: [nee]\nsoort: geld\noverleg: ja\n");
    const e = await failure(run({ ...opts, answers: a, lang: "en" }, { io: io() }));
    expect(e?.details).toEqual([
      `${a}:1:9  error  Question 'gevaar' takes one answer, not a list: choose one answer and write it without brackets: nee.  answers`,
      `${a}:2:8  error  Question 'soort' is a checklist: put the answers in a list: [geld].  answers`,
    ]);
    const b = file("b.yaml", "gevaar: [ja, nee]\n");
    const e2 = await failure(run({ ...opts, answers: b }, { io: io() }));
    expect(e2?.details).toEqual([
      `${b}:1:9  fout  Vraag 'gevaar' vraagt één antwoord, geen lijst: kies één antwoord uit ja, nee, unknown.  answers`,
    ]);
    // 'unknown' alone is a valid answer to a checklist: no list needed.
    const c = file("c.yaml", "gevaar: nee\nsoort: unknown\noverleg: nee\n");
    expect(await run({ ...opts, answers: c }, { io: io() })).toBe(0);
  });

  it("a Markdown record is refused with exit 2 and points to the JSON record, also when renamed", async () => {
    const a = file("a.yaml", "gevaar: nee\nsoort: [geld]\noverleg: ja\n");
    expect(await run({ ...opts, answers: a, record: "verslag.md" }, { io: io() })).toBe(0);
    const e = await failure(run({ ...opts, answers: join(dir, "verslag.md") }, { io: io() }));
    expect(e?.exitCode).toBe(2);
    expect(e?.text.nl).toContain("is een Markdown-verslag");
    expect(e?.text.nl).toContain(`signaalroute consult --answers ${join(dir, "verslag.json")}`);
    const renamed = file("verslag.txt", readFileSync(join(dir, "verslag.md"), "utf8"));
    const e2 = await failure(run({ ...opts, answers: renamed, lang: "en" }, { io: io() }));
    expect(e2?.exitCode).toBe(2);
    expect(e2?.text.en).toContain("Use the JSON record instead");
  });
});

describe("the record holds the outcome's own text", () => {
  function withOutcomeText(): string {
    const trees = join(dir, "trees");
    mkdirSync(trees);
    for (const f of ["start.yaml", "vervolg.yaml", "contacts.yaml"]) copyFileSync(join(BASIC, f), join(trees, f));
    const f = join(trees, "vervolg.yaml");
    writeFileSync(
      f,
      readFileSync(f, "utf8").replace(
        "    urgency: spoed\n",
        "    urgency: spoed\n    text: { nl: De ouders horen van u dat u meldt., en: The parents hear from you that you report. }\n",
      ),
    );
    return trees;
  }

  it("in JSON (fits the schema) and in Markdown, in the record's language; absent when the outcome has none", async () => {
    const trees = withOutcomeText();
    const a = file("a.yaml", "gevaar: nee\nsoort: [geld]\noverleg: ja\n");
    const en = io();
    await run({ ...opts, trees: [trees], answers: a, json: true, lang: "en" }, { io: en });
    const record = JSON.parse(en.stdout());
    expect(validators.record(record)).toBe(true);
    expect(record.outcome.text).toBe("The parents hear from you that you report.");
    expect(await run({ ...opts, trees: [trees], answers: a, record: "v.md" }, { io: io() })).toBe(0);
    expect(readFileSync(join(dir, "v.md"), "utf8")).toContain(
      "## Uitkomst: Melden\n\nDe ouders horen van u dat u meldt.\n\n",
    );
    const plain = io();
    await run({ ...opts, answers: a, json: true }, { io: plain });
    expect("text" in JSON.parse(plain.stdout()).outcome).toBe(false);
  });
});

describe("the README's --template example", () => {
  it("runs as written on the bundled trees: the first question, then (filled in) the next one", async () => {
    const { main } = await import("../../src/cli.js");
    const { ROOT } = await import("../helpers.js");
    const readme = readFileSync(join(ROOT, "README.md"), "utf8");
    const lines = [...readme.matchAll(/^signaalroute consult (--template|--answers stap1\.yaml --template) > (\S+)/gm)];
    expect(lines.map((l) => l[2])).toEqual(["stap1.yaml", "stap2.yaml"]);
    const first = fakeIo({ cwd: dir });
    expect(await main(lines[0]![0].split(" > ")[0]!.split(/\s+/).slice(1), first)).toBe(0);
    expect(first.stdout()).toContain(
      'acuut-gevaar:   # ja = "Ja, er is nu direct gevaar" | nee = "Nee, er is nu geen direct gevaar" | unknown = "Weet ik niet"',
    );
    file("stap1.yaml", first.stdout().replace("acuut-gevaar:   #", "acuut-gevaar: nee   #"));
    const second = fakeIo({ cwd: dir });
    expect(await main(lines[1]![0].split(" > ")[0]!.split(/\s+/).slice(1), second)).toBe(0);
    expect(second.stdout()).toContain("acuut-gevaar: nee   #");
    expect(second.stdout()).toMatch(/# De volgende vraag, nog in te vullen:\n# [^\n]+\nvermist: {3}# ja = /);
  });
});
