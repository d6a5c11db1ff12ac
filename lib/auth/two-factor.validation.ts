import { z } from "zod";
import { errorCode } from "../errors/schema-message";

/** A TOTP code as typed: six digits, spaces allowed (authenticator apps show "123 456"). */
export const totpCodeSchema = z
  .string(errorCode("validation.totp_code"))
  .transform((v) => v.replace(/\s+/g, ""))
  .pipe(z.string().regex(/^\d{6}$/, errorCode("validation.totp_code")));

/** A backup code as better-auth writes it (e.g. "aB3dE-fG7hJ"): letters, digits and one dash. */
export const backupCodeSchema = z
  .string(errorCode("validation.backup_code"))
  .trim()
  .regex(/^[A-Za-z0-9]{5}-?[A-Za-z0-9]{5}$/, errorCode("validation.backup_code"));
