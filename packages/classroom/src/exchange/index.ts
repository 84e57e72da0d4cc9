export {
  EXPORT_FORMATS,
  type ExportFile,
  type ExportFormat,
  exportBytes,
  exportQuestionSet,
} from './export-question-set.ts';
export { type GiftImportReport, importGift } from './import-gift.ts';
export { toExportQuestion, toExportSet } from './to-export-set.ts';
