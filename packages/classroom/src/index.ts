export * from './attempts/index.ts';
export * from './exchange/index.ts';
export * from './gradebook/index.ts';
export * from './questions/index.ts';
export * from './rules/index.ts';
export * from './sets/index.ts';
export * from './statistics/index.ts';
