import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { beforeEach, describe, expect, it } from "vitest";
import { run } from "../../src/commands/consult.js";
import { CliError } from "../../src/io/exit-codes.js";
import { CONFIRM } from "../../src/consult/interactive.js";
import * as validators from "../../src/generated/validators.cjs";
import { identifyingKind, passesElevenTest, refusalOf } from "../../src/record/identifying.js";
import { scriptedPrompter, type ScriptEntry } from "../../src/ui/scripted-prompter.js";
import { fakeIo } from "../fake-io.js";
import { BASIC, onlyDraft, tempDir } from "../helpers.js";

let dir: string;
beforeEach(() => {
  dir = tempDir("sr-record-");
});
const opts = { lang: "nl" as const, color: false, trees: [BASIC] };
const tty = () =>
  fakeIo({ stdinIsTTY: true, stdoutIsTTY: true, cwd: dir, env: { SIGNAALROUTE_DATA_DIR: join(dir, "data") } });
const prompterOf = (script: ScriptEntry[]) => () => Promise.resolve(scriptedPrompter(script));
const answers = (text = "gevaar: nee\nsoort: [geld]\noverleg: ja\n") => {
  const f = join(dir, "a.yaml");
  writeFileSync(f, text);
  return f;
};

describe("'uw kenmerk' and 'uw functie': nothing that identifies anyone", () => {
  it("the 11-proef, checked by hand: 9·1+8·1+7·1+6·2+5·2+4·2+3·3+2·3−3 = 66 = 6·11", () => {
    expect(passesElevenTest("111222333")).toBe(true);
    // 9·1+8·2+7·3+6·4+5·5+4·6+3·7+2·8−2 = 154 = 14·11
    expect(passesElevenTest("123456782")).toBe(true);
    // … −9 = 147, not a multiple of 11
    expect(passesElevenTest("123456789")).toBe(false);
  });

  it.each([
    ["123456782", "bsn"],
    ["zaak 1234.56.782", "bsn"],
    ["BSN 123 456 782", "bsn"],
    ["3-4-2015", "date"],
    ["geb. 03/04/15", "date"],
    ["2015-04-03", "date"],
    ["3 april 2015", "date"],
    ["12 mrt '15", "date"],
    ["iemand@example.org", "email"],
    ["1234 AB 12", "postcode"],
    ["Dorpsstraat 12, 1234AB", "postcode"],
    ["x".repeat(81), "tooLong"],
    ["zaak\u001b[2J", "control"],
  ])("refuses %j (%s)", (text, kind) => {
    expect(identifyingKind(text)).toBe(kind);
  });

  it.each([
    "Z-2026-0142",
    "zaak 2026/17",
    "123456789",
    "leerkracht groep 7",
    "intern begeleider",
    "VT-melding 2026",
    "1234AB",
  ])("accepts %j", (text) => {
    expect(identifyingKind(text)).toBeUndefined();
  });

  it("says why in words, one reason per kind, in Dutch and English (the consult, its flags and the web page share it)", () => {
    expect(refusalOf("VT-melding 2026", "nl")).toBeUndefined();
    expect(refusalOf("123456782", "nl")).toMatch(/BSN/);
    expect(refusalOf("123456782", "en")).toMatch(/BSN.*eleven test/);
    expect(refusalOf("a@b.nl", "en")).toMatch(/e-mail/i);
    const texts = ["111222333", "3-4-2015", "a@b.nl", "1234 AB 12", "x\u0007", "x".repeat(81)];
    const nl = texts.map((t) => refusalOf(t, "nl"));
    expect(new Set(nl).size).toBe(texts.length);
    expect(nl.every((t) => t !== undefined && t !== refusalOf(texts[nl.indexOf(t)]!, "en"))).toBe(true);
  });

  it("asked before saving in a consult: a BSN is refused with the reason and asked again; the record holds what was accepted", async () => {
    const io = tty();
    const code = await run(opts, {
      io,
      prompter: prompterOf([
        { id: "gevaar", answer: "nee" },
        { id: "soort", answer: ["geld"] },
        { id: "overleg", answer: "ja" },
        { id: "review", answer: CONFIRM },
        { id: "save-record", answer: "both" },
        { id: "record-reference", answer: "123456782" },
        { id: "record-reference", answer: "Z-2026-0142" },
        { id: "record-role", answer: "leerkracht" },
        { id: "record-path", answer: "verslag" },
      ]),
    });
    expect(code).toBe(0);
    expect(io.stderr()).toContain("Dit lijkt op een BSN (negen cijfers die de elfproef halen).");
    const record = JSON.parse(readFileSync(join(dir, "verslag.json"), "utf8"));
    expect(validators.record(record)).toBe(true);
    expect(record).toMatchObject({
      format: "signaalroute-record/3",
      reference: "Z-2026-0142",
      role: "leerkracht",
      start: "gevaar",
    });
    expect(record.practice).toBeUndefined();
    expect(readFileSync(join(dir, "verslag.json"), "utf8")).not.toContain("123456782");
    const md = readFileSync(join(dir, "verslag.md"), "utf8");
    expect(md).toContain("- Uw kenmerk: Z-2026-0142\n- Uw functie: leerkracht\n");
    // No on-screen instructions copied into the record.
    expect(md).not.toMatch(/spatiebalk|pijltjes|Enter gaat verder|Kloppen uw antwoorden/);
    // Local time with its zone, for people.
    expect(md).toMatch(/- Datum en tijd: 2026-11-28 14:05 \(UTC[+-]\d\d:\d\d\)\n/);
  });

  it("empty answers leave the fields out", async () => {
    await run({ ...opts, answers: answers(), record: "r.json" }, { io: fakeIo({ cwd: dir }) });
    const record = JSON.parse(readFileSync(join(dir, "r.json"), "utf8"));
    expect("reference" in record || "role" in record).toBe(false);
  });

  it("as flags: --reference and --role go into the record; a date of birth is refused before anything runs (exit 2)", async () => {
    const io = fakeIo({ cwd: dir });
    expect(await run({ ...opts, answers: answers(), json: true, reference: "Z-17", role: "jeugdarts" }, { io })).toBe(
      0,
    );
    expect(JSON.parse(io.stdout())).toMatchObject({ reference: "Z-17", role: "jeugdarts" });
    const refused = fakeIo({ cwd: dir });
    const e = await run({ ...opts, answers: answers(), reference: "geb. 3-4-2015" }, { io: refused }).catch((x) => x);
    expect(e.exitCode).toBe(2);
    expect(e.text.nl).toContain("--reference: Dit lijkt op een datum.");
    expect(refused.stdout()).toBe("");
  });
});

describe("practice records (--start)", () => {
  it("are marked on screen, in Markdown and in JSON, and replay from where they started", async () => {
    const io = fakeIo({ cwd: dir });
    expect(
      await run(
        { ...opts, start: "soort", answers: answers("soort: [geld]\noverleg: ja\n"), record: "oefen.json" },
        { io },
      ),
    ).toBe(0);
    expect(io.stdout()).toContain("OEFENING: dit consult begon bij 'soort'");
    const record = JSON.parse(readFileSync(join(dir, "oefen.json"), "utf8"));
    expect(record).toMatchObject({ practice: true, start: "soort" });
    expect(validators.record(record)).toBe(true);
    await run(
      { ...opts, start: "soort", answers: answers("soort: [geld]\noverleg: ja\n"), record: "oefen.md" },
      { io: fakeIo({ cwd: dir }) },
    );
    expect(readFileSync(join(dir, "oefen.md"), "utf8")).toContain("**OEFENING: dit consult begon bij 'soort'");
    const replay = fakeIo({ cwd: dir });
    expect(await run({ ...opts, answers: join(dir, "oefen.json"), json: true }, { io: replay })).toBe(0);
    expect(JSON.parse(replay.stdout())).toMatchObject({ practice: true, start: "soort" });
    expect(replay.stderr()).toContain("Het advies is hetzelfde gebleven.");
  });

  it("an interactive consult with --start says it is practice before the first question", async () => {
    const io = tty();
    await run({ ...opts, start: "soort" }, { io, prompter: prompterOf([{ stop: true }]) });
    expect(io.stdout()).toContain("OEFENING: dit consult begon bij 'soort'");
  });
});

describe("replaying a record: only as a consult could have made it", () => {
  function saved(): { file: string; record: Record<string, unknown> & { steps: { node: string; tree: string }[] } } {
    const file = join(dir, "r.json");
    return { file, record: JSON.parse(readFileSync(file, "utf8")) };
  }
  beforeEach(async () => {
    await run({ ...opts, answers: answers(), record: "r.json" }, { io: fakeIo({ cwd: dir }) });
  });
  const refused = async (edit: (r: ReturnType<typeof saved>["record"]) => void) => {
    const { record } = saved();
    edit(record);
    const tampered = join(dir, "t.json");
    writeFileSync(tampered, JSON.stringify(record, null, 2));
    const io = fakeIo({ cwd: dir });
    const e = await run({ ...opts, answers: tampered }, { io }).catch((x) => x);
    expect(io.stdout()).toBe("");
    // Refused, not run: the promise rejected with the tool's own error.
    expect(e).toBeInstanceOf(CliError);
    return e;
  };

  it("refuses repeated steps (exit 2, with the line)", async () => {
    const e = await refused((r) => r.steps.push({ ...r.steps[0]! }));
    expect(e.exitCode).toBe(2);
    expect(e.text.nl).toBe("Dit verslag wordt niet opnieuw gedraaid (aangepast of beschadigd):");
    expect(e.details).toEqual([
      expect.stringMatching(/t\.json:\d+:\d+: stap 4: vraag 'gevaar' staat er al bij stap 1;/),
    ]);
  });

  it("refuses a step whose tree is not its node's tree", async () => {
    const e = await refused((r) => (r.steps[2]!.tree = "start"));
    expect(e.exitCode).toBe(2);
    expect(e.details).toEqual([
      expect.stringMatching(/t\.json:\d+:\d+: stap 3: vraag 'overleg' hoort bij boom 'vervolg', niet bij 'start'\./),
    ]);
  });

  it("refuses a start past the danger question unless the record is practice", async () => {
    const e = await refused((r) => {
      r.start = "soort";
      r.steps.shift();
    });
    expect(e.exitCode).toBe(2);
    expect(e.details[0]).toContain(
      "het verslag begint bij 'soort', niet bij de eerste vraag van de hoofdboom ('gevaar'), en is niet als oefening gemarkeerd.",
    );
  });

  it("a record of format 2 (no start) still replays", async () => {
    const { record } = saved();
    record.format = "signaalroute-record/2";
    delete record.start;
    writeFileSync(join(dir, "old.json"), JSON.stringify(record));
    const io = fakeIo({ cwd: dir });
    expect(await run({ ...opts, answers: join(dir, "old.json") }, { io })).toBe(0);
    expect(io.stderr()).toContain("Het advies is hetzelfde gebleven.");
  });
});

describe("--record never overwrites silently; the advice always comes first", () => {
  it("an existing file without a terminal: advice printed, file untouched, a clear message and exit 4; --force overwrites", async () => {
    writeFileSync(join(dir, "v.md"), "earlier record");
    const io = fakeIo({ cwd: dir });
    expect(await run({ ...opts, answers: answers(), record: "v.md" }, { io })).toBe(4);
    expect(io.stdout()).toContain("Advies: Melden");
    expect(io.stderr()).toContain(
      "Het verslag is niet opgeslagen: 'v.md' bestaat al en wordt niet zomaar overschreven. Kies een andere naam, of overschrijf met --force.",
    );
    expect(readFileSync(join(dir, "v.md"), "utf8")).toBe("earlier record");
    expect(await run({ ...opts, answers: answers(), record: "v.md", force: true }, { io: fakeIo({ cwd: dir }) })).toBe(
      0,
    );
    expect(readFileSync(join(dir, "v.md"), "utf8")).toContain("# Verslag signaalroute-consult");
  });

  it("in a terminal it asks: another name, overwrite, or do not save", async () => {
    writeFileSync(join(dir, "v.md"), "earlier record");
    const io = fakeIo({ cwd: dir, stdinIsTTY: true, stdoutIsTTY: true });
    const code = await run(
      { ...opts, answers: answers(), record: "v.md" },
      {
        io,
        prompter: prompterOf([
          { id: "record-overwrite", answer: "other" },
          { id: "record-path", answer: "v2" },
        ]),
      },
    );
    expect(code).toBe(0);
    expect(readFileSync(join(dir, "v.md"), "utf8")).toBe("earlier record");
    expect(readFileSync(join(dir, "v2.md"), "utf8")).toContain("# Verslag signaalroute-consult");
  });

  it("a folder that does not exist: the advice is printed first, then the error, exit 4", async () => {
    const io = fakeIo({ cwd: dir });
    expect(await run({ ...opts, answers: answers(), json: true, record: "geen-map/v.json" }, { io })).toBe(4);
    expect(JSON.parse(io.stdout()).outcome.node).toBe("melden");
    expect(io.stderr()).toContain("'geen-map/v.json' kan niet worden geschreven");
    expect(existsSync(join(dir, "geen-map"))).toBe(false);
  });

  it("in an interactive consult with --record: the advice first; when the record cannot be written the draft is kept (exit 4)", async () => {
    const io = tty();
    const code = await run(
      { ...opts, record: "geen-map/v.md" },
      {
        io,
        prompter: prompterOf([
          { id: "gevaar", answer: "nee" },
          { id: "soort", answer: [] },
          { id: "review", answer: CONFIRM },
          { id: "save-record", answer: "file" },
          { id: "record-reference", answer: "" },
          { id: "record-role", answer: "" },
          { id: "record-failed", answer: "none" },
        ]),
      },
    );
    expect(code).toBe(4);
    expect(io.stdout()).toContain("Advies: Blijf opletten");
    expect(io.stderr()).toContain("Uw antwoorden staan nog in het concept: signaalroute consult --resume");
    expect(JSON.parse(readFileSync(onlyDraft(join(dir, "data")), "utf8")).state.history).toHaveLength(2);
  });
});
