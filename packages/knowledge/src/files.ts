import { z } from 'zod';
import { parsePartialDate } from './dates.ts';

/** The shapes of the curated YAML files (see prisma/data/README.md). */

const slug = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be a kebab-case slug');
const upper = <T extends string>(values: readonly [T, ...T[]]) =>
  z
    .string()
    .transform((s) => s.toUpperCase())
    .pipe(z.enum(values));

const precision = z.enum(['year', 'month', 'day']);
const checkDate = (value: string, precision: string, ctx: z.RefinementCtx) => {
  const parsed = parsePartialDate(value);
  if (parsed && parsed.precision === precision.toUpperCase()) return parsed;
  ctx.addIssue({ code: 'custom', message: `"${value}" is not a ${precision} date` });
  return z.NEVER;
};

const partialDate = z
  .object({ value: z.coerce.string(), precision })
  .strict()
  .transform((d, ctx) => checkDate(d.value, d.precision, ctx));

export const sourceFile = z.array(
  z.object({
    id: slug,
    file: z.string().min(1),
    title: z.string().min(1),
    publisher: z.string().min(1).nullable().default(null),
    publisherBasis: z.string().min(1).nullable().default(null),
    url: z.url().nullable().default(null),
    published: partialDate.nullable().default(null),
    genre: upper(['NEWS', 'OPINION', 'BLOG']),
    noise: z
      .array(
        z.object({ label: z.string().min(1), from: z.string().min(1), through: z.string().min(1) }),
      )
      .default([]),
  }),
);

const template = z
  .string()
  .min(1)
  .refine(
    (t) => /^[^{}]*(\{(subject|object)\}[^{}]*)*$/.test(t),
    'only {subject} and {object} may be filled in',
  );

export const predicateFile = z.array(
  z.object({
    id: z.string().regex(/^[a-z]+(_[a-z]+)*$/, 'must be snake_case'),
    label: z.string().min(1),
    description: z.string().min(1),
    object: upper(['ACTOR', 'VALUE', 'EITHER']),
    relation: upper(['MEMBER_OF', 'AFFILIATED_WITH', 'HOLDS_POSITION', 'PART_OF'])
      .nullable()
      .default(null),
    openEnded: z.boolean().default(false),
    alwaysOpen: z.boolean().default(false),
    singleValue: z.boolean().default(false),
    distinctValues: z.boolean().default(false),
    implies: z.array(z.string()).default([]),
    opposite: z.string().nullable().default(null),
    phrasing: z
      .object({
        statement: template,
        askSubject: template.nullable().default(null),
        askObject: template.nullable().default(null),
      })
      .strict()
      .nullable()
      .default(null),
  }),
);

const relationType = upper(['MEMBER_OF', 'AFFILIATED_WITH', 'HOLDS_POSITION', 'PART_OF']);

export const ACTOR_KINDS = [
  'PERSON',
  'COUNTRY',
  'GOVERNMENT',
  'ORGANIZATION',
  'ALLIANCE',
  'PLACE',
  'MEDIA',
  'EVENT',
  'INITIATIVE',
  'DOCUMENT',
] as const;
export const ALIAS_KINDS = ['NAME', 'ABBREVIATION', 'METONYM', 'MISSPELLING', 'VARIANT'] as const;

export const actorFile = z.array(
  z.object({
    id: slug,
    name: z.string().min(1),
    kind: upper(ACTOR_KINDS),
    description: z.string().min(1).nullable().default(null),
    aliases: z
      .array(
        z.object({
          name: z.coerce.string().min(1),
          kind: upper(ALIAS_KINDS),
        }),
      )
      .default([]),
    relations: z
      .array(
        z.object({
          type: relationType,
          object: slug,
          start: z.coerce.string().nullable().default(null),
          end: z.coerce.string().nullable().default(null),
        }),
      )
      .default([]),
  }),
);

const value = z.union([
  z.object({ text: z.coerce.string().min(1) }).strict(),
  z.object({ number: z.number(), unit: z.string().min(1).nullable().default(null) }).strict(),
  z
    .object({ date: z.coerce.string(), precision })
    .strict()
    .transform((d, ctx) => ({ date: checkDate(d.date, d.precision, ctx) })),
]);

export const claimFile = z.array(
  z
    .object({
      id: slug,
      subject: slug,
      predicate: z.string().min(1),
      object: slug.nullable().default(null),
      value: value.nullable().default(null),
      statement: z.string().min(1),
      modality: upper(['FACT', 'PLAN', 'OPINION', 'QUOTE', 'DENIAL']),
      speaker: slug.nullable().default(null),
      rank: upper(['PREFERRED', 'NORMAL', 'DEPRECATED']).default('NORMAL'),
      qualifiers: z
        .object({
          time: partialDate.nullable().default(null),
          asOf: partialDate.nullable().default(null),
          until: partialDate.nullable().default(null),
          place: slug.nullable().default(null),
        })
        .default({ time: null, asOf: null, until: null, place: null }),
      offTopic: z.boolean().default(false),
      background: z.boolean().default(false),
      evidence: z
        .array(
          z.object({
            source: slug,
            quote: z.coerce.string().min(1),
            start: z.number().int().min(0).optional(),
          }),
        )
        .min(1, 'a claim needs at least one evidence quote'),
    })
    .refine((c) => (c.object === null) !== (c.value === null), {
      message: 'a claim has either an object actor or a value, not both or neither',
    }),
);

export const disputeFile = z.array(
  z.object({
    claims: z.tuple([slug, slug]),
    aspect: upper(['DATE', 'FACT', 'STATUS', 'NUMBER']),
    description: z.string().min(1),
  }),
);

export type SourceEntry = z.infer<typeof sourceFile>[number];
export type ActorEntry = z.infer<typeof actorFile>[number];
export type ClaimEntry = z.infer<typeof claimFile>[number];
