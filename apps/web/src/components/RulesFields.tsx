import type { Feedback, Identity } from '@/lib/rules.ts';
import type { QuestionSet } from '@/lib/sets.ts';

const identities = [
  ['ANONYMOUS', 'Nothing: learners stay anonymous (attempts counted per browser)'],
  ['NAME', 'Their name, and a student ID if they have one'],
  ['SIGNED_IN', 'Signed-in learners only (their account name)'],
  ['ROSTER', 'A class list: learners give the join code and their student ID'],
] as const;

const reveals = [
  ['AFTER_EACH_QUESTION', 'After each answer'],
  ['AT_END', 'When the attempt is finished'],
  ['AFTER_CLOSE', 'After the close date'],
  ['NEVER', 'Never (you still see everything)'],
] as const;

/** An ISO date as a datetime-local input's value, in the browser's own time zone. */
const localValue = (iso: string | null): string => {
  if (!iso) return '';
  const d = new Date(iso);
  return new Date(d.getTime() - d.getTimezoneOffset() * 60_000).toISOString().slice(0, 16);
};

/** The attempt rules and identity mode of a set's settings form (read by rulesFromForm). */
export function RulesFields({ settings }: { settings: QuestionSet['settings'] }) {
  const rosterText = settings.roster
    .map((e) => (e.studentId ? `${e.name}, ${e.studentId}` : e.name))
    .join('\n');
  return (
    <>
      <fieldset>
        <legend>When learners see right answers and evidence</legend>
        <Radios name="feedback" choices={reveals} checked={settings.feedback} />
      </fieldset>
      <fieldset>
        <legend>What learners tell you before starting</legend>
        <Radios name="identity" choices={identities} checked={settings.identity} />
        <div className="field">
          <label htmlFor="roster">Class list</label>
          <textarea
            id="roster"
            name="roster"
            defaultValue={rosterText}
            aria-describedby="roster-hint"
            rows={4}
          />
          <p className="hint" id="roster-hint">
            One learner a line: the name, then a comma, semicolon or tab and the student ID. Paste
            it from a spreadsheet. Used with “A class list”.
            {settings.joinCode ? (
              <>
                {' '}
                Join code: <strong data-testid="join-code">{settings.joinCode}</strong>
              </>
            ) : null}
          </p>
        </div>
      </fieldset>
      <fieldset>
        <legend>Attempt rules</legend>
        <div className="field">
          <label htmlFor="attempts-allowed">
            Attempts per learner <span className="hint">(empty: any number)</span>
          </label>
          <input
            id="attempts-allowed"
            name="attemptsAllowed"
            type="number"
            min={1}
            max={100}
            defaultValue={settings.attemptsAllowed ?? ''}
          />
        </div>
        <div className="field">
          <label htmlFor="time-limit">
            Time limit in minutes <span className="hint">(empty: none)</span>
          </label>
          <input
            id="time-limit"
            name="timeLimitMinutes"
            type="number"
            min={1}
            max={10080}
            defaultValue={
              settings.timeLimitSeconds ? Math.round(settings.timeLimitSeconds / 60) : ''
            }
          />
        </div>
        <label className="option">
          <input
            type="checkbox"
            name="acceptNearMisses"
            defaultChecked={settings.acceptNearMisses}
            aria-describedby="near-misses-hint"
          />
          Accept names a letter or two off
        </label>
        <p className="hint" id="near-misses-hint">
          “Stoltenburg” counts for Jens Stoltenberg, shown as “Almost: Jens Stoltenberg”; a
          different person with a similar name never counts. Off: a typed answer must match.
        </p>
        <LocalTimeField
          id="opens-at"
          name="opensAt"
          label="Opens"
          empty="now"
          value={settings.opensAt}
        />
        <LocalTimeField
          id="closes-at"
          name="closesAt"
          label="Closes"
          empty="never"
          value={settings.closesAt}
        />
      </fieldset>
    </>
  );
}

/** One radio button a choice, named `name`, the one the settings hold checked. */
function Radios({
  name,
  choices,
  checked,
}: {
  name: string;
  choices: readonly (readonly [value: string, label: string])[];
  checked: string;
}) {
  return (
    <>
      {choices.map(([value, label]) => (
        <label className="option" key={value}>
          <input type="radio" name={name} value={value} defaultChecked={checked === value} />
          {label}
        </label>
      ))}
    </>
  );
}

/** A moment in the instructor's own time zone; left empty, it means `empty`. */
function LocalTimeField({
  id,
  name,
  label,
  empty,
  value,
}: {
  id: string;
  name: string;
  label: string;
  empty: string;
  value: string | null;
}) {
  return (
    <div className="field">
      <label htmlFor={id}>
        {label} <span className="hint">(your local time; empty: {empty})</span>
      </label>
      <input id={id} name={name} type="datetime-local" defaultValue={localValue(value)} />
    </div>
  );
}

/** The rules part of the settings input, from the form RulesFields drew. */
export function rulesFromForm(form: FormData, hadRoster: boolean) {
  const text = (name: string) => String(form.get(name) ?? '').trim();
  const whole = (name: string) => (text(name) ? Number(text(name)) : null);
  const date = (name: string) => (text(name) ? new Date(text(name)).toISOString() : null);
  const minutes = whole('timeLimitMinutes');
  const roster = text('roster');
  return {
    // The form's own select options: values of these enums.
    feedback: form.get('feedback') as Feedback,
    identity: form.get('identity') as Identity,
    attemptsAllowed: whole('attemptsAllowed'),
    timeLimitSeconds: minutes == null ? null : minutes * 60,
    acceptNearMisses: form.get('acceptNearMisses') !== null,
    opensAt: date('opensAt'),
    closesAt: date('closesAt'),
    // An untouched empty list is left out, so saving other settings never asks for one.
    ...(roster || hadRoster ? { roster } : {}),
  };
}
