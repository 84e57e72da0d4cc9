import { type DatePrecision, fromDate } from '@attest/knowledge';
import { builder } from '../builder.ts';
import { DatePrecisionEnum } from './enums.ts';

export interface PartialDateValue {
  value: string;
  precision: DatePrecision;
}

export const PartialDate = builder.objectRef<PartialDateValue>('PartialDate').implement({
  description:
    'A date known to a precision: "2023" (YEAR), "2024-07" (MONTH) or "2023-07-11" (DAY).',
  fields: (t) => ({
    value: t.exposeString('value', {
      description: 'The date, as far as known: "2023", "2024-07" or "2023-07-11".',
    }),
    precision: t.expose('precision', {
      type: DatePrecisionEnum,
      description: 'How much of it is known.',
    }),
  }),
});

/** A stored date and precision as a PartialDate, or null when there is none. */
export function partialDate(
  at: Date | null,
  precision: DatePrecision | null,
): PartialDateValue | null {
  return at && precision ? fromDate(at, precision) : null;
}
