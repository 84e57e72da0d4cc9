import { builder } from '../builder.ts';
import './node.ts';
import './enums.ts';
import './partial-date.ts';
import './source.ts';
import './actor.ts';
import './claim.ts';
import './dispute.ts';
import './queries.ts';
import './quiz.ts';

export const schema = builder.toSchema({ sortSchema: true });
