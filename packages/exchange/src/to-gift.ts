import { generalFeedback, optionFeedback } from './feedback.ts';
import { assertExportable, moodleForm, trueFalseAnswer } from './form.ts';
import { escapeGift, giftComment } from './gift-escape.ts';
import { typeTag } from './type-tag.ts';
import type { ExportQuestion, ExportSet } from './types.ts';
import { optionWeights } from './weights.ts';

/**
 * Moodle GIFT text. Each question is titled with its stable id (`::id::`), which Moodle makes
 * the question name and `fromGift` makes the id again, so re-importing updates in place. Texts
 * are `[plain]`: the quiz writes plain text, and Moodle then shows `<` or `&` as written.
 * Throws an ExportError when a question cannot be a Moodle question (see exportProblems).
 */
export function toGift(set: ExportSet): string {
  assertExportable(set.questions);
  const header = [
    ...giftComment(`Attest question set: ${set.title}`),
    ...(set.description ? giftComment(set.description) : []),
  ].join('\n');
  return `${[header, ...set.questions.map(giftQuestion)].join('\n\n')}\n`;
}

function giftQuestion(question: ExportQuestion): string {
  // Moodle reads [id:] into the question's idnumber and [tag:] into its tags.
  const meta = `// [id:${question.id.replace(/]/g, '\\]')}] [tag:${typeTag(question.type)}]`;
  const stem = `::${escapeGift(question.id)}::[plain]${escapeGift(question.prompt)}`;
  const general = generalFeedback(question);
  const lines = [...answerLines(question), ...(general ? [`####${escapeGift(general)}`] : [])];
  return `${meta}\n${stem}{\n${lines.map((l) => `\t${l}`).join('\n')}\n}`;
}

const withFeedback = (text: string, feedback: string): string =>
  feedback ? `${text}#${escapeGift(feedback)}` : text;

function answerLines(question: ExportQuestion): string[] {
  switch (moodleForm(question)) {
    case 'truefalse':
      return trueFalseLines(question);
    case 'shortanswer':
      return [
        ...question.acceptedAnswers
          .filter((a) => a.trim() !== '')
          .map((a) => withFeedback(`=${escapeGift(a)}`, question.feedback?.right ?? '')),
        // A 0 % catch-all answer is how Moodle gives feedback to every other typed answer.
        ...(question.feedback?.wrong ? [withFeedback('=%0%*', question.feedback.wrong)] : []),
      ];
    case 'single':
      return question.options.map((o) =>
        withFeedback(`${o.correct ? '=' : '~'}${escapeGift(o.text)}`, optionFeedback(question, o)),
      );
    case 'multi': {
      const weights = optionWeights(question.options, true);
      return question.options.map((o, i) =>
        withFeedback(`~%${weights[i]}%${escapeGift(o.text)}`, optionFeedback(question, o)),
      );
    }
  }
}

/** `{TRUE#…#…}`: Moodle shows the first feedback for a wrong answer, the second for a right one. */
function trueFalseLines(question: ExportQuestion): string[] {
  const isTrue = trueFalseAnswer(question.options) === true;
  const right = question.options.find((o) => o.correct);
  const wrong = question.options.find((o) => !o.correct);
  const rightFeedback = right ? optionFeedback(question, right) : '';
  const wrongFeedback = wrong ? optionFeedback(question, wrong) : '';
  const lines = [isTrue ? 'TRUE' : 'FALSE'];
  if (wrongFeedback || rightFeedback) lines.push(`#${escapeGift(wrongFeedback)}`);
  if (rightFeedback) lines.push(`#${escapeGift(rightFeedback)}`);
  return lines;
}
