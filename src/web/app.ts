// The consult as one offline web page: the browser side. Bundled by scripts/build.mjs (bundleWeb) into
// dist/web-app.js, which `signaalroute web` inlines into index.html. Every step goes through the engine
// (via ./session.ts); this file only draws pages and wires buttons, the browser's history and sessionStorage.
import { infoAdvice } from "../engine/engine.js";
import { CONTINUE } from "../engine/transitions.js";
import type { AnswerValue } from "../engine/state.js";
import { m, mf, type MessageKey } from "../i18n/messages.js";
import type { Lang } from "../model/text.js";
import { UNKNOWN_ID, type AskingNode, type ChecklistNode, type OutcomeNode } from "../model/tree.js";
import type { TreeSet } from "../model/tree-set.js";
import { URGENCY_TEXT } from "../model/urgency.js";
import { buildRecord, localIso } from "../record/build-record.js";
import type { ConsultRecord } from "../record/consult-record.js";
import { identifyingKind, refusalText, type IdentifyingKind } from "../record/identifying.js";
import { primaryAction } from "../render/advice-text.js";
import { noticeText, type NoticeContent } from "../render/notices.js";
import { questionsToGoText } from "../render/progress-text.js";
import { readableTime, recordToMarkdown } from "../render/record-markdown.js";
import { treeSetOfData, type WebData } from "./data.js";
import {
  answer,
  canGoBack,
  change,
  confirm,
  earlierAnswer,
  estimate,
  goBack,
  initial,
  NO_FIELDS,
  plainNotice,
  restore,
  reviewLines,
  trusted,
  trustedFields,
  where,
  withLang,
  type RecordFields,
  type LeftTicks,
  type WebState,
} from "./session.js";
import { questionsToGo, questionsToGoIgnoringFacts } from "../analysis/progress.js";

const STORE_KEY = "signaalroute-web/1";

interface Stored {
  readonly epoch: string;
  readonly depth: number;
  /** One state per history entry of this page, so the browser's back and forward buttons find them. */
  readonly stack: readonly WebState[];
  /** "Uw kenmerk" and "uw functie", kept with the answers (a reload keeps them; "Wis alles" and "Snel weg" clear them). */
  readonly fields: RecordFields;
}

const data = JSON.parse(document.getElementById("sr-data")!.textContent!) as WebData;
const set: TreeSet = treeSetOfData(data);
const root = document.getElementById("app")!;

let store: Stored = load();

/**
 * This history entry's place among the page's own entries in the tab (0: the
 * entry the page was opened in). Kept in each entry's state, so a reload, the
 * browser's back and forward buttons and "Wis alles" (which starts the answers
 * over but not the tab's history) all know it; the quick exit goes back this far.
 */
let at = entryIndex(history.state);

function entryIndex(raw: unknown): number {
  const v = (raw as { at?: unknown } | null)?.at;
  return typeof v === "number" && Number.isInteger(v) && v >= 0 ? v : 0;
}

function entryState(): { epoch: string; depth: number; at: number } {
  return { epoch: store.epoch, depth: store.depth, at };
}

function state(): WebState {
  return store.stack[store.depth]!;
}

/** Reads this tab's store back; every state in it must replay through the engine, or everything starts anew. */
function load(): Stored {
  let raw: unknown;
  try {
    raw = JSON.parse(sessionStorage.getItem(STORE_KEY) ?? "null");
  } catch {
    raw = null;
  }
  const fresh = (notice?: MessageKey): Stored => {
    const first = initial(set, data.lang);
    const s = notice
      ? {
          ...first,
          notices: [plainNotice("info", { nl: m(notice, "nl"), en: m(notice, "en") }), ...first.notices],
        }
      : first;
    return { epoch: newEpoch(), depth: 0, stack: [s], fields: NO_FIELDS };
  };
  if (raw === null) return fresh();
  const r = raw as Partial<Stored>;
  if (
    typeof r.epoch !== "string" ||
    !Array.isArray(r.stack) ||
    typeof r.depth !== "number" ||
    r.depth < 0 ||
    r.depth >= r.stack.length
  )
    return fresh("webBadStorage");
  const stack = r.stack.map((s) => trusted(set, s));
  if (stack.some((s) => s === undefined)) return fresh("webBadStorage");
  return { epoch: r.epoch, depth: r.depth, stack: stack as WebState[], fields: trustedFields(r.fields) };
}

function newEpoch(): string {
  const bytes = new Uint8Array(8);
  crypto.getRandomValues(bytes);
  return [...bytes].map((b) => b.toString(16).padStart(2, "0")).join("");
}

function save(): void {
  try {
    sessionStorage.setItem(STORE_KEY, JSON.stringify(store));
  } catch {
    // A browser that refuses storage (private mode, file:// rules): the consult still runs, in memory only.
  }
}

/** A new page: a new history entry, so the browser's back button comes back here. */
function push(next: WebState): void {
  store = { ...store, depth: store.depth + 1, stack: [...store.stack.slice(0, store.depth + 1), next] };
  save();
  at += 1;
  history.pushState(entryState(), "");
  render(true);
  announce(next);
}

/** The same page changed (language): no new history entry. */
function replace(next: WebState): void {
  store = { ...store, stack: store.stack.map((s, i) => (i === store.depth ? next : s)) };
  save();
  render(false);
}

window.addEventListener("popstate", (e) => {
  if (exiting) {
    leave();
    return;
  }
  at = entryIndex(e.state);
  const hs = e.state as { epoch?: unknown; depth?: unknown } | null;
  if (
    !hs ||
    hs.epoch !== store.epoch ||
    typeof hs.depth !== "number" ||
    hs.depth < 0 ||
    hs.depth >= store.stack.length
  ) {
    // An entry from before "Wis alles" (or from outside the page): it holds nothing; stay where we are.
    history.replaceState(entryState(), "");
    render(true);
    return;
  }
  const target = store.stack[hs.depth]!;
  // The page on screen is still the one being left: a checklist's unsent ticks are read before it is redrawn.
  const restored = restore(set, state(), target, leftTicks()) ?? target;
  store = { ...store, depth: hs.depth, stack: store.stack.map((s, i) => (i === hs.depth ? restored : s)) };
  save();
  render(true);
});

function clearAll(): void {
  try {
    sessionStorage.removeItem(STORE_KEY);
  } catch {
    // nothing was stored
  }
  const lang = state().lang;
  const first = initial(set, lang);
  store = {
    epoch: newEpoch(),
    depth: 0,
    stack: [
      {
        ...first,
        notices: [plainNotice("info", { nl: m("webCleared", "nl"), en: m("webCleared", "en") }), ...first.notices],
      },
    ],
    fields: NO_FIELDS,
  };
  save();
  history.replaceState(entryState(), "");
  render(true);
}

// ---------------------------------------------------------------- quick exit

/** Set by the quick exit: from then on the page only leaves. */
let exiting = false;

/**
 * "Snel weg" (or Esc twice): the answers and the record fields are removed
 * from this tab's sessionStorage (only this page's key: a server may host
 * other pages on the same origin), the page is emptied at once, the browser
 * goes back over this page's own history entries to the first (`at` of them,
 * also after "Wis alles"), and that entry is replaced by a blank page (`about:blank`, made by the browser itself: no
 * request). So Back leads to whatever was open before the consult, and no
 * history entry of this page holds an answer.
 */
function quickExit(): void {
  if (exiting) return;
  exiting = true;
  try {
    sessionStorage.removeItem(STORE_KEY);
  } catch {
    // nothing was stored
  }
  const steps = at;
  store = { epoch: "", depth: 0, stack: [initial(set, data.lang)], fields: NO_FIELDS };
  document.title = "";
  document.body.replaceChildren();
  if (steps > 0) {
    // The popstate of this traversal calls leave(); should it never come, leave anyway.
    history.go(-steps);
    setTimeout(leave, 1000);
  } else leave();
}

function leave(): void {
  location.replace("about:blank");
}

/** Esc twice within this many milliseconds (with no other key between) is the quick exit. */
const ESC_TWICE_MS = 2000;
let lastEsc = -Infinity;
document.addEventListener("keydown", (e) => {
  if (e.key !== "Escape") {
    lastEsc = -Infinity;
    return;
  }
  if (e.repeat) return;
  if (e.timeStamp - lastEsc <= ESC_TWICE_MS) quickExit();
  else lastEsc = e.timeStamp;
});

// ---------------------------------------------------------------- screen readers

/**
 * The one live region: outside the part of the page that is drawn anew (a
 * region inserted with its text is not read out reliably). It says the
 * urgent advice a step brought, once: only after an answer, not when the same
 * page is drawn again (reload, language, the browser's back button).
 */
const live = h("div", {
  id: "sr-live",
  class: "visually-hidden",
  role: "status",
  "aria-live": "polite",
  "aria-atomic": "true",
});
document.body.append(live);
let announcing: ReturnType<typeof setTimeout> | undefined;

function announce(s: WebState): void {
  const urgent = s.notices
    .map((n) => n[s.lang])
    .filter((n) => n.kind === "acute" || n.kind === "urgent")
    .map(noticeText);
  if (urgent.length === 0) return;
  // A moment after the focus moved, so the new heading is read first and the advice right after it.
  announcing = setTimeout(() => {
    live.textContent = `${m("webAnnounced", s.lang)}: ${urgent.join(" ")}`;
  }, 200);
}

function silence(): void {
  clearTimeout(announcing);
  live.textContent = "";
}

// ---------------------------------------------------------------- drawing

type Child = Node | string | false | undefined | null;

function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs: Record<string, string | boolean | undefined> = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v === undefined || v === false) continue;
    el.setAttribute(k, v === true ? "" : v);
  }
  for (const c of children) if (c !== false && c !== undefined && c !== null) el.append(c);
  return el;
}

function button(
  label: string,
  onClick: () => void,
  cls = "button",
  attrs: Record<string, string | undefined> = {},
): HTMLButtonElement {
  const b = h("button", { type: "button", class: cls, ...attrs }, label);
  b.addEventListener("click", onClick);
  return b;
}

function paragraphs(text: string): HTMLElement[] {
  return text
    .split(/\n{2,}/)
    .map((p) => p.trim())
    .filter(Boolean)
    .map((p) => h("p", {}, p));
}

function telHref(phone: string): string {
  return `tel:${phone.replace(/[^\d+]/g, "")}`;
}

function render(moveFocus: boolean): void {
  const s = state();
  const lang = s.lang;
  document.documentElement.lang = lang;
  document.title = m("webTitle", lang);
  const t = (k: MessageKey) => m(k, lang);
  silence();
  // The bar stays at the top while the page scrolls (where the screen is tall enough): the quick exit is
  // always one press away. The 112 line is the first thing in main, on every page.
  const top = h(
    "header",
    { class: "top" },
    h("p", { class: "brand" }, "signaalroute"),
    h(
      "div",
      { class: "tools" },
      button(t("webSwitchLang"), () => replace(withLang(state(), lang === "nl" ? "en" : "nl")), "link", {
        lang: lang === "nl" ? "en" : "nl",
        "aria-label": t("webSwitchLangLabel"),
        id: "sr-lang",
      }),
      button(t("webClearAll"), clearAll, "button secondary", { id: "sr-clear" }),
      button(t("webQuickExit"), quickExit, "button exit", { id: "sr-exit", "aria-describedby": "sr-exit-hint" }),
    ),
  );
  // The first page opens with what the terminal opens with; later pages keep only the line to call 112
  // (a tap on a phone), so at 200% zoom the question is not pushed off the screen. The footer keeps the rest.
  const first = s.view === "question" && s.consult.history.length === 0;
  const [callBefore, callAfter] = t("webDangerCall").split("{phone}");
  const main = h(
    "main",
    { id: "main" },
    h(
      "div",
      { class: "danger-banner" },
      h("p", {}, h("strong", {}, callBefore, h("a", { href: telHref("112") }, "112"), callAfter)),
      first && h("p", {}, t("webDisclaimer")),
    ),
  );
  const pos = where(set, s);
  if (s.view === "question") drawQuestion(main, s, pos.node as AskingNode, lang);
  else if (s.view === "review") drawReview(main, s, lang);
  else drawAdvice(main, s, lang);
  const foot = h(
    "footer",
    { class: "foot" },
    !first && h("p", {}, t("webDisclaimer")),
    h("p", {}, t("webStorageNote")),
    h("p", {}, t("noPersonalData")),
    h("p", { class: "small", id: "sr-exit-hint" }, t("webQuickExitHint")),
  );
  root.replaceChildren(top, main, foot);
  fitBar();
  const heading = main.querySelector("h1");
  if (moveFocus && heading) {
    // A new page starts at its top, as a new page does; then its heading takes the focus (and is read out).
    window.scrollTo(0, 0);
    heading.focus();
  } else if (!moveFocus) document.getElementById("sr-lang")?.focus();
}

/**
 * The header (with the quick exit) stays at the top while the page scrolls
 * when it fits on one line and takes at most a sixth of the screen's height:
 * on a phone, and at 200% zoom, but not at 400% zoom (WCAG 1.4.10: a sticky bar
 * must not eat the screen), nor where its buttons wrap. Focus is scrolled clear of it.
 */
function fitBar(): void {
  const bar = root.querySelector("header");
  if (!bar) return;
  bar.classList.remove("stick");
  const shown = [...bar.querySelectorAll<HTMLElement>(".brand, .tools > *")].filter((el) => el.offsetParent !== null);
  const tops = shown.map((el) => el.getBoundingClientRect().top);
  const oneLine = tops.length > 0 && Math.max(...tops) - Math.min(...tops) < 8;
  const stick = oneLine && bar.offsetHeight * 6 <= window.innerHeight;
  bar.classList.toggle("stick", stick);
  document.documentElement.style.scrollPaddingTop = stick ? `${bar.offsetHeight + 16}px` : "";
}
window.addEventListener("resize", fitBar);

function backButton(s: WebState, lang: Lang): HTMLElement | false {
  if (!canGoBack(s)) return false;
  return button(
    `← ${m("webBack", lang)}`,
    () => {
      if (store.depth > 0) history.back();
      else push(goBack(state(), leftTicks()));
    },
    "link back",
    { id: "sr-back" },
  );
}

function notices(s: WebState, lang: Lang): HTMLElement | false {
  if (s.notices.length === 0) return false;
  return h(
    "div",
    // Not a live region: a region inserted with its text is not read out reliably. The urgent lines are said by #sr-live.
    { class: "notices" },
    ...s.notices.map((n) => noticeElement(n[lang])),
  );
}

/**
 * One notice, with what the terminal says (render/notices.ts): an implied answer with its question, the
 * answer taken and why; a kept answer with its question; urgent advice in bold (the text #sr-live says).
 */
function noticeElement(n: NoticeContent): HTMLElement {
  const cls = `notice ${n.kind}`;
  if ("text" in n) return h("p", { class: cls }, n.kind === "acute" ? h("strong", {}, n.text) : n.text);
  switch (n.kind) {
    case "implied":
      return h(
        "p",
        { class: cls },
        marked(n.label),
        ` ${n.question} `,
        h("strong", {}, n.answer),
        h("br"),
        h("span", { class: "reason" }, n.reason),
      );
    case "kept":
      return h("p", { class: cls }, `${n.label} ${n.question} `, h("strong", {}, n.answer));
    default:
      return h("p", { class: cls }, h("strong", {}, noticeText(n)));
  }
}

/** A label's leading arrow ("↳ Afgeleid uit ...") is for the eye: a screen reader is not made to read it out. */
function marked(label: string): Child {
  const arrow = /^↳\s*/.exec(label)?.[0];
  if (!arrow) return label;
  return h("span", {}, h("span", { "aria-hidden": "true" }, arrow), label.slice(arrow.length));
}

/** The progress line's id: each question's heading is described by it, so a screen reader says it with the heading. */
const PROGRESS_ID = "sr-progress";

function progressLine(s: WebState, lang: Lang): HTMLElement {
  const pos = where(set, s);
  const node = pos.node;
  const own = node.progress?.[lang];
  const place = own !== undefined && /\b(stap|step)\s+\d+/i.test(own) ? own : set.nodes.get(node.id)!.tree.title[lang];
  // The count needs the route graph (about half a second on the bundled trees): the first page is drawn without it.
  const left = countReady ? estimate(set, pos) : undefined;
  return h(
    "p",
    { class: "progress", id: PROGRESS_ID },
    h("span", { class: "visually-hidden" }, `${m("webProgress", lang)}: `),
    left ? `${place} · ${questionsToGoText(left, lang)}` : place,
  );
}

function drawQuestion(main: HTMLElement, s: WebState, node: AskingNode, lang: Lang): void {
  const back = backButton(s, lang);
  if (back) main.append(back);
  main.append(progressLine(s, lang));
  if (node.kind === "info") {
    // An info step without a title is headed by its tree's title: every page has a heading to move focus to.
    main.append(
      h(
        "h1",
        { tabindex: "-1", "aria-describedby": PROGRESS_ID },
        node.title?.[lang] ?? set.nodes.get(node.id)!.tree.title[lang],
      ),
      notices(s, lang) || "",
      ...paragraphs(node.text[lang]),
    );
    // Only what the engine gives here: a guarded line shows only when its test holds (as in the terminal).
    for (const a of infoAdvice(set, node, where(set, s).facts)) {
      if (a.urgency !== "acuut") continue;
      const contact = set.contacts.get(a.contact);
      // The number to call right under the line that says to call it: one tap on a phone.
      const name = contact?.name[lang] ?? "";
      const call =
        contact?.phone &&
        h(
          "p",
          {},
          h(
            "a",
            { class: "button call", href: telHref(contact.phone) },
            `${mf("webCall", lang, { name })}${name.includes(contact.phone) ? "" : ` (${contact.phone})`}`,
          ),
        );
      main.append(h("div", { class: "notice acute" }, h("p", {}, h("strong", {}, a.why[lang])), call));
    }
    main.append(button(m("continue", lang), () => act(CONTINUE), "button primary"));
    return;
  }
  const earlier = earlierAnswer(s, node.id);
  if (node.kind === "question") {
    const headingId = `q-${node.id}`;
    main.append(
      h("h1", { tabindex: "-1", id: headingId, "aria-describedby": PROGRESS_ID }, node.text[lang]),
      notices(s, lang) || "",
    );
    if (node.help) main.append(h("div", { class: "hint" }, ...paragraphs(node.help[lang])));
    const group = h("div", { class: "answers", role: "group", "aria-labelledby": headingId });
    const choices = [
      ...node.answers.map((a) => ({ id: a.id, label: a.label[lang] })),
      ...(node.unknown ? [{ id: UNKNOWN_ID, label: node.unknown.label?.[lang] ?? m("unknown", lang) }] : []),
    ];
    for (const c of choices) {
      const was = earlier === c.id;
      const b = button(
        was ? `${c.label} (${m("webEarlier", lang)})` : c.label,
        () => act(c.id),
        c.id === UNKNOWN_ID ? "button secondary answer" : "button answer",
        { "data-answer": c.id },
      );
      group.append(b);
    }
    main.append(group);
    return;
  }
  drawChecklist(main, s, node, lang, earlier);
}

function drawChecklist(
  main: HTMLElement,
  s: WebState,
  node: ChecklistNode,
  lang: Lang,
  earlier: AnswerValue | undefined,
): void {
  const ticked = new Set(earlier === undefined ? [] : typeof earlier === "string" ? [earlier] : earlier);
  const form = h("form", { class: "checklist", novalidate: true, "data-node": node.id });
  const legendId = `q-${node.id}`;
  const fieldset = h(
    "fieldset",
    { "aria-describedby": `${legendId}-hint` },
    h("legend", {}, h("h1", { tabindex: "-1", id: legendId, "aria-describedby": PROGRESS_ID }, node.text[lang])),
  );
  fieldset.append(notices(s, lang) || "");
  if (node.help) fieldset.append(h("div", { class: "hint" }, ...paragraphs(node.help[lang])));
  fieldset.append(h("p", { class: "hint", id: `${legendId}-hint` }, m("webChecklistHint", lang)));
  if (ticked.size > 0) fieldset.append(h("p", { class: "notice info" }, m("earlierTicked", lang)));
  let category: string | undefined;
  const box = (id: string, label: string) => {
    const inputId = `c-${node.id}-${id}`;
    return h(
      "div",
      { class: "check" },
      h("input", { type: "checkbox", id: inputId, name: "tick", value: id, checked: ticked.has(id) }),
      h("label", { for: inputId }, label),
    );
  };
  for (const item of node.items) {
    const cat = item.category?.[lang];
    if (cat !== undefined && cat !== category) fieldset.append(h("h2", { class: "category" }, cat));
    category = cat ?? category;
    fieldset.append(box(item.id, item.label[lang]));
  }
  if (node.unknown) {
    fieldset.append(
      h("h2", { class: "category" }, m("checklistUnknownHeading", lang)),
      box(UNKNOWN_ID, node.unknown.label?.[lang] ?? m("unknown", lang)),
    );
  }
  form.append(fieldset);
  const confirmArea = h("div", { class: "confirm-empty", "aria-live": "polite" });
  form.append(confirmArea, h("button", { type: "submit", class: "button primary" }, m("continue", lang)));
  const ticks = () => [...form.querySelectorAll<HTMLInputElement>("input[name=tick]:checked")].map((i) => i.value);
  // "Geen van deze?" is about an empty list: a tick set after it was asked withdraws the question.
  form.addEventListener("change", () => confirmArea.replaceChildren());
  form.addEventListener("submit", (e) => {
    e.preventDefault();
    const chosen = ticks();
    if (chosen.length === 0) {
      // Ticking nothing is an answer, but never by accident: it is asked once more, plainly.
      const none = () => {
        if (ticks().length === 0) act([]);
        else confirmArea.replaceChildren();
      };
      confirmArea.replaceChildren(
        h("p", { class: "notice info" }, h("strong", {}, m("confirmEmpty", lang))),
        button(m("confirmNone", lang), none, "button secondary", { id: "sr-none" }),
      );
      confirmArea.querySelector("button")?.focus();
      return;
    }
    act(chosen.length === 1 && chosen[0] === UNKNOWN_ID ? UNKNOWN_ID : chosen);
  });
  main.append(form);
}

/** The ticks of the checklist on screen, not yet given ("Verder" not pressed); undefined off a checklist. */
function leftTicks(): LeftTicks | undefined {
  const form = root.querySelector<HTMLFormElement>("form.checklist[data-node]");
  if (!form) return undefined;
  const answer = [...form.querySelectorAll<HTMLInputElement>("input[name=tick]:checked")].map((i) => i.value);
  return { node: form.dataset.node!, answer };
}

function act(value: AnswerValue): void {
  const r = answer(set, state(), value);
  if (!r.ok) {
    replace({ ...state(), notices: [plainNotice("acute", r.error)] });
    return;
  }
  push(r.state);
}

function drawReview(main: HTMLElement, s: WebState, lang: Lang): void {
  const back = backButton(s, lang);
  if (back) main.append(back);
  main.append(
    h("h1", { tabindex: "-1" }, m("reviewHeading", lang)),
    notices(s, lang) || "",
    h("p", {}, m("reviewIntro", lang)),
  );
  const list = h("dl", { class: "summary" });
  for (const line of reviewLines(set, s, lang)) {
    const row = h(
      "div",
      { class: "row" },
      h("dt", {}, line.question),
      h(
        "dd",
        {},
        line.answerText,
        line.implied ? h("span", { class: "implied" }, ` ${m("impliedMark", lang)} ${line.implied}`) : "",
      ),
    );
    const at = line.at;
    row.append(
      h(
        "dd",
        { class: "change" },
        at === undefined
          ? ""
          : button(m("reviewChange", lang), () => push(change(set, state(), at)), "link", {
              "aria-label": `${m("reviewChange", lang)}: ${line.question}`,
            }),
      ),
    );
    list.append(row);
  }
  main.append(
    list,
    h("h2", {}, m("reviewQuestion", lang)),
    button(m("reviewConfirm", lang), () => push(confirm(set, state())), "button primary", { id: "sr-confirm" }),
  );
}

function recordNow(s: WebState): ConsultRecord {
  const extra = {
    tool: data.tool,
    ...(data.region ? { region: data.region } : {}),
    ...(store.fields.reference ? { reference: store.fields.reference } : {}),
    ...(store.fields.role ? { role: store.fields.role } : {}),
  };
  const r = buildRecord(set, s.consult, s.lang, new Date(), extra);
  // Only drawn once the consult is done, so this cannot fail; if it ever does, it says why in the page's language.
  if (!r.ok) throw new Error(r.error.message[s.lang]);
  return r.value;
}

function drawAdvice(main: HTMLElement, s: WebState, lang: Lang): void {
  const record = recordNow(s);
  const outcome = set.nodes.get(record.outcome.node)!.node as OutcomeNode;
  const topContact = record.advice[0] && set.contacts.get(record.advice[0].contact);
  const first = primaryAction(record, lang, { topContactHasAction: Boolean(topContact?.action) });
  const back = backButton(s, lang);
  if (back) main.append(back);
  main.append(
    h("h1", { tabindex: "-1" }, `${m("adviceTitle", lang)}: ${record.outcome.title}`),
    h("p", { class: `badge ${record.outcome.urgency}` }, URGENCY_TEXT[record.outcome.urgency][lang]),
  );
  if (first) {
    const panel = h("div", { class: `first-action ${record.outcome.urgency}` }, h("p", {}, h("strong", {}, first)));
    const top = record.advice[0];
    if (top?.phone)
      panel.append(
        h("a", { class: "button call", href: telHref(top.phone) }, `${m("phone", lang)}: ${top.name} ${top.phone}`),
      );
    main.append(panel);
  }
  main.append(h("h2", {}, m("whoHeading", lang)));
  const list = h("ol", { class: "contacts" });
  for (const a of record.advice) {
    list.append(
      h(
        "li",
        {},
        h("h3", {}, a.name, " ", h("span", { class: `badge ${a.urgency}` }, URGENCY_TEXT[a.urgency][lang])),
        a.phone ? h("p", {}, `${m("phone", lang)}: `, h("a", { href: telHref(a.phone) }, a.phone)) : "",
        a.web ? h("p", {}, `${m("web", lang)}: ${a.web}`) : "",
        a.hours ? h("p", {}, `${m("hours", lang)}: ${a.hours}`) : "",
        h("p", {}, a.does),
        a.check ? h("p", { class: "notice info" }, a.check) : "",
        h("p", {}, h("strong", {}, `${m("why", lang)}: `), a.why.join(" ")),
      ),
    );
  }
  main.append(list);
  if (outcome.text) main.append(...paragraphs(outcome.text[lang]));
  const rest = topContact?.action ? record.actions.slice(1) : record.actions;
  if (rest.length > 0) main.append(h("h2", {}, m("doNext", lang)), h("ul", {}, ...rest.map((a) => h("li", {}, a))));
  if (record.record.length > 0)
    main.append(h("h2", {}, m("toRecord", lang)), h("ul", {}, ...record.record.map((a) => h("li", {}, a))));
  main.append(recordSection(s, lang));
  main.append(printOnly(record, lang));
  main.append(button(m("webNewConsult", lang), clearAll, "button secondary", { id: "sr-new" }));
}

/**
 * Takes what a record field holds into the store (and so into sessionStorage),
 * or refuses it: refused text is kept nowhere, and the field is emptied so it
 * cannot slip into a record.
 */
function takeField(key: keyof RecordFields, input: HTMLInputElement): IdentifyingKind | undefined {
  const text = input.value.trim();
  const kind = text ? identifyingKind(text) : undefined;
  if (kind) input.value = "";
  store = { ...store, fields: { ...store.fields, [key]: kind ? "" : text } };
  save();
  return kind;
}

// A reload or a closed tab does not fire "change" on a field still being typed in: take it on the way out.
window.addEventListener("pagehide", () => {
  if (exiting) return;
  for (const key of ["reference", "role"] as const) {
    const input = document.getElementById(`sr-${key}`);
    if (input instanceof HTMLInputElement) takeField(key, input);
  }
});

function recordSection(s: WebState, lang: Lang): HTMLElement {
  const section = h(
    "section",
    { class: "record no-print", "aria-labelledby": "sr-record-h" },
    h("h2", { id: "sr-record-h" }, m("webRecordHeading", lang)),
    h("p", {}, m("webRecordIntro", lang)),
  );
  const problems = h("div", { "aria-live": "polite" });
  const field = (key: "reference" | "role", label: MessageKey, hint: MessageKey) => {
    const id = `sr-${key}`;
    const input = h("input", {
      type: "text",
      id,
      name: key,
      maxlength: "80",
      autocomplete: "off",
      "aria-describedby": `${id}-hint`,
      value: store.fields[key],
    });
    input.addEventListener("change", () => {
      const kind = takeField(key, input);
      if (kind)
        problems.replaceChildren(
          h("p", { class: "notice acute", role: "alert" }, `${m("webFieldRefused", lang)} ${refusalText(kind, lang)}`),
        );
      else problems.replaceChildren();
    });
    return h(
      "div",
      { class: "field" },
      h("label", { for: id }, m(label, lang)),
      h("p", { class: "hint", id: `${id}-hint` }, m(hint, lang)),
      input,
    );
  };
  section.append(
    field("reference", "referenceLabel", "referencePrompt"),
    field("role", "roleLabel", "rolePrompt"),
    problems,
  );
  const stamp = () => localIso(new Date()).slice(0, 16).replace(/[-:]/g, "").replace("T", "-");
  section.append(
    h(
      "div",
      { class: "actions" },
      button(
        m("webDownloadJson", lang),
        () =>
          download(
            `signaalroute-verslag-${stamp()}.json`,
            JSON.stringify(recordNow(state()), null, 2) + "\n",
            "application/json",
          ),
        "button",
        { id: "sr-json" },
      ),
      button(
        m("webDownloadMarkdown", lang),
        () => download(`signaalroute-verslag-${stamp()}.md`, recordToMarkdown(recordNow(state())), "text/markdown"),
        "button",
        { id: "sr-md" },
      ),
      button(m("webPrint", lang), () => window.print(), "button secondary", { id: "sr-print" }),
    ),
  );
  void s;
  return section;
}

/** What a print adds to the advice on screen: when, on which trees, and every answer (the record's own lines). */
function printOnly(record: ConsultRecord, lang: Lang): HTMLElement {
  return h(
    "section",
    { class: "print-only" },
    h("h2", {}, m("recordHeading", lang)),
    h("p", {}, `${m("date", lang)}: ${readableTime(record.createdAt)}`),
    h(
      "p",
      {},
      `${m("treesUsed", lang)}: ${record.treeSet.trees.map((t) => `${t.id} ${t.version}`).join(", ")}${record.treeSet.region ? ` (${record.treeSet.region})` : ""}`,
    ),
    h("h3", {}, m("answersGiven", lang)),
    h(
      "ol",
      {},
      ...record.steps.map((st) =>
        h(
          "li",
          {},
          `${st.question} `,
          h("strong", {}, st.answerText),
          st.implied ? ` ${m("impliedMark", lang)} ${st.implied}` : "",
        ),
      ),
    ),
  );
}

function download(name: string, text: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: `${type};charset=utf-8` }));
  const a = h("a", { href: url, download: name });
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

// ---------------------------------------------------------------- start

/** Set once the route graph is built, after the first page is drawn; from then on each page shows its estimate. */
let countReady = false;

/**
 * The count of questions to come needs the route graph, and the exact count every (question, facts)
 * state: both take a while on large sets. Like the terminal consult, the page draws its first question
 * at once, then builds the graph, adds the estimate to the page on screen (focus stays where it is),
 * and fills in the exact count slice by slice while the user reads.
 */
function countInBackground(): void {
  const first = where(set, initial(set, data.lang));
  let slices = 0;
  const slice = () => {
    if (++slices > 5000) return;
    if (questionsToGo(set, first.node.id, first.facts, 300) === undefined) setTimeout(slice, 0);
  };
  setTimeout(() => {
    questionsToGoIgnoringFacts(set, first.node.id);
    countReady = true;
    const s = state();
    const shown = document.getElementById("sr-progress");
    if (shown && s.view === "question") shown.replaceWith(progressLine(s, s.lang));
    setTimeout(slice, 0);
  }, 50);
}

history.replaceState(entryState(), "");
save();
render(false);
document.getElementById("main")?.querySelector("h1")?.focus();
countInBackground();
