export { ExportError, exportProblems } from './form.ts';
export { fromGift } from './from-gift.ts';
export {
  KAHOOT_COLUMNS,
  KAHOOT_LIMITS,
  type KahootOptions,
  type KahootPlan,
  type KahootRow,
  type KahootTimeLimit,
  planKahoot,
} from './kahoot-fit.ts';
export { toGift } from './to-gift.ts';
export { KAHOOT_HEADER_ROW, toKahootXlsx } from './to-kahoot-xlsx.ts';
export { toMoodleXml } from './to-moodle-xml.ts';
export type * from './types.ts';
export { isMoodlePercentage, MOODLE_PERCENTAGES, multiSelectWeights } from './weights.ts';
