import { describe, expect, it } from "vitest";
import { conclude, position } from "../../src/engine/engine.js";
import type { AnswerValue } from "../../src/engine/state.js";
import { runAnswers } from "../../src/consult/answers-file.js";
import { start } from "../../src/engine/engine.js";
import { treeSetOfData, webDataOf } from "../../src/web/data.js";
import {
  answer,
  canGoBack,
  change,
  confirm,
  earlierAnswer,
  goBack,
  initial,
  NO_FIELDS,
  restore,
  reviewLines,
  trusted,
  trustedFields,
  where,
  type WebState,
} from "../../src/web/session.js";
import { noticeText, renderNotice, stepNotices } from "../../src/render/notices.js";
import { makeStyle } from "../../src/render/style.js";
import { BASIC, FIXTURES, loadSet } from "../helpers.js";

// The page's state logic on the fictional basic fixture (test/fixtures/trees/valid/basic):
// gevaar (danger form) -> nee -> soort (checklist) -> [geld, spijbelen] (2 ticks: route 1, spoed advice team-a)
// -> vervolg/overleg (question) -> ja -> melden (outcome).
const set = loadSet(BASIC);

function ok(s: WebState, value: AnswerValue): WebState {
  const r = answer(set, s, value);
  if (!r.ok) throw new Error(r.error.en);
  return r.state;
}

function nodeOf(s: WebState): string {
  return where(set, s).node.id;
}

describe("web page state", () => {
  it("starts at the danger question, on a question page, with nothing to go back to", () => {
    const s = initial(set, "nl");
    expect(s.view).toBe("question");
    expect(nodeOf(s)).toBe("gevaar");
    expect(canGoBack(s)).toBe(false);
  });

  it("walks to the check page, then the advice; urgent advice given on the way is said at once", () => {
    let s = ok(initial(set, "nl"), "nee");
    expect(nodeOf(s)).toBe("soort");
    s = ok(s, ["geld", "spijbelen"]);
    // The link to the vervolg tree is followed by the engine: the next page is its first question.
    expect(nodeOf(s)).toBe("overleg");
    expect(s.notices.map((n) => [noticeText(n.nl), noticeText(n.en)])).toEqual([
      ["[Spoed: vandaag] Testteam A: Meerdere signalen.", "[Urgent: today] Test team A: Several signals."],
    ]);
    expect(s.notices[0]!.nl).toMatchObject({ kind: "urgent", urgency: "spoed", contact: "Testteam A" });
    s = ok(s, "ja");
    expect(s.view).toBe("review");
    expect(s.notices).toEqual([]);
    expect(reviewLines(set, s, "nl").map((l) => [l.question, l.answerText, l.at])).toEqual([
      ["Is het kind, of iemand anders, nu in direct gevaar?", "Nee, er is nu geen direct gevaar", 0],
      ["Welke signalen ziet u?", "Plotseling veel geld; Spijbelen", 1],
      ["Heeft u overlegd?", "Ja", 2],
    ]);
    const advice = confirm(set, s);
    expect(advice.view).toBe("advice");
    // Answering is refused off a question page.
    expect(answer(set, advice, "ja").ok).toBe(false);
  });

  it("refuses an answer the question does not offer, and keeps the state", () => {
    const s = initial(set, "en");
    const r = answer(set, s, "maybe");
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.en).toContain("'maybe' is not an answer to question 'gevaar'");
  });

  it("goes back one page at a time: advice -> check page -> last question, which shows the earlier answer without taking it", () => {
    const done = confirm(set, ok(ok(ok(initial(set, "nl"), "nee"), ["geld"]), "nee"));
    const review = goBack(done);
    expect(review.view).toBe("review");
    const question = goBack(review);
    expect(question.view).toBe("question");
    expect(nodeOf(question)).toBe("overleg");
    expect(question.consult.history.map((e) => e.node)).toEqual(["gevaar", "soort"]);
    expect(earlierAnswer(question, "overleg")).toBe("nee");
    expect(earlierAnswer(question, "soort")).toBeUndefined();
  });

  it("back from a checklist remembers its unsent ticks (not an answer); the browser's back through restore too", () => {
    const atList = ok(initial(set, "nl"), "nee");
    expect(nodeOf(atList)).toBe("soort");
    const left = { node: "soort", answer: ["spijbelen"] };
    const question = goBack(atList, left);
    expect(question.consult.history).toEqual([]);
    expect(earlierAnswer(ok(question, "nee"), "soort")).toEqual(["spijbelen"]);
    // Ticks remembered before and taken away on screen do not come back: the list reopens empty.
    const again = ok(question, "nee");
    expect(earlierAnswer(again, "soort")).toEqual(["spijbelen"]);
    expect(earlierAnswer(ok(goBack(again, { node: "soort", answer: [] }), "nee"), "soort")).toEqual([]);
    // The browser's back button: restore from the list's state to the first page's.
    const restored = restore(set, atList, initial(set, "nl"), left)!;
    expect(restored.consult.history).toEqual([]);
    expect(earlierAnswer(ok(restored, "nee"), "soort")).toEqual(["spijbelen"]);
  });

  it("an implied answer is said with its question, the answer taken and why: the content the terminal says", () => {
    // The fictional memory fixture: "ja" to danger, "Verder" on the 112 page, one tick; "Hebt u een vermoeden?"
    // is then implied "Ja" because of the danger (test/fixtures/trees/valid/memory/start.yaml).
    const memory = loadSet(`${FIXTURES}/trees/valid/memory`);
    const step = (s: WebState, value: AnswerValue) => {
      const r = answer(memory, s, value);
      if (!r.ok) throw new Error(r.error.en);
      return r.state;
    };
    const before = step(step(initial(memory, "nl"), "ja"), "continue");
    const s = step(before, ["geld"]);
    expect(s.view).toBe("review");
    expect(s.notices.map((n) => n.nl)).toEqual([
      {
        kind: "implied",
        label: "↳ Afgeleid uit uw antwoorden:",
        question: "Hebt u een vermoeden?",
        answer: "Ja",
        reason: "U meldde direct gevaar.",
      },
    ]);
    expect(noticeText(s.notices[0]!.en)).toBe(
      "↳ Implied by your answers: Do you have a suspicion? Yes. You reported direct danger.",
    );
    // The terminal draws the same content (src/consult/interactive.ts prints renderNotice of stepNotices).
    const terminal = stepNotices(memory, where(memory, before), where(memory, s), "nl");
    expect(terminal).toEqual(s.notices.map((n) => n.nl));
    expect(renderNotice(terminal[0]!, makeStyle(false))).toBe(
      "↳ Afgeleid uit uw antwoorden: Hebt u een vermoeden? Ja\n  U meldde direct gevaar.",
    );
    // Kept in sessionStorage and read back: the notice is trusted as it was; a tampered one is dropped.
    const roundTrip = JSON.parse(JSON.stringify(s));
    expect(trusted(memory, roundTrip)!.notices).toEqual(s.notices);
    roundTrip.notices[0].nl.answer = 5;
    expect(trusted(memory, roundTrip)!.notices).toEqual([]);
  });

  it("'Wijzig' on the check page goes back to that question and gives later answers again where the new route asks them", () => {
    const review = ok(ok(ok(initial(set, "nl"), "nee"), ["geld", "spijbelen"]), "ja");
    const changing = change(set, review, 1);
    expect(changing.view).toBe("question");
    expect(nodeOf(changing)).toBe("soort");
    expect(changing.kept).toEqual({ overleg: "ja" });
    // One tick instead of two: route 2, the same follow-up question, answered again with the kept "ja".
    const again = ok(changing, ["geld"]);
    expect(again.view).toBe("review");
    expect(again.consult.history.map((e) => [e.node, e.answer])).toEqual([
      ["gevaar", "nee"],
      ["soort", ["geld"]],
      ["overleg", "ja"],
    ]);
    expect(again.notices.map((n) => n.nl.kind)).toEqual(["kept"]);
    expect(noticeText(again.notices[0]!.nl)).toBe("(bewaard) Heeft u overlegd? Ja");
    expect(again.kept).toBeUndefined();
    // Nothing ticked: another outcome, where the follow-up question is never asked.
    const other = ok(change(set, review, 1), []);
    expect(other.view).toBe("review");
    expect(where(set, other).node.id).toBe("rustig");
    expect(other.notices).toEqual([]);
  });

  it("'Wijzig' never passes an info step on a kept answer: the 'bel 112' page is shown again, as in the terminal", () => {
    const review = ok(ok(ok(ok(initial(set, "nl"), "ja"), "continue"), ["geld"]), "ja");
    expect(review.view).toBe("review");
    // Change the danger answer and give the same one: the info page comes back, it is not continued silently.
    const changing = change(set, review, 0);
    expect(changing.kept).toEqual({ soort: ["geld"], overleg: "ja" });
    const again = ok(changing, "ja");
    expect(again.view).toBe("question");
    expect(nodeOf(again)).toBe("bel-112");
  });

  it("'Wijzig' with an index that is not an answer changes nothing", () => {
    const review = ok(ok(ok(initial(set, "nl"), "nee"), ["geld"]), "ja");
    expect(change(set, review, 7)).toBe(review);
    expect(change(set, review, -1)).toBe(review);
    expect(change(set, review, 0.5)).toBe(review);
  });

  it("the browser's back button restores an earlier page through the engine's back, remembering the answers passed", () => {
    const first = ok(initial(set, "nl"), "nee");
    const third = ok(ok(first, ["geld"]), "ja");
    const back = restore(set, third, first)!;
    expect(nodeOf(back)).toBe("soort");
    expect(back.consult.history).toEqual([{ node: "gevaar", answer: "nee" }]);
    expect(back.consult.remembered).toEqual({ soort: ["geld"], overleg: "ja" });
    // Forward again: the later page's own state.
    expect(restore(set, back, third)!.consult.history).toEqual(third.consult.history);
    // Anything that does not replay is refused.
    expect(
      restore(set, third, {
        ...first,
        consult: { ...first.consult, history: [{ node: "gevaar", answer: "misschien" }] },
      }),
    ).toBeUndefined();
  });

  it("trusts a stored state only when it starts at the danger question, replays through the engine and fits its page", () => {
    const s = ok(initial(set, "nl"), "nee");
    const roundTrip = JSON.parse(JSON.stringify(s));
    expect(trusted(set, roundTrip)).toEqual(s);
    expect(trusted(set, { ...roundTrip, consult: { ...roundTrip.consult, start: "soort" } })).toBeUndefined();
    expect(
      trusted(set, { ...roundTrip, consult: { ...roundTrip.consult, history: [{ node: "soort", answer: ["geld"] }] } }),
    ).toBeUndefined();
    expect(trusted(set, { ...roundTrip, view: "advice" })).toBeUndefined();
    expect(trusted(set, { ...roundTrip, view: "elsewhere" })).toBeUndefined();
    expect(trusted(set, null)).toBeUndefined();
    expect(trusted(set, "x")).toBeUndefined();
    // A remembered answer that is not an answer value is dropped, not trusted.
    expect(
      trusted(set, { ...roundTrip, consult: { ...roundTrip.consult, remembered: { overleg: 5 } } })!.consult.remembered,
    ).toEqual({});
  });

  it("trusts stored record fields ('uw kenmerk', 'uw functie') only as the page itself would take them", () => {
    expect(trustedFields({ reference: "Z-2026-0001", role: "mentor" })).toEqual({
      reference: "Z-2026-0001",
      role: "mentor",
    });
    // Identifying text is dropped, each field on its own: a BSN (11-proof), a date, an e-mail, a postcode with a number.
    expect(trustedFields({ reference: "123456782", role: "mentor" })).toEqual({ reference: "", role: "mentor" });
    expect(trustedFields({ reference: "Z-1", role: "geboren 12-03-2011" })).toEqual({ reference: "Z-1", role: "" });
    expect(trustedFields({ reference: "a@b.nl", role: "1234 AB 5" })).toEqual(NO_FIELDS);
    // Too long, control characters, untrimmed or not a string: dropped.
    expect(trustedFields({ reference: "x".repeat(81), role: "a\u0007b" })).toEqual(NO_FIELDS);
    expect(trustedFields({ reference: " Z-1", role: 5 })).toEqual(NO_FIELDS);
    expect(trustedFields(undefined)).toEqual(NO_FIELDS);
    expect(trustedFields("Z-1")).toEqual(NO_FIELDS);
  });

  it("the danger question's 'ja' leads to the info page that says to call 112; its advice is given on 'Verder'", () => {
    const s = ok(initial(set, "nl"), "ja");
    expect(nodeOf(s)).toBe("bel-112");
    // The info page itself shows its acute advice (the page draws node.advice); the engine collects it on leaving.
    expect(where(set, s).collected).toEqual([]);
    const next = ok(s, "continue");
    expect(nodeOf(next)).toBe("soort");
    expect(where(set, next).collected.map((c) => [c.item.contact, c.item.urgency])).toEqual([["alarm-112", "acuut"]]);
    // An info step's advice is not said again as a notice: the info page said it.
    expect(next.notices).toEqual([]);
  });
});

describe("the page's tree set", () => {
  it("rebuilt from the page's JSON, gives the same advice as the CLI's set for the same answers", () => {
    const rebuilt = treeSetOfData(JSON.parse(JSON.stringify(webDataOf(set, "nl", "signaalroute test"))));
    expect(rebuilt.hash).toBe(set.hash);
    expect(rebuilt.main.entry).toBe("gevaar");
    const cases: Record<string, AnswerValue>[] = [
      { gevaar: "nee", soort: ["geld", "spijbelen"], overleg: "ja" },
      { gevaar: "nee", soort: [] },
      { gevaar: "unknown", soort: "unknown", overleg: "nee" },
    ];
    for (const c of cases) {
      const conclusions = [set, rebuilt].map((s) => {
        const run = runAnswers(s, start(s), new Map(Object.entries(c)), () => undefined);
        expect(run.diagnostics).toEqual([]);
        const pos = position(s, run.state);
        if (!pos.ok) throw new Error(pos.error.message.en);
        const end = conclude(s, pos.value);
        return end && { outcome: end.outcome.id, advice: end.advice, actions: end.actions, urgency: end.urgency };
      });
      expect(conclusions[0]).toBeDefined();
      expect(conclusions[1]).toEqual(conclusions[0]);
    }
  });

  it("keeps file names only, never the folder a tree was read from", () => {
    const data = webDataOf(set, "nl", "t");
    expect(data.trees.map((t) => t.file).sort()).toEqual(["start.yaml", "vervolg.yaml"]);
    expect(data.contacts.file).toBe("contacts.yaml");
  });
});

describe("the page on the bundled trees", () => {
  it("walks every bundled scenario page by page to the same record as `consult --answers` on the consult's own set", async () => {
    const { loadTrees } = await import("../../src/commands/support/load-trees.js");
    const { buildRecord } = await import("../../src/record/build-record.js");
    const { parse } = await import("yaml");
    const { readdirSync, readFileSync } = await import("node:fs");
    const { join } = await import("node:path");
    const { ROOT } = await import("../helpers.js");
    const cli = await loadTrees({ cwd: ROOT, lang: "nl", rules: "consult" });
    const page = treeSetOfData(JSON.parse(JSON.stringify(webDataOf(cli, "nl", "t"))));
    const files = readdirSync(join(ROOT, "scenarios")).filter((f) => f.endsWith(".yaml"));
    expect(files.length).toBeGreaterThanOrEqual(10);
    const when = new Date(2026, 11, 2, 10, 0, 0);
    for (const file of files) {
      const answers = (
        parse(readFileSync(join(ROOT, "scenarios", file), "utf8")) as { answers: Record<string, AnswerValue> }
      ).answers;
      const run = runAnswers(cli, start(cli), new Map(Object.entries(answers)), () => undefined);
      expect(run.diagnostics, file).toEqual([]);
      const expected = buildRecord(cli, run.state, "nl", when);
      // The page: one answer per page, as a user would click them.
      let s = initial(page, "nl");
      for (let pages = 0; s.view === "question"; pages++) {
        expect(pages, file).toBeLessThan(200);
        const node = where(page, s).node;
        const value = node.kind === "info" ? "continue" : answers[node.id];
        expect(value, `${file}: ${node.id}`).toBeDefined();
        const r = answer(page, s, value!);
        if (!r.ok) throw new Error(`${file}: ${r.error.en}`);
        s = r.state;
      }
      expect(s.view).toBe("review");
      const got = buildRecord(page, confirm(page, s).consult, "nl", when);
      expect(got, file).toEqual(expected);
    }
  }, 60000);
});
