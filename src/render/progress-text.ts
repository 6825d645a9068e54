import type { QuestionsToGo } from "../analysis/progress.js";
import type { Lang } from "../model/text.js";

/** "nog 4 tot 9 vragen" / "4 to 9 questions to go": the count includes the question on screen. */
export function questionsToGoText(q: QuestionsToGo, lang: Lang): string {
  if (q.most === 0) return lang === "nl" ? "geen vragen meer" : "no more questions";
  if (q.fewest === q.most) {
    if (q.most === 1) return lang === "nl" ? "nog 1 vraag" : "1 question to go";
    return lang === "nl" ? `nog ${q.most} vragen` : `${q.most} questions to go`;
  }
  return lang === "nl" ? `nog ${q.fewest} tot ${q.most} vragen` : `${q.fewest} to ${q.most} questions to go`;
}
