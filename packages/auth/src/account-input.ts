import { APIError, createAuthMiddleware } from 'better-auth/api';
import { passwordProblem } from './password-policy.ts';

export const MAX_NAME_LENGTH = 100;
/** The longest address SMTP can deliver to (RFC 5321's path limit less the brackets). */
export const MAX_EMAIL_LENGTH = 254;

const refuse = (code: string, message: string) => new APIError('BAD_REQUEST', { code, message });
const text = (value: unknown) => (typeof value === 'string' ? value : undefined);

function checkName(name: string | undefined) {
  if (name === undefined) return;
  if (name.trim() === '') throw refuse('INVALID_NAME', 'Give a name: it cannot be blank.');
  const length = [...name].length;
  if (length > MAX_NAME_LENGTH)
    throw refuse(
      'NAME_TOO_LONG',
      `The name is ${length} characters; the limit is ${MAX_NAME_LENGTH}.`,
    );
}

function checkPassword(password: string | undefined, personal: string[]) {
  if (password === undefined) return;
  const problem = passwordProblem(password, personal);
  if (problem) throw refuse('WEAK_PASSWORD', problem);
}

/**
 * Checks what people type into account forms before better-auth acts on it: name and email
 * lengths, and the password policy wherever a password is set (sign-up, change, reset).
 * better-auth itself checks the email's form and the password's length (8–128).
 */
export const checkAccountInput = createAuthMiddleware(async (ctx) => {
  const body = (ctx.body ?? {}) as Record<string, unknown>;
  const email = text(body.email);
  const name = text(body.name);
  switch (ctx.path) {
    case '/sign-up/email':
      if (email !== undefined && email.length > MAX_EMAIL_LENGTH)
        throw refuse(
          'EMAIL_TOO_LONG',
          `The email address is ${email.length} characters; the limit is ${MAX_EMAIL_LENGTH}.`,
        );
      checkName(name ?? '');
      checkPassword(text(body.password), [name ?? '', email ?? '', ...(email ?? '').split('@')]);
      return;
    case '/update-user':
      checkName(name);
      return;
    case '/change-password':
    case '/reset-password':
      checkPassword(text(body.newPassword), []);
      return;
  }
});
