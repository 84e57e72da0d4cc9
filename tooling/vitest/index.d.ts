import type { ViteUserConfig } from 'vitest/config';

export declare const pureConfig: ViteUserConfig;
export declare const databaseConfig: ViteUserConfig;
export declare const apiServerConfig: ViteUserConfig;
