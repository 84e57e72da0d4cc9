/** A date as a person reads it in a message, in UTC so every reader gets the same words. */
export const when = (date: Date): string =>
  `${date.toISOString().slice(0, 16).replace('T', ' ')} UTC`;
