import { builder } from '../builder.ts';

export interface PassageValue {
  quote: string;
  start: number;
  end: number;
}

/**
 * The evidence shape, defined once: a claim's Evidence, a question's QuestionEvidence and an
 * extraction's DraftEvidence are all a verbatim passage at code point offsets.
 */
export const Passage = builder.interfaceRef<PassageValue>('Passage').implement({
  description:
    'A verbatim passage of a text at code point offsets: text.slice(start, end) by code points is the quote.',
  // No field returns a Passage itself; each type that implements it is returned by name.
  resolveType: (passage) =>
    'sourceTitle' in passage ? 'QuestionEvidence' : 'id' in passage ? 'Evidence' : 'DraftEvidence',
  fields: (t) => ({
    quote: t.exposeString('quote', {
      nullable: false,
      description: 'The passage, exactly as in the text.',
    }),
    start: t.exposeInt('start', {
      nullable: false,
      description: 'Code point offset into the text, inclusive.',
    }),
    end: t.exposeInt('end', {
      nullable: false,
      description: 'Code point offset into the text, exclusive.',
    }),
  }),
});
