import type { Viewer } from '@attest/auth';
import { builder } from '../builder.ts';

builder.scalarType('DateTime', {
  description: 'A moment in time, as an ISO 8601 string in UTC.',
  serialize: (value) => value.toISOString(),
  parseValue: (value) => {
    const date = typeof value === 'string' ? new Date(value) : Number.NaN;
    if (!(date instanceof Date) || Number.isNaN(date.getTime())) {
      throw new TypeError('DateTime must be an ISO 8601 string.');
    }
    return date;
  },
});

const ViewerType = builder.objectRef<Viewer>('Viewer').implement({
  description: 'The signed-in person.',
  fields: (t) => ({
    id: t.exposeID('id', { nullable: false, description: 'Their account ID.' }),
    name: t.exposeString('name', { nullable: false, description: 'Their name.' }),
    email: t.exposeString('email', { nullable: false, description: 'Their email address.' }),
  }),
});

builder.queryField('viewer', (t) =>
  t.field({
    type: ViewerType,
    nullable: true,
    description: 'Who is signed in (session cookie or bearer token); null when signed out.',
    resolve: (_root, _args, context) => context.viewer,
  }),
);
