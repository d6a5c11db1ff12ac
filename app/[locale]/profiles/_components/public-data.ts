import "server-only";
import { AppError } from "@/lib/errors";

/** A public read that is "not published" becomes the page's 404; anything else is a real error. */
export async function orNotPublished<T>(read: Promise<T>): Promise<T | null> {
  try {
    return await read;
  } catch (error) {
    if (error instanceof AppError && error.status === 404) return null;
    throw error;
  }
}
