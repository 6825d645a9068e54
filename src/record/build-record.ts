import { conclude, position, type Result } from "../engine/engine.js";
import type { ConsultState } from "../engine/state.js";
import { m, MESSAGES } from "../i18n/messages.js";
import type { Contact } from "../model/contact.js";
import type { Lang } from "../model/text.js";
import type { OutcomeNode } from "../model/tree.js";
import type { TreeSet } from "../model/tree-set.js";
import type { ConsultRecord, RecordAdvice, RecordStep } from "./consult-record.js";
import { distinctReasons } from "./reasons.js";
import { routeAnswers } from "./route-answers.js";

/** An answer in words; it lives with the list of answers on the route (route-answers.ts). */
export { answerText } from "./route-answers.js";

/** Builds the record of a finished consult. Pure: the time is passed in. */
export interface RecordExtra {
  readonly tool?: string;
  readonly region?: string;
  /** The user's own reference and role, already checked with identifyingKind(). */
  readonly reference?: string;
  readonly role?: string;
}

export function buildRecord(
  set: TreeSet,
  state: ConsultState,
  lang: Lang,
  now: Date,
  extra: RecordExtra = {},
): Result<ConsultRecord> {
  const pos = position(set, state);
  if (!pos.ok) return pos;
  if (!pos.value.done) return { ok: false, error: { code: "not-asking", message: MESSAGES.recNotFinished } };
  const end = conclude(set, pos.value)!;
  const outcome: OutcomeNode = end.outcome;
  const treesOnPath = [...new Set(pos.value.path.map((id) => set.nodes.get(id)!.tree))];
  // Every answer on the path, given or implied, in order: the record shows which questions were not asked and why.
  const steps: RecordStep[] = routeAnswers(set, pos.value, lang);
  // A contact advised on two routes often gets two reasons that share a sentence: the record says each once,
  // so the JSON, the Markdown, the terminal and the web page all do.
  const advice: RecordAdvice[] = end.advice.map((a) =>
    contactAdvice(
      set.contacts.get(a.contact)!,
      a.urgency,
      distinctReasons(
        a.why.map((w) => w[lang]),
        lang,
      ),
      lang,
    ),
  );
  const facts = [...set.facts.values()]
    .filter((f) => pos.value.facts.has(f.decl.id))
    .map((f) => ({ id: f.decl.id, description: f.decl.description[lang] }));
  return {
    ok: true,
    value: {
      format: "signaalroute-record/3",
      createdAt: localIso(now),
      lang,
      ...(extra.tool ? { tool: extra.tool } : {}),
      start: state.start,
      // A consult that did not start at the main tree's entry may have skipped the danger question: practice only.
      ...(state.start !== set.main.entry ? { practice: true as const } : {}),
      ...(extra.reference ? { reference: extra.reference } : {}),
      ...(extra.role ? { role: extra.role } : {}),
      treeSet: {
        hash: set.hash,
        ...(extra.region ? { region: extra.region } : {}),
        trees: treesOnPath.map((t) => ({ id: t.id, version: t.version })),
      },
      steps,
      outcome: {
        node: outcome.id,
        title: outcome.title[lang],
        ...(outcome.text ? { text: outcome.text[lang] } : {}),
        urgency: end.urgency,
        ownUrgency: outcome.urgency,
        ...(outcome.closes ? { closes: true } : {}),
      },
      facts,
      advice,
      actions: end.actions.map((a) => a[lang]),
      record: end.record.map((r) => r[lang]),
    },
  };
}

function contactAdvice(c: Contact, urgency: RecordAdvice["urgency"], why: string[], lang: Lang): RecordAdvice {
  const unconfirmed = new Set(c.unconfirmed?.fields ?? []);
  return {
    contact: c.id,
    name: c.name[lang],
    ...(c.phone && !unconfirmed.has("phone") ? { phone: c.phone } : {}),
    ...(c.web && !unconfirmed.has("web") ? { web: c.web } : {}),
    ...(!unconfirmed.has("hours") ? { hours: c.hours[lang] } : {}),
    does: c.does[lang],
    urgency,
    why,
    ...(c.unconfirmed ? { check: `${m("checkCurrent", lang)} ${c.unconfirmed.checkAt}` } : {}),
  };
}

/** ISO 8601 with the local offset, so the record shows the professional's own clock time. */
export function localIso(d: Date): string {
  const pad = (n: number) => String(Math.abs(n)).padStart(2, "0");
  const off = -d.getTimezoneOffset();
  const sign = off >= 0 ? "+" : "-";
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}:${pad(d.getSeconds())}${sign}${pad(Math.trunc(off / 60))}:${pad(off % 60)}`;
}
