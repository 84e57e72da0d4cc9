import { builder } from '../builder.ts';
import { MAX_PAGE_SIZE } from '../page-size.ts';
import { describeTotalCounts } from './total-count.ts';

builder.queryType({
  description: `Reads. Errors carry \`extensions.code\`: NOT_FOUND, BAD_USER_INPUT, UNAUTHENTICATED, FORBIDDEN, RATE_LIMITED (over the request budget; \`retryAfter\` in seconds). String arguments are capped at 1,000 characters unless described otherwise (search 300), lists at 100 items, pages at ${MAX_PAGE_SIZE}.`,
});
builder.mutationType({
  description:
    'Changes. A refusal carries `extensions.code` (BAD_USER_INPUT, NOT_FOUND, UNAUTHENTICATED, FORBIDDEN, CONFLICT, RATE_LIMITED, or a classroom code such as SET_CLOSED) and a message saying what was wrong, and writes nothing, TIME_UP aside (it finishes the attempt). String arguments are capped at 1,000 characters unless described otherwise, lists at 100 items.',
});

import './node.ts';
import './enums.ts';
import './error-code.ts';
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

export const schema = describeTotalCounts(builder.toSchema({ sortSchema: true }));
