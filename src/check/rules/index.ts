import type { Rule } from "../rule.js";
import { noCycle } from "./no-cycle.js";
import { noDeadEnd } from "./no-dead-end.js";
import { outcomeComplete } from "./outcome-complete.js";
import { reachable } from "./reachable.js";
import { references } from "./references.js";

/** Every rule `validate` runs, in the order their findings matter most. */
export const ALL_RULES: readonly Rule[] = [references, noCycle, reachable, noDeadEnd, outcomeComplete];

/** Rules without which the engine could misbehave: a consult refuses trees that break them. */
export const STRUCTURAL_RULES: readonly Rule[] = [references, noCycle, noDeadEnd, outcomeComplete];
