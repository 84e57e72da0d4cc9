import type { InputHTMLAttributes, ReactNode, Ref } from 'react';

interface Props extends Omit<InputHTMLAttributes<HTMLInputElement>, 'id' | 'onChange'> {
  id: string;
  label: ReactNode;
  /** Said under the input, and tied to it (`aria-describedby`) unless that is given. */
  hint?: ReactNode;
  /** More classes for the field's box (`narrow`). */
  fieldClass?: string;
  /** A controlled field's setter, given the text as typed. */
  onValue?(value: string): void;
  ref?: Ref<HTMLInputElement>;
}

/** A labelled one-line input in its field box: how a form writes a text, email or search field. */
export function TextField({
  id,
  label,
  hint,
  fieldClass,
  onValue,
  type = 'text',
  'aria-describedby': describedBy,
  ...input
}: Props) {
  const hintId = hint ? `${id}-hint` : undefined;
  return (
    <div className={fieldClass ? `field ${fieldClass}` : 'field'}>
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type={type}
        aria-describedby={describedBy ?? hintId}
        onChange={onValue ? (e) => onValue(e.target.value) : undefined}
        {...input}
      />
      {hint ? (
        <p className="hint" id={hintId}>
          {hint}
        </p>
      ) : null}
    </div>
  );
}
