/**
 * The TOTP secret (base32) of the demo BDT accounts (admin@ and analyst@example.org): published in the
 * README so that a person trying the demo can add it to an authenticator app. Demo data only: an
 * account created by an administrator enrols with its own random secret.
 */
export const DEMO_TOTP_SECRET = "RES45READINESSDEMOTOTPSECRETKEYS";
