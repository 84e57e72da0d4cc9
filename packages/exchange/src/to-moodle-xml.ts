import { generalFeedbackParts, optionFeedback } from './feedback.ts';
import { assertExportable, type MoodleForm, moodleForm, trueFalseAnswer } from './form.ts';
import { typeTag } from './type-tag.ts';
import type { ExportQuestion, ExportSet } from './types.ts';
import { optionWeights } from './weights.ts';
import { cdata, escapeXml, paragraph, xmlComment } from './xml.ts';

const QTYPE: Record<MoodleForm, string> = {
  single: 'multichoice',
  multi: 'multichoice',
  truefalse: 'truefalse',
  shortanswer: 'shortanswer',
};

/** Longest prompt start kept in a question's name (Moodle allows 255 characters). */
const NAME_PROMPT_LENGTH = 80;

/**
 * Moodle XML (`<quiz>`), the format Moodle's own exports use. The stable id goes in `<idnumber>`
 * (Moodle's field for an external id) and at the end of `<name>`, so a teacher sees it too.
 * Throws an ExportError when a question cannot be a Moodle question (see exportProblems).
 */
export function toMoodleXml(set: ExportSet): string {
  assertExportable(set.questions);
  const lines = ['<?xml version="1.0" encoding="UTF-8"?>', '<quiz>'];
  lines.push(`  ${xmlComment(`Attest question set: ${set.title}`)}`);
  if (set.description) lines.push(`  ${xmlComment(set.description)}`);
  for (const question of set.questions) lines.push(...questionXml(question));
  lines.push('</quiz>', '');
  return lines.join('\n');
}

function questionXml(question: ExportQuestion): string[] {
  const form = moodleForm(question);
  const header = [
    `<name><text>${escapeXml(questionName(question))}</text></name>`,
    `<questiontext format="html"><text>${cdata(paragraph(question.prompt))}</text></questiontext>`,
    `<generalfeedback format="html"><text>${cdata(feedbackHtml(question))}</text></generalfeedback>`,
    '<defaultgrade>1</defaultgrade>',
    // Moodle's defaults: a true/false retry earns nothing, other types lose a third.
    `<penalty>${form === 'truefalse' ? 1 : 0.3333333}</penalty>`,
    '<hidden>0</hidden>',
    `<idnumber>${escapeXml(question.id)}</idnumber>`,
  ];
  const body = [...header, ...formXml(question, form)];
  body.push(`<tags><tag><text>${escapeXml(typeTag(question.type))}</text></tag></tags>`);
  return [
    `  <question type="${QTYPE[form]}">`,
    ...body.map((line) => `    ${line}`),
    '  </question>',
  ];
}

function questionName(question: ExportQuestion): string {
  const prompt = [...question.prompt.trim().replace(/\s+/g, ' ')];
  const summary = prompt
    .slice(0, NAME_PROMPT_LENGTH - 1)
    .join('')
    .trimEnd();
  return `${prompt.length <= NAME_PROMPT_LENGTH ? prompt.join('') : `${summary}…`} [${question.id}]`;
}

function feedbackHtml(question: ExportQuestion): string {
  const { explanation, evidence } = generalFeedbackParts(question);
  const html = explanation ? [paragraph(explanation)] : [];
  if (evidence.length > 0) {
    html.push(
      '<p>Evidence:</p>',
      `<ul>${evidence.map((e) => `<li>${escapeXml(e)}</li>`).join('')}</ul>`,
    );
  }
  return html.join('');
}

/** An `<answer>`; choice answers are HTML, true/false and short answers plain text. */
function answer(fraction: number, text: string, feedback: string, html: boolean): string {
  const format = html ? 'html' : 'moodle_auto_format';
  const body = html ? cdata(escapeXml(text)) : escapeXml(text);
  const feedbackXml = `<feedback format="html"><text>${feedback ? cdata(paragraph(feedback)) : ''}</text></feedback>`;
  return `<answer fraction="${fraction}" format="${format}"><text>${body}</text>${feedbackXml}</answer>`;
}

function formXml(question: ExportQuestion, form: MoodleForm): string[] {
  switch (form) {
    case 'truefalse': {
      // Moodle matches true/false answers by the literal texts "true" and "false".
      const isTrue = trueFalseAnswer(question.options) === true;
      return question.options.map((o) => {
        const saysTrue = o.text.trim().toLowerCase() === 'true';
        return answer(
          saysTrue === isTrue ? 100 : 0,
          saysTrue ? 'true' : 'false',
          optionFeedback(question, o),
          false,
        );
      });
    }
    case 'shortanswer':
      return [
        '<usecase>0</usecase>',
        ...question.acceptedAnswers
          .filter((a) => a.trim() !== '')
          .map((a) => answer(100, a.trim(), question.feedback?.right ?? '', false)),
        ...(question.feedback?.wrong ? [answer(0, '*', question.feedback.wrong, false)] : []),
      ];
    case 'single':
    case 'multi':
      return [...choiceSettings(form), ...choiceAnswers(question, form)];
  }
}

function choiceSettings(form: 'single' | 'multi'): string[] {
  return [
    `<single>${form === 'single'}</single>`,
    '<shuffleanswers>true</shuffleanswers>',
    '<answernumbering>abc</answernumbering>',
    '<showstandardinstruction>0</showstandardinstruction>',
    ...(form === 'multi' ? ['<shownumcorrect/>'] : []),
  ];
}

function choiceAnswers(question: ExportQuestion, form: 'single' | 'multi'): string[] {
  const weights = optionWeights(question.options, form === 'multi');
  return question.options.map((o, i) =>
    answer(weights[i] ?? 0, o.text.trim(), optionFeedback(question, o), true),
  );
}
