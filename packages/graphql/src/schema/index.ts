import { builder } from '../builder.ts';

builder.queryType({});
builder.mutationType({});

import './node.ts';
import './enums.ts';
import './partial-date.ts';
import './collection.ts';
import './collection-change.ts';
import './curation.ts';
import './collection-files.ts';
import './source.ts';
import './actor.ts';
import './claim.ts';
import './dispute.ts';
import './claims-query.ts';
import './quiz.ts';
import './viewer.ts';
import './question-set.ts';
import './set-question.ts';
import './shared-question-set.ts';
import './set-exchange.ts';
import './attempt.ts';
import './statistics.ts';
import './extraction.ts';

export const schema = builder.toSchema({ sortSchema: true });
