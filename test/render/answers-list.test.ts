import { describe, expect, it } from "vitest";
import { answerNumbers, renderAnswerList, type RouteAnswer } from "../../src/render/answers-list.js";
import { makeStyle } from "../../src/render/style.js";

const plain = makeStyle(false);

// A route as the bundled trees take it after "ja, direct gevaar" (texts shortened): the third question is implied.
const route: RouteAnswer[] = [
  { question: "Is er nu direct gevaar?", answerText: "Ja, er is nu direct gevaar" },
  { question: "Is het kind vermist?", answerText: "Nee" },
  { question: "Is het kind de komende dagen niet veilig?", answerText: "Ja", implied: "U meldde direct gevaar." },
  { question: "Waar gaat uw zorg over?", answerText: "Mishandeling" },
];

describe("the answers on the route (check page)", () => {
  it("numbers only the questions the user answered; an implied answer has no number", () => {
    expect(answerNumbers(route)).toEqual([1, 2, undefined, 3]);
  });

  it("lists the answered questions numbered, and the implied answer marked as implied under the answer before it, never as 'niet gevraagd'", () => {
    expect(renderAnswerList(route, "nl", plain).split("\n")).toEqual([
      "  1. Is er nu direct gevaar?",
      "     Ja, er is nu direct gevaar",
      "  2. Is het kind vermist?",
      "     Nee",
      "     ↳ Afgeleid uit uw antwoorden: Is het kind de komende dagen niet veilig?",
      "       Ja",
      "       U meldde direct gevaar.",
      "  3. Waar gaat uw zorg over?",
      "     Mishandeling",
    ]);
    expect(renderAnswerList(route, "nl", plain)).not.toContain("niet gevraagd");
    expect(renderAnswerList(route, "en", plain)).toContain(
      "     ↳ Implied by your answers: Is het kind de komende dagen niet veilig?",
    );
  });

  it("an implied answer before any question (a practice start) is listed at the top, unindented", () => {
    const text = renderAnswerList([route[2]!, route[3]!], "nl", plain).split("\n");
    expect(text[0]).toBe("  ↳ Afgeleid uit uw antwoorden: Is het kind de komende dagen niet veilig?");
    expect(text[3]).toBe("  1. Waar gaat uw zorg over?");
  });
});
