import type { QuestionsToGo } from "../analysis/progress.js";
import { m, mf } from "../i18n/messages.js";
import type { Lang } from "../model/text.js";

/** "nog 4 tot 9 vragen" / "4 to 9 questions to go": the count includes the question on screen. */
export function questionsToGoText(q: QuestionsToGo, lang: Lang): string {
  if (q.most === 0) return m("toGoNone", lang);
  if (q.fewest === q.most) return mf("toGo", lang, { n: q.most });
  return mf("toGoRange", lang, { fewest: q.fewest, most: q.most });
}
