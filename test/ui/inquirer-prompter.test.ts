import { screen, wrapPrompt } from "@inquirer/testing/vitest";
import { EventEmitter } from "node:events";
import { describe, expect, it, vi } from "vitest";
import { runSession } from "../../src/consult/interactive.js";
import { position, start } from "../../src/engine/engine.js";
import { makeStyle } from "../../src/render/style.js";
import { inquirerPrompter } from "../../src/ui/inquirer-prompter.js";
import { BASIC, loadSet } from "../helpers.js";

// The checklist is signaalroute's own prompt: it goes to the same test screen as inquirer's.
vi.mock("../../src/ui/checklist-prompt.js", async (importOriginal) => {
  const actual = await importOriginal<typeof import("../../src/ui/checklist-prompt.js")>();
  return { ...actual, checklistPrompt: wrapPrompt(actual.checklistPrompt) };
});

const set = loadSet(BASIC);

describe("inquirer prompter, rendered", () => {
  it("shows the question with its answers, 'weet ik niet', help, and no back on the first question", async () => {
    const printed: string[] = [];
    const session = runSession(set, start(set), inquirerPrompter("nl"), "nl", makeStyle(false), {
      onState: () => {},
      print: (t) => printed.push(t),
    });
    const first = screen.getScreen();
    expect(first).toContain("Is het kind, of iemand anders, nu in direct gevaar?");
    for (const label of ["Ja", "Nee", "Weet ik niet", "Uitleg bij deze vraag", "Stoppen"])
      expect(first).toContain(label);
    expect(first).not.toContain("Terug");

    // Down twice = "Weet ik niet": the cautious route to the 112 step.
    screen.keypress("down");
    screen.keypress("down");
    screen.keypress("enter");
    await screen.next();
    expect(printed.join("\n")).toContain("Bel nu 112.");
    expect(screen.getScreen()).toContain("Terug naar de vorige vraag");
    screen.keypress("enter"); // Verder
    await screen.next();

    // The checklist: tick the first item with space, then enter.
    const checklist = screen.getScreen();
    expect(checklist).toContain("Welke signalen ziet u?");
    expect(checklist).toContain("Plotseling veel geld");
    screen.keypress("space");
    screen.keypress("enter");
    await screen.next();
    expect(screen.getScreen()).toContain("Heeft u overlegd?");
    screen.keypress("enter"); // Ja
    const end = await session;
    expect(end.kind).toBe("done");
    const p = position(set, end.state);
    expect(p.ok && p.value.node.id).toBe("melden");
    expect(end.state.history.map((h) => h.answer)).toEqual(["unknown", "continue", ["geld"], "ja"]);
    // A list opened for the first time says nothing about earlier ticks.
    expect(printed.join("\n")).not.toContain("De vinkjes die u eerder zette");
  });

  it("Ctrl-C stops the session and keeps the answers so far", async () => {
    const session = runSession(set, start(set), inquirerPrompter("en"), "en", makeStyle(false), {
      onState: () => {},
      print: () => {},
    });
    expect(screen.getScreen()).toContain("in direct danger right now?");
    screen.keypress("down");
    screen.keypress("enter"); // No
    await screen.next();
    screen.keypress({ name: "c", ctrl: true });
    const end = await session;
    expect(end.kind).toBe("stopped");
    expect(end.state.history).toEqual([{ node: "gevaar", answer: "nee" }]);
  });
});

describe("inquirer prompter: Ctrl-C at a checklist", () => {
  it("keeps what was ticked there in the draft, not as an answer; the list opens with it ticked on resume", async () => {
    const saved: unknown[] = [];
    const session = runSession(set, start(set), inquirerPrompter("en"), "en", makeStyle(false), {
      onState: (s) => saved.push(s),
      print: () => {},
    });
    screen.keypress("down");
    screen.keypress("enter"); // No
    await screen.next();
    expect(screen.getScreen()).toContain("Which signals do you see?");
    screen.keypress("down");
    screen.keypress("space"); // Truancy
    screen.keypress({ name: "c", ctrl: true });
    const end = await session;
    expect(end.kind).toBe("stopped");
    expect(end.state.history).toEqual([{ node: "gevaar", answer: "nee" }]);
    expect(end.state.remembered).toMatchObject({ soort: ["spijbelen"] });
    // Saved (the draft) with the ticks, after the answer "No" was saved.
    expect(saved.at(-1)).toEqual(end.state);
    const resumed = runSession(set, end.state, inquirerPrompter("en"), "en", makeStyle(false), {
      onState: () => {},
      print: () => {},
    });
    const list = screen.getScreen();
    expect(list).toMatch(/◉ Truancy/);
    expect(list).toMatch(/◯ Suddenly a lot of money/);
    screen.keypress({ name: "c", ctrl: true });
    expect((await resumed).kind).toBe("stopped");
  });
});

describe("inquirer prompter: Ctrl-C at a checklist after unticking", () => {
  it("keeps that nothing is ticked: the ticks remembered before do not come back on resume", async () => {
    // Back (Esc) from the list with "Truancy" ticked remembers it; the list reopens with it ticked.
    const remembered = {
      ...start(set),
      history: [{ node: "gevaar", answer: "nee" }],
      remembered: { soort: ["spijbelen"] },
    };
    const saved: unknown[] = [];
    const printed: string[] = [];
    const session = runSession(set, remembered, inquirerPrompter("en"), "en", makeStyle(false), {
      onState: (s) => saved.push(s),
      print: (t) => printed.push(t),
    });
    expect(screen.getScreen()).toMatch(/◉ Truancy/);
    // Said once above the list, as on the web page.
    expect(printed.filter((t) => t.includes("The ticks you set earlier are still there"))).toHaveLength(1);
    screen.keypress("down");
    screen.keypress("space"); // untick Truancy
    screen.keypress({ name: "c", ctrl: true });
    const end = await session;
    expect(end.kind).toBe("stopped");
    expect(end.state.remembered).toMatchObject({ soort: [] });
    expect(saved.at(-1)).toEqual(end.state);
  });
});

describe("inquirer prompter: a stray Enter", () => {
  it("is not taken as an answer: the screen says so, the question comes again, and a real choice counts", async () => {
    const input = new EventEmitter();
    const said: string[] = [];
    let t = 0;
    const prompter = inquirerPrompter("nl", undefined, { input, say: (l) => said.push(l), now: () => t });
    const answer = prompter.select({
      id: "q",
      message: "Is het kind in gevaar?",
      choices: [
        { value: "ja", name: "Ja" },
        { value: "nee", name: "Nee" },
      ],
    });
    expect(screen.getScreen()).toContain("Is het kind in gevaar?");
    // The first key, 100 ms after the question opened, is Enter (the keys reach the prompt through `input`
    // as readline's keypress events; the test screen then gets the same key).
    t = 100;
    input.emit("keypress", "\r", { name: "return" });
    screen.keypress("enter");
    await screen.next();
    expect(said).toEqual([
      "Die Enter kwam meteen na de vraag en telt niet als antwoord. Lees de vraag en kies opnieuw.",
    ]);
    // Asked again; this time a choice.
    expect(screen.getScreen()).toContain("Is het kind in gevaar?");
    t = 2000;
    input.emit("keypress", undefined, { name: "down" });
    screen.keypress("down");
    screen.keypress("enter");
    expect(await answer).toBe("nee");
  });
});

describe("inquirer prompter: a stray Enter on a checklist that opens with earlier ticks", () => {
  it("does not give the earlier ticks again: said on screen, asked again; a tick first counts", async () => {
    const input = new EventEmitter();
    const said: string[] = [];
    let t = 0;
    const prompter = inquirerPrompter("en", undefined, { input, say: (l) => said.push(l), now: () => t });
    const answer = prompter.checklist({
      id: "soort",
      message: "Which signs do you see?",
      items: [
        { value: "geld", name: "Suddenly much money" },
        { value: "spijbelen", name: "Truancy" },
      ],
      checked: ["geld"],
      canGoBack: true,
    });
    expect(screen.getScreen()).toContain("◉ Suddenly much money");
    t = 50;
    input.emit("keypress", "\r", { name: "return" });
    screen.keypress("enter");
    await screen.next();
    expect(said).toEqual([
      "That Enter came right after the question and does not count as an answer. Read the question and choose again.",
    ]);
    // Asked again with the same ticks; now the user unticks "geld" and ticks "spijbelen", within the settle time.
    expect(screen.getScreen()).toContain("◉ Suddenly much money");
    t = 60;
    input.emit("keypress", " ", { name: "space" });
    screen.keypress("space");
    screen.keypress("down");
    screen.keypress("space");
    screen.keypress("enter");
    expect(await answer).toEqual({ kind: "answer", ticked: ["spijbelen"] });
  });
});
