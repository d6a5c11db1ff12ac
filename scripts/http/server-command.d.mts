export declare const DEFAULT_HEAP_LIMIT_MB: number;
/** `[executable, arguments]` of the production server, for `spawn`. */
export declare function serverCommand(env?: Record<string, string | undefined>): [string, string[]];
/** `[executable, arguments]` of the production build (webpack), for `spawn`. */
export declare function buildCommand(): [string, string[]];
