import "server-only";
import compile from "icu-minify/compile";

type MessageTree = { [key: string]: string | MessageTree };
type CompiledTree = { [key: string]: ReturnType<typeof compile> | CompiledTree };

/**
 * The catalogue with each ICU message parsed once on the server (icu-minify, as next-intl's own precompilation
 * does). next.config.js points `use-intl/format-message` at its format-only build, so neither the server nor the
 * browser parses a message per render, and the parser never reaches the browser's bundle.
 */
export function compileMessages(tree: MessageTree, path = ""): CompiledTree {
  const compiled: CompiledTree = {};
  for (const [key, value] of Object.entries(tree)) {
    if (typeof value !== "string") {
      compiled[key] = compileMessages(value, `${path}${key}.`);
      continue;
    }
    try {
      // icu-minify builds a plural's branches on null-prototype objects, which React refuses to pass to the
      // browser's components; JSON gives plain ones.
      compiled[key] = JSON.parse(JSON.stringify(compile(value))) as ReturnType<typeof compile>;
    } catch (error) {
      throw new Error(`The message ${path}${key} is not valid ICU: ${(error as Error).message}`, { cause: error });
    }
  }
  return compiled;
}
