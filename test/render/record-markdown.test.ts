import { describe, expect, it } from "vitest";
import type { ConsultRecord } from "../../src/record/consult-record.js";
import { recordToMarkdown } from "../../src/render/record-markdown.js";

// A fictional record whose route implied its third question.
const record: ConsultRecord = {
  format: "signaalroute-record/3",
  createdAt: "2026-11-28T14:05:00+01:00",
  lang: "nl",
  treeSet: { hash: "x", trees: [{ id: "start", version: "1.0.0" }] },
  steps: [
    {
      tree: "start",
      node: "gevaar",
      question: "Is er nu direct gevaar?",
      answer: "ja",
      answerText: "Ja, er is nu direct gevaar",
    },
    { tree: "start", node: "vermist", question: "Is het kind vermist?", answer: "nee", answerText: "Nee" },
    {
      tree: "start",
      node: "dagen",
      question: "Is het kind de komende dagen niet veilig?",
      answer: "ja",
      answerText: "Ja",
      implied: "U meldde direct gevaar.",
    },
    {
      tree: "start",
      node: "zorg",
      question: "Waar gaat uw zorg over?",
      answer: ["mishandeling"],
      answerText: "Mishandeling",
    },
  ],
  outcome: { node: "melden", title: "Melden", urgency: "acuut", ownUrgency: "spoed" },
  facts: [],
  advice: [],
  actions: [],
  record: [],
};

describe("the record's questions and answers", () => {
  it("numbers the questions answered; an implied answer is marked as implied, with its reason, under the answer before it", () => {
    const md = recordToMarkdown(record);
    const part = md.slice(md.indexOf("## Vragen en antwoorden"), md.indexOf("## Uitkomst"));
    expect(part.split("\n")).toEqual([
      "## Vragen en antwoorden",
      "",
      "1. Is er nu direct gevaar?  ",
      "   **Ja, er is nu direct gevaar**",
      "2. Is het kind vermist?  ",
      "   **Nee**",
      "   - _Afgeleid uit eerdere antwoorden:_ Is het kind de komende dagen niet veilig?  ",
      "     **Ja**  ",
      "     _U meldde direct gevaar._",
      "3. Waar gaat uw zorg over?  ",
      "   **Mishandeling**",
      "",
      "",
    ]);
    expect(md).not.toContain("Niet gevraagd");
    expect(recordToMarkdown({ ...record, lang: "en" })).toContain(
      "   - _Implied by earlier answers:_ Is het kind de komende dagen niet veilig?  ",
    );
  });
});
