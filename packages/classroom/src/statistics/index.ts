export { mean, pearson } from './correlation.ts';
export { listMissedActors, listMissedClaims } from './missed.ts';
export { type AnsweredItem, countMissed, type MissedCount } from './missed-facts.ts';
export {
  type ItemResponse,
  type OptionShare,
  type QuestionStatistics,
  questionStatistics,
} from './question-statistics.ts';
export { getSetStatistics, type SetStatistics } from './set-statistics.ts';
