import { describe, expect, it } from "vitest";
import { distinctReasons } from "../../src/record/reasons.js";

describe("distinctReasons", () => {
  it("keeps reasons that share nothing as they are", () => {
    expect(distinctReasons(["Er is direct gevaar.", "Melden is de norm."], "nl")).toEqual([
      "Er is direct gevaar.",
      "Melden is de norm.",
    ]);
  });

  it("leaves out a sentence an earlier reason gave, also with other spacing, and drops a reason left empty", () => {
    expect(
      distinctReasons(
        [
          "A is waar. Bel 0800-2000 (dag en nacht).",
          "B is waar.  Bel 0800-2000   (dag en nacht).",
          "Bel 0800-2000 (dag en nacht).",
        ],
        "nl",
      ),
    ).toEqual(["A is waar. Bel 0800-2000 (dag en nacht).", "B is waar."]);
  });

  it("does not split at an abbreviation or a number, so a sentence is compared whole", () => {
    // "Bijv." and "jr." end no sentence: were they split off, the second reason would lose its "Bijv.".
    const reasons = ["Bijv. als het kind 12 jr. is, bel vandaag.", "Bijv. als de ouders het weten, bel morgen."];
    expect(distinctReasons(reasons, "nl")).toEqual(reasons);
  });

  it("works the same in English", () => {
    expect(
      distinctReasons(
        [
          "Signals of exploitation. The coordinator advises professionals.",
          "Signals of criminal exploitation. The coordinator advises professionals.",
        ],
        "en",
      ),
    ).toEqual(["Signals of exploitation. The coordinator advises professionals.", "Signals of criminal exploitation."]);
  });
});
