import { randomInt } from 'node:crypto';
import type { Prisma } from '@attest/db';
import { AttestError } from '@attest/errors';

export interface RosterEntry {
  name: string;
  studentId: string | null;
}

export const ROSTER_MAX = 1000;
const FIELD_MAX = 100;

/** Case and spacing don't make two learners different. */
export const rosterKey = (text: string): string =>
  text.normalize('NFKC').trim().replace(/\s+/g, ' ').toLocaleLowerCase('en');

/**
 * A class list as pasted from a spreadsheet or typed: one learner a line, the name then
 * optionally a tab, semicolon or comma and the student ID (a tab wins; otherwise the last
 * semicolon or comma, so "Lindqvist, Ana; 1042" keeps its comma). Blank lines are skipped.
 * Refused naming the line: a field too long or with control characters, a repeated ID, or
 * a repeated name without an ID (two entries a learner could not tell apart).
 */
export function parseRoster(text: string): RosterEntry[] {
  const entries: RosterEntry[] = [];
  const lines = text.split(/\r?\n/);
  lines.forEach((raw, index) => {
    const line = raw.trim();
    if (line === '') return;
    const bad = (why: string) =>
      new AttestError('BAD_USER_INPUT', `Class list line ${index + 1} ("${line}"): ${why}`);
    const cut = line.includes('\t')
      ? line.indexOf('\t')
      : Math.max(line.lastIndexOf(';'), line.lastIndexOf(','));
    const name = (cut < 0 ? line : line.slice(0, cut)).trim();
    const studentId = cut < 0 ? null : line.slice(cut + 1).trim() || null;
    if (name === '') throw bad('no name before the student ID.');
    for (const field of [name, studentId ?? ''])
      if (field.length > FIELD_MAX) throw bad(`longer than ${FIELD_MAX} characters.`);
    if (/\p{Cc}/u.test(`${name}${studentId ?? ''}`)) throw bad('it has control characters.');
    const clash = entries.find((e) =>
      studentId
        ? e.studentId !== null && rosterKey(e.studentId) === rosterKey(studentId)
        : e.studentId === null && rosterKey(e.name) === rosterKey(name),
    );
    if (clash)
      throw bad(
        studentId
          ? `the student ID ${studentId} is already ${clash.name}'s.`
          : `${name} is listed twice without a student ID to tell them apart.`,
      );
    entries.push({ name, studentId });
  });
  if (entries.length > ROSTER_MAX)
    throw new AttestError(
      'BAD_USER_INPUT',
      `The class list has ${entries.length} learners; at most ${ROSTER_MAX}.`,
    );
  return entries;
}

/** The roster as stored (JSON), tolerating rows that are not entries by skipping them. */
export function readRoster(json: Prisma.JsonValue): RosterEntry[] {
  if (!Array.isArray(json)) return [];
  return json.flatMap((row) =>
    row && typeof row === 'object' && !Array.isArray(row) && typeof row.name === 'string'
      ? [{ name: row.name, studentId: typeof row.studentId === 'string' ? row.studentId : null }]
      : [],
  );
}

// No 0/O or 1/I/L: the code is read aloud and copied from a board.
const ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';

/** A class's join code: 8 characters, about 40 bits, easy to read out. */
export const newJoinCode = (): string =>
  Array.from({ length: 8 }, () => ALPHABET[randomInt(ALPHABET.length)]).join('');
