import type { LearnerIdentity, Prisma } from '@attest/db';
import { AttestError } from '@attest/errors';
import { z } from 'zod';
import { learnerNameFor } from '../attempts/learner-name.ts';
import { parseInput } from '../validate.ts';
import { readRoster, rosterKey } from './roster.ts';

/** What a learner may give when starting; which of it is used depends on the set. */
export interface IdentityInput {
  userId: string | null;
  name?: string | null;
  studentId?: string | null;
  joinCode?: string | null;
  /** A random key the browser keeps: counts attempts when nothing else names the learner. */
  browser?: string | null;
}

/** Who an attempt is recorded under, and who it counts against for the attempt limit. */
export interface LearnerIdentityValue {
  learnerName: string | null;
  studentId: string | null;
  /** Null when nothing names the learner (the set then has no limit to count against). */
  learnerKey: string | null;
}

const studentIdSchema = z
  .string()
  .trim()
  .min(1, 'The student ID is empty.')
  .max(100, 'The student ID is longer than 100 characters.')
  .refine((id) => !/\p{Cc}/u.test(id), 'The student ID has control characters.');

const browserSchema = z
  .string()
  .trim()
  .min(8, 'The "browser" key is shorter than 8 characters.')
  .max(100, 'The "browser" key is longer than 100 characters.');

/**
 * Identifies the learner the set's way. ANONYMOUS: nothing kept but a key (the account when
 * signed in, else the browser's). NAME: the name, and the student ID when given (the key is
 * the ID when there is one). SIGNED_IN: the account. ROSTER: the join code, then the entry
 * with that student ID (or that name, for entries without one).
 */
export function identifyLearner(
  set: {
    identity: LearnerIdentity;
    roster: Prisma.JsonValue;
    joinCode: string | null;
    attemptsAllowed: number | null;
  },
  input: IdentityInput,
): LearnerIdentityValue {
  const studentId =
    input.studentId == null || input.studentId.trim() === ''
      ? null
      : parseInput(studentIdSchema, input.studentId);
  switch (set.identity) {
    case 'NAME': {
      const learnerName = learnerNameFor(true, input.name);
      const learnerKey = studentId
        ? `id:${rosterKey(studentId)}`
        : `name:${rosterKey(learnerName ?? '')}`;
      return { learnerName, studentId, learnerKey };
    }
    case 'SIGNED_IN':
      if (!input.userId)
        throw new AttestError(
          'UNAUTHENTICATED',
          'This set is for signed-in learners: sign in, then start it again.',
        );
      return { learnerName: null, studentId: null, learnerKey: `user:${input.userId}` };
    case 'ROSTER':
      return fromRoster(set, input, studentId);
    default: {
      if (input.userId)
        return { learnerName: null, studentId: null, learnerKey: `user:${input.userId}` };
      if (input.browser == null || input.browser.trim() === '') {
        if (set.attemptsAllowed != null)
          throw new AttestError(
            'BAD_USER_INPUT',
            'This set limits attempts per learner: send a "browser" key (any random string the browser keeps).',
          );
        return { learnerName: null, studentId: null, learnerKey: null };
      }
      return {
        learnerName: null,
        studentId: null,
        learnerKey: `browser:${parseInput(browserSchema, input.browser)}`,
      };
    }
  }
}

function fromRoster(
  set: { roster: Prisma.JsonValue; joinCode: string | null },
  input: IdentityInput,
  studentId: string | null,
): LearnerIdentityValue {
  const code = input.joinCode?.trim().toUpperCase() ?? '';
  if (code === '')
    throw new AttestError(
      'BAD_USER_INPUT',
      'This set is for a class list: give the join code your teacher shared ("joinCode").',
    );
  if (!set.joinCode || code !== set.joinCode)
    throw new AttestError(
      'BAD_USER_INPUT',
      "That join code is not this set's: check it with your teacher.",
    );
  const roster = readRoster(set.roster);
  const name = input.name?.trim() ?? '';
  const entry = studentId
    ? roster.find((e) => e.studentId !== null && rosterKey(e.studentId) === rosterKey(studentId))
    : roster.find(
        (e) => e.studentId === null && name !== '' && rosterKey(e.name) === rosterKey(name),
      );
  if (!entry)
    throw new AttestError(
      'BAD_USER_INPUT',
      studentId
        ? `No one on this set's class list has the student ID "${studentId}": check it with your teacher.`
        : name === ''
          ? 'Give your student ID ("studentId") as it is on the class list.'
          : `No one on this set's class list is "${name}" without a student ID: give your student ID.`,
    );
  return {
    learnerName: entry.name,
    studentId: entry.studentId,
    learnerKey: entry.studentId
      ? `roster-id:${rosterKey(entry.studentId)}`
      : `roster-name:${rosterKey(entry.name)}`,
  };
}
