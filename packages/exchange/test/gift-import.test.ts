import { describe, expect, it } from 'vitest';
import { fromGift } from '../src/index.ts';

describe('fromGift: mapping', () => {
  it('maps multiple choice, multi-select, true/false and short answer to quiz types', () => {
    const { questions, skipped, warnings } = fromGift(`
::capital::What is the capital of France?{=Paris ~London ~Berlin}

::members::Which are NATO members?{~%50%France ~%50%Germany ~%-50%Japan}

::tf::The sky is green.{F}

::name::Who is Sweden's foreign minister?{=Tobias Billström =Billström =Billstrom}
`);
    expect(skipped).toEqual([]);
    expect(warnings).toEqual([]);
    expect(questions.map((q) => [q.id, q.type, q.selectMany])).toEqual([
      ['capital', 'SINGLE_CHOICE', false],
      ['members', 'MULTI_SELECT', true],
      ['tf', 'TRUE_FALSE', false],
      ['name', 'FILL_IN', false],
    ]);
    expect(questions[0]?.options.map((o) => [o.text, o.correct])).toEqual([
      ['Paris', true],
      ['London', false],
      ['Berlin', false],
    ]);
    expect(questions[0]?.answer).toBe('Paris');
    expect(questions[1]?.answer).toBe('France and Germany');
    expect(questions[2]?.options.map((o) => [o.text, o.correct])).toEqual([
      ['True', false],
      ['False', true],
    ]);
    expect(questions[3]?.acceptedAnswers).toEqual(['Tobias Billström', 'Billström', 'Billstrom']);
    expect(questions[3]?.options).toEqual([]);
  });

  it('restores the quiz type from an attest-type tag when the answers fit it', () => {
    const { questions, warnings } = fromGift(`// [tag:attest-type:WHO_SAID]
::w::Who said it?{=Ana ~Ben}

// [tag:attest-type:WHO_SAID]
::m::Who said these?{~%50%Ana ~%50%Ben ~%-50%Cy}`);
    expect(questions.map((q) => q.type)).toEqual(['WHO_SAID', 'MULTI_SELECT']);
    expect(warnings).toEqual([
      {
        index: 2,
        id: 'm',
        message: 'tag says WHO_SAID but the answers make it MULTI_SELECT; kept MULTI_SELECT',
      },
    ]);
  });

  it('uses the title as id, then a Moodle [id:] comment, then a hash of the content', () => {
    const text = `// [id:from-comment]
Question one?{=a ~b}

Question two?{=a ~b}`;
    const { questions } = fromGift(text);
    expect(questions[0]?.id).toBe('from-comment');
    expect(questions[1]?.id).toMatch(/^g[0-9a-v]{11}$/);
    // The same content gives the same id; fixing which answer is right keeps it.
    expect(fromGift('Question two?{=a ~b}').questions[0]?.id).toBe(questions[1]?.id);
    expect(fromGift('Question two?{~a =b}').questions[0]?.id).toBe(questions[1]?.id);
    expect(fromGift('Question two, edited?{=a ~b}').questions[0]?.id).not.toBe(questions[1]?.id);
  });

  it('warns where the quiz cannot keep what Moodle means', () => {
    const { questions, warnings } = fromGift(`
::either::Pick one?{=a =b ~c}

::partial::Best answer?{=a ~%50%b ~c}

::html::[html]<b>Bold</b> question?{=a ~b}

::short::Name?{=Ana =%50%Anna =%0%Ann#close but no}

::gap::The sky is {=blue ~green} today.`);
    expect(questions.map((q) => q.type)).toEqual([
      'MULTI_SELECT',
      'MULTI_SELECT',
      'SINGLE_CHOICE',
      'FILL_IN',
      'SINGLE_CHOICE',
    ]);
    expect(questions[1]?.options.map((o) => o.correct)).toEqual([true, true, false]);
    expect(questions[3]?.acceptedAnswers).toEqual(['Ana', 'Anna']);
    expect(questions[4]?.prompt).toBe('The sky is _____ today.');
    expect(warnings.map((w) => [w.id, w.message])).toEqual([
      [
        'either',
        'several answers marked "=" (in Moodle any one of them is right): imported as select-many, where all must be picked',
      ],
      [
        'partial',
        'weights 100 %, 50 % flattened: every answer with a positive weight counts as right',
      ],
      ['html', 'text is html: kept as written, markup included'],
      ['short', 'answer "Anna" worth 50 % accepted as fully right'],
      ['short', 'answer "Ann" worth 0 % left out: the quiz keeps only right answers'],
      ['gap', 'missing-word question: the gap shows as _____'],
    ]);
  });
});

describe('fromGift: report', () => {
  it('skips an essay, a matching, a numerical question and a description, saying why', () => {
    const { questions, skipped } = fromGift(`$CATEGORY: $course$/top/Imported

::essay::Write about NATO.{}

::match::Match the capitals.{=France -> Paris =Italy -> Rome}

::num::When was NATO founded?{#1949}

::desc::Just some text.

::ok::Fine?{T}`);
    expect(questions.map((q) => q.id)).toEqual(['ok']);
    expect(skipped).toEqual([
      {
        index: 1,
        line: 3,
        title: 'essay',
        reason: 'essay question: the quiz has no free-text answers',
      },
      {
        index: 2,
        line: 5,
        title: 'match',
        reason: 'matching question: the quiz has no matching type',
      },
      {
        index: 3,
        line: 7,
        title: 'num',
        reason: 'numerical question: the quiz has no numeric answers',
      },
      {
        index: 4,
        line: 9,
        title: 'desc',
        reason: 'description (text with no answers): not a question',
      },
    ]);
  });

  it('skips questions with no right answer, duplicate options or a duplicate id', () => {
    const { questions, skipped } = fromGift(`::none::Which?{~a ~b ~c}

::dup::Which?{=Paris ~paris ~London}

::same::First?{=a ~b}

::same::Second?{=a ~b}

::any::Type anything?{=%100%*}`);
    expect(questions.map((q) => q.prompt)).toEqual(['First?']);
    expect(skipped.map((s) => [s.index, s.title, s.reason])).toEqual([
      [1, 'none', 'no right answer: no answer starts with = or has a positive weight'],
      [2, 'dup', 'duplicate answer "paris"'],
      [4, 'same', 'duplicate id "same"'],
      [5, 'any', 'accepts any typed answer ("*")'],
    ]);
  });

  it('reports a broken question with the line and column and still imports the rest', () => {
    const { questions, skipped } = fromGift(`::good::Fine?{=a ~b}

// a comment block is no question

::broken::Unclosed {=a ~b

::also-good::Also fine?{T}
`);
    expect(questions.map((q) => q.id)).toEqual(['good', 'also-good']);
    expect(skipped).toHaveLength(1);
    expect(skipped[0]).toMatchObject({ index: 2, line: 5, column: 26, title: 'broken' });
    expect(skipped[0]?.reason).toMatch(
      /^GIFT syntax error at line 5, column 26: Expected .* but end of input found\.$/,
    );
  });

  it('never throws on garbage, and reports the parser’s message with line and column', () => {
    const report = fromGift('}}} ::: {{{ ~~~ ===\n#### {');
    expect(report.questions).toEqual([]);
    expect(report.skipped).toEqual([
      expect.objectContaining({ index: 1, line: 1, column: 1, title: null }),
    ]);
    expect(report.skipped[0]?.reason).toMatch(
      /^GIFT syntax error at line 1, column 1: Expected .* but "}" found\.$/,
    );
    for (const text of ['', '   \n\n', '// only a comment', '\uFEFF\r\n']) {
      expect(fromGift(text)).toEqual({ questions: [], skipped: [], warnings: [] });
    }
    expect(() => fromGift('::a::{=\n\n}}}{{{')).not.toThrow();
  });

  it('reads Windows line ends and a byte order mark', () => {
    const { questions } = fromGift('\uFEFF::a::One?{=x ~y}\r\n\r\n::b::Two?{T}\r\n');
    expect(questions.map((q) => q.id)).toEqual(['a', 'b']);
  });
});
