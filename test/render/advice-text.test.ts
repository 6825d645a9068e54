import { describe, expect, it } from "vitest";
import type { ConsultRecord } from "../../src/record/consult-record.js";
import { primaryAction, renderAdvice, renderAdviceSummary } from "../../src/render/advice-text.js";
import { makeStyle } from "../../src/render/style.js";

const plain = makeStyle(false);

// A record as buildRecord makes it for an exploitation case (fictional numbers).
const record: ConsultRecord = {
  format: "signaalroute-record/2",
  createdAt: "2026-11-28T14:05:00+01:00",
  lang: "nl",
  treeSet: { hash: "x", trees: [{ id: "start", version: "1.0.0" }] },
  steps: [],
  outcome: { node: "melden-uitbuiting", title: "Melden bij Veilig Thuis", urgency: "spoed", ownUrgency: "regulier" },
  facts: [],
  advice: [
    {
      contact: "veilig-thuis",
      name: "Veilig Thuis",
      phone: "0800-0000",
      web: "https://example.org/vt",
      hours: "Dag en nacht",
      does: "Advies en meldingen.",
      urgency: "spoed",
      why: ["Signalen van uitbuiting.", "Melden is de norm."],
    },
    {
      contact: "zorgcoordinator",
      name: "Zorgcoördinator mensenhandel",
      does: "Regionale coördinatie.",
      urgency: "regulier",
      why: ["Regionale hulp."],
      check: "Controleer de actuele gegevens op https://example.org/zc",
    },
    {
      contact: "chat",
      name: "Chat voor jongeren",
      web: "https://example.org/chat",
      does: "Anoniem chatten.",
      urgency: "advies",
      why: ["De jongere kan zelf chatten."],
    },
  ],
  actions: [
    "[Spoed: vandaag] Meld bij Veilig Thuis: 0800-0000.",
    "Vertel de ouders wie meldt, tenzij dat niet veilig is.",
  ],
  record: ["De signalen, met datum.", "Met wie u overlegde."],
};

describe("the advice screen", () => {
  it("opens with one headline and its one action, then one line per contact, the outcome's text, every reason, the rest, what to record", () => {
    const text = renderAdvice(record, "nl", plain, {
      outcomeText: "Veilig Thuis registreert de melding ook bij CoMensha.",
      topContactHasAction: true,
    });
    expect(text.split("\n")).toEqual([
      "",
      "Advies: Melden bij Veilig Thuis  [Spoed: vandaag]",
      "→ [Spoed: vandaag] Meld bij Veilig Thuis: 0800-0000.",
      "",
      "Wie u inschakelt, meest dringend eerst",
      // name · phone (else the web site's name) · when · the first sentence of the first reason
      "  1. Veilig Thuis · 0800-0000 · [Spoed: vandaag] · Signalen van uitbuiting.",
      "  2. Zorgcoördinator mensenhandel · [Regulier: binnen enkele dagen] · Regionale hulp.",
      "     Controleer de actuele gegevens op https://example.org/zc",
      "  3. Chat voor jongeren · example.org · [Advies: wanneer het u uitkomt] · De jongere kan zelf chatten.",
      "",
      "Veilig Thuis registreert de melding ook bij CoMensha.",
      "",
      "Waarom deze contacten",
      "  - Veilig Thuis: Signalen van uitbuiting. Melden is de norm.",
      "  - Zorgcoördinator mensenhandel: Regionale hulp.",
      "  - Chat voor jongeren: De jongere kan zelf chatten.",
      "",
      "Wat u daarna doet",
      "  - Vertel de ouders wie meldt, tenzij dat niet veilig is.",
      "",
      "Wat u vastlegt in het dossier",
      "  - De signalen, met datum.",
      "  - Met wie u overlegde.",
      "",
      "Alle gegevens van een contact (website, bereikbaarheid, wat zij doen) staan in het verslag en in: signaalroute contacts [naam]",
      "",
    ]);
    // Hours and what the organisation does are in the record, not on this screen.
    expect(text).not.toContain("Dag en nacht");
  });

  it("keeps each contact's line to the terminal's width, shortening its reason", () => {
    const lines = renderAdvice(record, "nl", plain, { topContactHasAction: true, width: 60 }).split("\n");
    // By hand: "  3. Chat voor jongeren · example.org · [Advies: wanneer het u uitkomt]" is 70 columns: no room for a reason,
    // and it is left to wrap. "  1. Veilig Thuis · 0800-0000 · [Spoed: vandaag]" is 48: 60 - 48 - 3 (" · ") - 1 ("…") = 8 < 12,
    // no reason either (the reasons are all in "Waarom deze contacten").
    expect(lines[5]).toBe("  1. Veilig Thuis · 0800-0000 · [Spoed: vandaag]");
    expect(lines[8]).toBe("  3. Chat voor jongeren · example.org · [Advies: wanneer het u uitkomt]");
    const wide = renderAdvice(record, "nl", plain, { topContactHasAction: true, width: 70 }).split("\n");
    // 70 - 48 - 3 - 1 = 18 columns of "Signalen van uitbuiting." (24), then "…".
    expect(wide[5]).toBe("  1. Veilig Thuis · 0800-0000 · [Spoed: vandaag] · Signalen van uitbu…");
    expect(wide[5]!.length).toBe(70);
  });

  it("the first screen fits 24 rows: the headline, the action and every contact come before anything else", () => {
    const lines = renderAdvice(record, "nl", plain, { topContactHasAction: true }).split("\n");
    const lastContact = lines.findIndex((l) => l.includes("3. Chat voor jongeren"));
    expect(lastContact).toBe(8);
    expect(lastContact).toBeLessThan(24);
  });

  it("when the most urgent contact has no action line of its own, the first action is to contact it", () => {
    expect(primaryAction(record, "nl", { topContactHasAction: false })).toBe(
      "→ [Spoed: vandaag] Neem contact op met Veilig Thuis (0800-0000).",
    );
    const text = renderAdvice(record, "en", plain, { topContactHasAction: false });
    // Then every action line stays in the list below.
    expect(text).toContain("  - [Spoed: vandaag] Meld bij Veilig Thuis: 0800-0000.");
  });

  it("an acute advice shows its action in red", () => {
    const acute: ConsultRecord = {
      ...record,
      outcome: { ...record.outcome, urgency: "acuut" },
      actions: ["[Acuut: nu] Bel 112."],
    };
    const text = renderAdvice(acute, "nl", makeStyle(true), { topContactHasAction: true });
    expect(text).toContain("\u001b[31m\u001b[1m→ [Acuut: nu] Bel 112.");
  });

  it("the summary says the headline and the action again", () => {
    expect(renderAdviceSummary(record, "en", plain, { topContactHasAction: true })).toBe(
      "In short: Melden bij Veilig Thuis  [Urgent: today]\n→ [Spoed: vandaag] Meld bij Veilig Thuis: 0800-0000.\n",
    );
  });
});
