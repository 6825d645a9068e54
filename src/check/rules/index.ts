import type { Rule } from "../rule.js";
import { cautiousUnknown } from "./cautious-unknown.js";
import { contactFreshness } from "./contact-freshness.js";
import { declaredInvariants } from "./declared-invariants.js";
import { factUse } from "./fact-use.js";
import { noCycle } from "./no-cycle.js";
import { noDeadEnd } from "./no-dead-end.js";
import { outcomeComplete } from "./outcome-complete.js";
import { outcomeUrgency } from "./outcome-urgency.js";
import { privacy } from "./privacy.js";
import { questionHelp } from "./question-help.js";
import { reachable } from "./reachable.js";
import { references } from "./references.js";
import { terminology } from "./terminology.js";
import { translations } from "./translations.js";
import { urgencyFirst } from "./urgency-first.js";

/** Every rule `validate` runs, in the order their findings matter most: structure, then safety, then content. */
export const ALL_RULES: readonly Rule[] = [
  references,
  noCycle,
  reachable,
  noDeadEnd,
  outcomeComplete,
  urgencyFirst,
  outcomeUrgency,
  cautiousUnknown,
  declaredInvariants,
  factUse,
  privacy,
  terminology,
  translations,
  contactFreshness,
  questionHelp,
];

/**
 * What a consult's trees must pass: every rule at error level but contact freshness (stale details are
 * shown with "controleer", they do not make a route wrong) and question help (a question without help
 * is asked all the same; `?` then says there is none). The build proves the bundled trees with these
 * before it stores them; a consult on other trees proves them before its first question.
 */
const NOT_FOR_CONSULT: ReadonlySet<string> = new Set([contactFreshness.id, questionHelp.id]);
export const CONSULT_RULES: readonly Rule[] = ALL_RULES.filter((rule) => !NOT_FOR_CONSULT.has(rule.id));

/** Rules without which the engine could misbehave: a consult refuses trees that break them. */
export const STRUCTURAL_RULES: readonly Rule[] = [references, noCycle, noDeadEnd, outcomeComplete];
