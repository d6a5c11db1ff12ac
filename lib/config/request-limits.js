// Plain JavaScript, so that next.config.js can import it as well as the TypeScript code.

/**
 * The largest request body the application takes, in bytes: REST bodies (app/api/_lib/route.ts),
 * server actions (next.config.js `experimental.serverActions.bodySizeLimit`) and, through proxy.ts,
 * every other path a client may post to.
 */
export const MAX_BODY_BYTES = 1024 * 1024;
