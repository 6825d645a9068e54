import type { ChalkInstance } from "chalk";
import {
  NO_SUCH_ANSWER,
  type AdviceSig,
  type ChangedCombination,
  type DiffAnswer,
  type RouteDiff,
} from "../analysis/route-diff.js";
import { m, mf } from "../i18n/messages.js";
import { visible, type Lang } from "../model/text.js";
import type { TreeSet } from "../model/tree-set.js";
import { URGENCY_TEXT, type Urgency } from "../model/urgency.js";
import { edgeText, tickedText } from "./route-text.js";

// The route diff as text and as JSON-ready data. Pure.

const word = (u: Urgency, lang: Lang) => URGENCY_TEXT[u][lang].split(":")[0]!.toLowerCase();

const MAX_ANSWER = 48;

/** Long answer labels are cut in text (the JSON keeps them whole). */
function short(s: string, max: number | undefined): string {
  return max === undefined || [...s].length <= max ? s : `${[...s].slice(0, max - 1).join("")}…`;
}

export function answerText(oldSet: TreeSet, newSet: TreeSet, a: DiffAnswer, lang: Lang, max?: number): string {
  const set = a.side === "old" ? oldSet : newSet;
  const node = set.nodes.get(a.node)?.node;
  const text = !node
    ? String(a.answer)
    : typeof a.answer === "string"
      ? edgeText(set, node, a.answer, lang)
      : node.kind === "checklist"
        ? tickedText(node, a.answer, lang)
        : a.answer.join(" + ");
  const only = a.side === "both" ? "" : m(a.side === "old" ? "diffOnlyOld" : "diffOnlyNew", lang);
  return `${a.node}: ${short(text, max)}${only}`;
}

/** "Veilig Thuis + CSG"; a contact on both sides at another urgency shows both levels' names. */
function adviceNames(set: TreeSet, list: readonly AdviceSig[], other: readonly AdviceSig[], lang: Lang): string {
  if (list.length === 0) return m("diffNoAdvice", lang);
  return list
    .map((a) => {
      const name = set.contacts.get(a.contact)?.name[lang] ?? a.contact;
      const there = other.find((o) => o.contact === a.contact);
      return there && there.urgency !== a.urgency ? `${name} (${word(a.urgency, lang)})` : name;
    })
    .join(" + ");
}

export function combinationText(oldSet: TreeSet, newSet: TreeSet, c: ChangedCombination, lang: Lang): string {
  const answers = c.answers.map((a) => answerText(oldSet, newSet, a, lang, MAX_ANSWER)).join(", ");
  const from = mf("diffFrom", lang, { answers: answers || "(start)" });
  const absent = m("diffAbsent", lang);
  const side = (set: TreeSet, end: ChangedCombination["old"], other: ChangedCombination["old"]) =>
    end.outcome === NO_SUCH_ANSWER.outcome ? absent : adviceNames(set, end.advice, other.advice, lang);
  let line = `${from}: ${side(oldSet, c.old, c.new)} -> ${side(newSet, c.new, c.old)}`;
  const notes: string[] = [];
  const oneSided = c.old.outcome === NO_SUCH_ANSWER.outcome || c.new.outcome === NO_SUCH_ANSWER.outcome;
  if (oneSided)
    notes.push(
      mf("diffOutcomeIs", lang, { outcome: c.old.outcome === NO_SUCH_ANSWER.outcome ? c.new.outcome : c.old.outcome }),
    );
  else if (c.old.outcome !== c.new.outcome)
    notes.push(mf("diffOutcomeChange", lang, { from: c.old.outcome, to: c.new.outcome }));
  if (!oneSided && c.old.urgency !== c.new.urgency)
    notes.push(mf("diffUrgencyChange", lang, { from: word(c.old.urgency, lang), to: word(c.new.urgency, lang) }));
  const order = (e: ChangedCombination["old"]) => e.advice.map((a) => a.contact).join(",");
  if (!oneSided && order(c.old) !== order(c.new) && c.old.advice.length === c.new.advice.length)
    notes.push(m("diffOtherOrder", lang));
  if (c.count > 1n) notes.push(mf("diffCombinations", lang, { n: String(c.count) }));
  if (notes.length) line += ` (${notes.join("; ")})`;
  return line;
}

/** A contact field's value in one short line: texts in the chosen language, lists joined, absent as "-". */
function valueText(v: unknown, lang: Lang): string {
  if (v === null || v === undefined) return "-";
  if (typeof v === "object" && v !== null && "nl" in v && "en" in v)
    return `'${short(String((v as Record<Lang, unknown>)[lang]), 60)}'`;
  if (typeof v === "string") return `'${short(v, 60)}'`;
  return short(JSON.stringify(v), 60);
}

function orderText(set: TreeSet, ids: readonly string[], lang: Lang): string {
  return ids.map((c) => set.contacts.get(c)?.name[lang] ?? c).join(", ");
}

function contactList(set: TreeSet, list: readonly AdviceSig[], lang: Lang): string {
  return list.length === 0
    ? "-"
    : list.map((a) => `${set.contacts.get(a.contact)?.name[lang] ?? a.contact} (${word(a.urgency, lang)})`).join(", ");
}

export function isEmptyDiff(d: RouteDiff): boolean {
  return (
    d.treesAdded.length +
      d.treesRemoved.length +
      d.versionsChanged.length +
      d.outcomesAdded.length +
      d.outcomesRemoved.length +
      d.outcomesChanged.length +
      d.questionsAdded.length +
      d.questionsRemoved.length +
      d.answersAdded.length +
      d.answersRemoved.length +
      d.contactsAdded.length +
      d.contactsRemoved.length +
      d.contactsChanged.length +
      d.textsChanged.length +
      d.combinationsTotal ===
      0 &&
    // A walk that stopped at its limit has not shown that the routes are the same.
    d.complete
  );
}

export function diffText(
  d: RouteDiff,
  oldSet: TreeSet,
  newSet: TreeSet,
  labels: { old: string; new: string },
  lang: Lang,
  chalk: ChalkInstance,
): string {
  // Every line quotes the trees (titles, ids, labels, contact details): their control characters are shown as
  // \u{..} before any colour is added, so only the colour codes themselves reach the terminal.
  const safe = (paint: (s: string) => string) => (s: string) => paint(visible(s));
  const style = { bold: safe(chalk.bold), green: safe(chalk.green), red: safe(chalk.red), yellow: safe(chalk.yellow) };
  const out: string[] = [style.bold(mf("diffHeading", lang, labels)), ""];
  const section = (title: string, lines: readonly string[]) => {
    if (lines.length === 0) return;
    out.push(style.bold(title), ...lines.map((l) => `  ${l}`), "");
  };
  const plain = visible;
  section(m("diffTrees", lang), [
    ...d.treesAdded.map((t) => style.green(`+ ${t}`)),
    ...d.treesRemoved.map((t) => style.red(`- ${t}`)),
    ...d.versionsChanged.map((v) => plain(`~ ${mf("diffVersionChange", lang, v)}`)),
  ]);
  section(
    m("diffOutcomesAdded", lang),
    d.outcomesAdded.map((o) =>
      style.green(`+ ${o.id}  ${o.title[lang]} [${word(o.urgency, lang)}]: ${contactList(newSet, o.contacts, lang)}`),
    ),
  );
  section(
    m("diffOutcomesRemoved", lang),
    d.outcomesRemoved.map((o) =>
      style.red(`- ${o.id}  ${o.title[lang]} [${word(o.urgency, lang)}]: ${contactList(oldSet, o.contacts, lang)}`),
    ),
  );
  section(
    m("diffOutcomesChanged", lang),
    d.outcomesChanged.map((c) => {
      const parts: string[] = [];
      if (c.urgency)
        parts.push(mf("diffUrgencyChange", lang, { from: word(c.urgency.from, lang), to: word(c.urgency.to, lang) }));
      if (c.contacts)
        parts.push(
          mf("diffContactsChange", lang, {
            from: contactList(oldSet, c.contacts.from, lang),
            to: contactList(newSet, c.contacts.to, lang),
          }),
        );
      return style.yellow(`~ ${c.id}  ${c.title[lang]}: ${parts.join("; ")}`);
    }),
  );
  section(m("diffQuestions", lang), [
    ...d.questionsAdded.map((q) => style.green(`+ ${q}`)),
    ...d.questionsRemoved.map((q) => style.red(`- ${q}`)),
  ]);
  section(m("diffAnswers", lang), [
    ...d.answersAdded.map((a) => style.green(`+ ${a.node}: ${a.answer}`)),
    ...d.answersRemoved.map((a) => style.red(`- ${a.node}: ${a.answer}`)),
  ]);
  section(m("diffContacts", lang), [
    ...d.contactsAdded.map((c) => style.green(`+ ${c}`)),
    ...d.contactsRemoved.map((c) => style.red(`- ${c}`)),
    ...d.contactsChanged.map((c) =>
      style.yellow(
        `~ ${c.contact}: ${c.fields.map((f) => `${f.field} ${valueText(f.from, lang)} -> ${valueText(f.to, lang)}`).join("; ")}`,
      ),
    ),
  ]);
  section(
    m("diffTexts", lang),
    d.textsChanged.map((t) =>
      style.yellow(
        `~ ${t.node}${t.id ? ` [${t.id}]` : t.part === "unknown" ? " [unknown]" : ""}: '${t.from[lang]}' -> '${t.to[lang]}'`,
      ),
    ),
  );
  section(
    m("diffSummary", lang),
    d.summary.map((g) => {
      const name = (set: TreeSet, c: string) => set.contacts.get(c)?.name[lang] ?? c;
      const parts: string[] = [
        ...g.removed.map((a) => mf("diffDropped", lang, { contact: name(oldSet, a.contact) })),
        ...g.added.map((a) =>
          mf("diffAdded", lang, { contact: name(newSet, a.contact), urgency: word(a.urgency, lang) }),
        ),
        ...g.urgencyChanged.map((a) => `${name(newSet, a.contact)} ${word(a.from, lang)} -> ${word(a.to, lang)}`),
      ];
      if (g.outcome.from !== g.outcome.to) parts.push(mf("diffOutcomeChange", lang, g.outcome));
      if (g.outcomeUrgency.from !== g.outcomeUrgency.to)
        parts.push(
          mf("diffUrgencyChange", lang, {
            from: word(g.outcomeUrgency.from, lang),
            to: word(g.outcomeUrgency.to, lang),
          }),
        );
      if (g.order)
        parts.push(
          mf("diffOrderChange", lang, {
            from: orderText(oldSet, g.order.from, lang),
            to: orderText(newSet, g.order.to, lang),
          }),
        );
      if (g.top) {
        const who = (set: TreeSet, c: string, sure: boolean) =>
          c === ""
            ? m("diffAnotherContact", lang)
            : sure
              ? name(set, c)
              : mf("diffThisOrAnother", lang, { contact: name(set, c) });
        const words = { from: who(oldSet, g.top.from, g.top.fromSure), to: who(newSet, g.top.to, g.top.toSure) };
        parts.push(mf(g.top.fromSure && g.top.toSure ? "diffTopChange" : "diffTopMayChange", lang, words));
      }
      return plain(`${parts.join("; ")}: ${mf("diffCombinations", lang, { n: String(g.paths) })}`);
    }),
  );
  const combos = d.combinations.map((c) => plain(combinationText(oldSet, newSet, c, lang)));
  const projected = d.comparedOn?.results ?? 0;
  const more = d.combinationsTotal - d.combinations.length - projected;
  if (more > 0) combos.push(mf("diffMore", lang, { n: more }));
  if (projected > 0) combos.push(mf("diffMoreComparedOn", lang, { n: projected }));
  section(
    mf("diffCombinationsHeading", lang, { total: d.combinationsTotal, paths: String(d.combinationPaths) }),
    combos,
  );
  if (d.comparedOn) {
    const names = d.comparedOn.contacts.map((c) => newSet.contacts.get(c)?.name[lang] ?? c).join(", ");
    out.push(style.yellow(mf("diffComparedOn", lang, { contacts: names })), "");
    if (d.comparedOn.exhausted) out.push(style.yellow(m("diffComparedOnExhausted", lang)), "");
    if (d.comparedOn.walkIncomplete) out.push(style.yellow(m("diffIncomplete", lang)), "");
  } else if (!d.complete) {
    out.push(style.yellow(m("diffIncomplete", lang)), "");
  }
  if (isEmptyDiff(d)) out.push(m("diffNone", lang), "");
  return out.join("\n");
}

/** The diff as JSON-ready data: answers and names in the chosen language, counts as strings. */
export function diffJson(
  d: RouteDiff,
  oldSet: TreeSet,
  newSet: TreeSet,
  labels: { old: string; new: string },
  lang: Lang,
): unknown {
  const names = (set: TreeSet, list: readonly AdviceSig[]) =>
    list.map((a) => ({ ...a, name: set.contacts.get(a.contact)?.name[lang] ?? a.contact }));
  return {
    old: labels.old,
    new: labels.new,
    same: isEmptyDiff(d),
    complete: d.complete,
    treesAdded: d.treesAdded,
    treesRemoved: d.treesRemoved,
    versionsChanged: d.versionsChanged,
    outcomesAdded: d.outcomesAdded.map((o) => ({ ...o, title: o.title[lang], contacts: names(newSet, o.contacts) })),
    outcomesRemoved: d.outcomesRemoved.map((o) => ({
      ...o,
      title: o.title[lang],
      contacts: names(oldSet, o.contacts),
    })),
    outcomesChanged: d.outcomesChanged.map((c) => ({
      ...c,
      title: c.title[lang],
      ...(c.contacts ? { contacts: { from: names(oldSet, c.contacts.from), to: names(newSet, c.contacts.to) } } : {}),
    })),
    questionsAdded: d.questionsAdded,
    questionsRemoved: d.questionsRemoved,
    answersAdded: d.answersAdded,
    answersRemoved: d.answersRemoved,
    contactsAdded: d.contactsAdded,
    contactsRemoved: d.contactsRemoved,
    contactsChanged: d.contactsChanged,
    textsChanged: d.textsChanged.map((t) => ({ ...t, from: t.from[lang], to: t.to[lang] })),
    ...(d.comparedOn ? { comparedOn: d.comparedOn } : {}),
    combinationsTotal: d.combinationsTotal,
    combinationPaths: d.combinationPaths.toString(),
    summary: d.summary.map((g) => ({
      ...g,
      paths: g.paths.toString(),
      removed: names(oldSet, g.removed),
      added: names(newSet, g.added),
    })),
    combinations: d.combinations.map((c) => ({
      answers: c.answers.map((a) => ({ ...a, text: answerText(oldSet, newSet, a, lang) })),
      count: c.count.toString(),
      old: { ...c.old, advice: names(oldSet, c.old.advice) },
      new: { ...c.new, advice: names(newSet, c.new.advice) },
      text: combinationText(oldSet, newSet, c, lang),
    })),
  };
}
