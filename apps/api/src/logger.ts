import type { ErrorCode } from '@attest/errors';
import { GraphQLError } from 'graphql';
import { isDatabaseUnavailable } from './database-outage.ts';
import { maskApiError } from './mask-error.ts';
import { requestScope } from './request-scope.ts';

export type LogLevel = 'debug' | 'info' | 'warn' | 'error';
const ORDER: Record<LogLevel, number> = { debug: 0, info: 1, warn: 2, error: 3 };

export interface Logger {
  debug(...args: unknown[]): void;
  info(...args: unknown[]): void;
  warn(...args: unknown[]): void;
  error(...args: unknown[]): void;
}

export interface LoggerOptions {
  /** Lines below this level are dropped. */
  level?: LogLevel;
  /** Where a finished line goes (tests collect them). */
  write?: (level: LogLevel, line: string) => void;
}

const toConsole = (level: LogLevel, line: string) =>
  level === 'error' || level === 'warn' ? console.error(line) : console.log(line);

const text = (arg: unknown) =>
  arg instanceof Error ? arg.message : typeof arg === 'string' ? arg : JSON.stringify(arg);

/** Prisma's messages quote the calling source; the cause is on their last line. */
const lastLine = (error: unknown) =>
  text(error)
    .split('\n')
    .filter((line) => line.trim())
    .at(-1) ?? '';

/**
 * One line per event, with the time, level and request id. Yoga hands every error it masks or
 * rewrites to `error`; most are the client's mistakes (bad IDs, limits), which are logged at
 * info as one line without a stack, and an unavailable database at warn. Only the unexpected
 * is an error, with its stack, since that is what someone must fix.
 */
export function createLogger({ level = 'info', write = toConsole }: LoggerOptions = {}): Logger {
  const log = (at: LogLevel, args: unknown[], stack?: string) => {
    if (ORDER[at] < ORDER[level]) return;
    const id = requestScope.getStore()?.id ?? '-';
    const message = args
      .map(text)
      .join(' ')
      .replace(/\s*\n\s*/g, ' ');
    write(
      at,
      `${new Date().toISOString()} ${at.toUpperCase()} ${id} ${message}${stack ? `\n${stack}` : ''}`,
    );
  };
  return {
    debug: (...args) => log('debug', args),
    info: (...args) => log('info', args),
    warn: (...args) => log('warn', args),
    error: (...args) => {
      const [first] = args;
      if (isDatabaseUnavailable(first))
        return log('warn', ['database unavailable:', lastLine(first)]);
      if (isClientMistake(first)) return log('info', ['client error:', ...args]);
      const stack = first instanceof Error ? first.stack : undefined;
      log('error', args, stack?.split('\n').slice(1).join('\n'));
    },
  };
}

/** What masking shows the client with a code of its own (not INTERNAL_SERVER_ERROR). */
function isClientMistake(error: unknown): boolean {
  const shown = maskApiError(error, 'Unexpected error.');
  return (
    shown instanceof GraphQLError &&
    shown.extensions.code !== ('INTERNAL_SERVER_ERROR' satisfies ErrorCode)
  );
}
