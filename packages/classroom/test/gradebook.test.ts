import type { Database, DatabaseKind } from '@attest/db';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  exportQuestionSet,
  findSharedSet,
  finishAttempt,
  type GradedAttempt,
  gradebookRows,
  inertCell,
  startAttempt,
  submitAnswers,
  updateQuestionSet,
} from '../src/index.ts';
import { fixtureQuestions, makeSet } from '../src/testing.ts';
import { openSeeded, refusalOf } from './helpers.ts';

const codeOf = (promise: Promise<unknown>) => refusalOf(promise, true);

/** Reads a CSV back the way a spreadsheet program would: rows of cells. */
const readCsv = (csv: string) => parse(csv, { bom: true }) as string[][];

describe('inertCell', () => {
  it('makes text a spreadsheet would run as a formula plain text, and leaves the rest', () => {
    for (const risky of ['=HYPERLINK("http://x","y")', '+1', '-2', '@x', '\t=1', '\r=1'])
      expect(inertCell(risky)).toBe(`'${risky}`);
    for (const safe of ['Ana', 'Ana-Maria', ' =1', '1+1', "'quoted", ''])
      expect(inertCell(safe)).toBe(safe);
  });
});

describe('gradebookRows', () => {
  const at = (minute: number) => new Date(Date.UTC(2026, 0, 1, 9, minute));
  const attempt = (id: string, over: Partial<GradedAttempt>): GradedAttempt => ({
    id,
    userId: null,
    learnerKey: null,
    name: null,
    studentId: null,
    startedAt: at(0),
    finishedAt: at(10),
    score: 0,
    maxScore: 2,
    credits: new Map(),
    ...over,
  });

  it('keeps a signed-in learner’s best attempt, and every anonymous one, sorted by name', () => {
    const rows = gradebookRows(
      ['q1', 'q2'],
      [
        attempt('a1', { userId: 'u1', name: 'Bea', score: 1, credits: new Map([['q1', 1]]) }),
        attempt('a2', { userId: 'u1', name: 'Bea', score: 2, startedAt: at(20) }),
        attempt('a3', { userId: 'u1', name: 'Bea', score: 2, startedAt: at(30) }),
        attempt('a4', { name: 'Al', score: 0.5, credits: new Map([['q2', 0.5]]) }),
        attempt('a5', { name: 'Al', score: 1 }),
      ],
    );
    expect(rows.map((r) => [r.name, r.score, r.startedAt])).toEqual([
      ['Al', 0.5, at(0)],
      ['Al', 1, at(0)],
      ['Bea', 2, at(20)],
    ]);
    // A question the attempt did not draw is empty, not 0.
    expect(rows[0]?.credits).toEqual([null, 0.5]);
  });

  it('makes one learner of the attempts the set’s identity mode ties together', () => {
    const rows = gradebookRows(
      ['q1'],
      [
        attempt('a1', { learnerKey: 'roster-id:7', name: 'Cem', studentId: '7', score: 1 }),
        attempt('a2', { learnerKey: 'roster-id:7', name: 'Cem', studentId: '7', score: 2 }),
        attempt('a3', { learnerKey: 'roster-id:8', name: 'Cem', studentId: '8', score: 0 }),
      ],
    );
    expect(rows.map((r) => [r.name, r.studentId, r.score])).toEqual([
      ['Cem', '7', 2],
      ['Cem', '8', 0],
    ]);
  });
});

describe.each<DatabaseKind>(['pglite', 'postgres'])('names and the gradebook on %s', (kind) => {
  let db: Database;
  let ownerId: string;
  beforeAll(async () => ({ db, ownerId } = await openSeeded(kind)));
  afterAll(() => db.close());

  it('asks for a name only when the set says so, and keeps it only then', async () => {
    const open = await makeSet(db.prisma, ownerId);
    expect((await findSharedSet(db.prisma, open.shareSlug ?? '')).identity).toBe('ANONYMOUS');
    const unnamed = await startAttempt(db.prisma, open.shareSlug ?? '', null, { name: 'Ana' });
    expect(unnamed.learnerName).toBeNull();

    await updateQuestionSet(db.prisma, ownerId, open.id, { settings: { identity: 'NAME' } });
    expect((await findSharedSet(db.prisma, open.shareSlug ?? '')).identity).toBe('NAME');
    const slug = open.shareSlug ?? '';
    expect(await codeOf(startAttempt(db.prisma, slug, null))).toMatch(
      /^BAD_USER_INPUT: This set asks for your name/,
    );
    for (const [name, problem] of [
      ['   ', /name is empty/],
      ['x'.repeat(101), /longer than 100/],
      ['Ana\nBea', /control characters/],
    ] as const)
      expect(await codeOf(startAttempt(db.prisma, slug, null, { name }))).toMatch(problem);
    const named = await startAttempt(db.prisma, slug, null, { name: '  Ana Lindqvist ' });
    expect(named.learnerName).toBe('Ana Lindqvist');
  });

  it('exports one row per learner, one column per question and the total, formulas inert', async () => {
    const set = await makeSet(db.prisma, ownerId, {
      identity: 'NAME',
      questions: [fixtureQuestions.veto, fixtureQuestions.plans],
    });
    const slug = set.shareSlug ?? '';
    const names = ['=HYPERLINK("http://evil.example","click")', '+1', '-2', '@x', 'Zoë'];
    for (const [i, name] of names.entries()) {
      const a = await startAttempt(db.prisma, slug, null, { name });
      const veto = a.questions.find((x) => x.prompt.startsWith('Who vetoed'));
      const plans = a.questions.find((x) => x.prompt.startsWith('The Alliance plans'));
      await submitAnswers(db.prisma, a.token, [
        { questionId: veto?.id ?? '', optionIds: [i % 2 === 0 ? 'k' : 'l'], key: 'v' },
        { questionId: plans?.id ?? '', optionIds: ['t'], key: 'p' },
      ]);
      await finishAttempt(db.prisma, a.token);
    }
    await startAttempt(db.prisma, slug, null, { name: 'Still going' });

    const file = await exportQuestionSet(db.prisma, ownerId, set.id, 'GRADEBOOK_CSV');
    expect(file.filename).toBe('arden-quiz.gradebook.csv');
    expect(file.mediaType).toBe('text/csv; charset=utf-8');
    expect(file.content.startsWith('\uFEFFName,Student ID,Started,Finished,')).toBe(true);
    const [header, ...rows] = readCsv(file.content);
    expect(header).toEqual([
      'Name',
      'Student ID',
      'Started',
      'Finished',
      'Q1: Who vetoed the office in Arden?',
      'Q2: The Alliance plans to open an office in …',
      'Total',
      'Out of',
      'Percent',
    ]);
    expect(rows).toHaveLength(names.length);
    // Every name reads back as written, behind an apostrophe when a spreadsheet would run it.
    const byName = new Map(rows.map((r) => [r[0], r]));
    for (const [i, name] of names.entries()) {
      const row = byName.get(/^[=+\-@]/.test(name) ? `'${name}` : name);
      expect(row, name).toBeDefined();
      const vetoCredit = i % 2 === 0 ? 1 : 0;
      expect(row?.slice(4)).toEqual([
        String(vetoCredit),
        '1',
        String(vetoCredit + 1),
        '2',
        String((vetoCredit + 1) * 50),
      ]);
    }
    for (const row of rows)
      for (const cell of row) expect(/^[=+\-@\t\r]/.test(cell), cell).toBe(false);
    expect(file.notes).toEqual([
      '1 unfinished attempt is left out: answers may still change until finished.',
    ]);
  });
});
