// The one typed application error (modelled on Documenso's AppError). Modules and routes throw it
// (`throw notFound()`) and stay free of HTTP; the server maps it once, in app/utils/app-error-responses.server.ts,
// to 404/403/409/400: the route's error page for documents, a JSON error for /api/*.
import type { MessageKey } from "~/i18n/translate";

export const APP_ERROR_STATUS = {
  NOT_FOUND: 404,
  FORBIDDEN: 403,
  CONFLICT: 409,
  BAD_REQUEST: 400,
} as const;

export type AppErrorCode = keyof typeof APP_ERROR_STATUS;

export interface AppErrorOptions {
  /** What the user reads on the error page instead of the status's general text. */
  userMessage?: MessageKey;
  /** For logs and tests only; never shown. */
  message?: string;
  cause?: unknown;
}

export class AppError extends Error {
  override readonly name = "AppError";
  readonly code: AppErrorCode;
  readonly userMessage: MessageKey | undefined;

  constructor(code: AppErrorCode, options: AppErrorOptions = {}) {
    super(options.message ?? code, { cause: options.cause });
    this.code = code;
    this.userMessage = options.userMessage;
  }
}

/**
 * True for an AppError, also one made by another copy of this module (the development server
 * loads the app through Vite, the HTTP server through Node), so not `instanceof` alone.
 */
export function isAppError(value: unknown): value is AppError {
  if (value instanceof AppError) return true;
  if (!(value instanceof Error) || value.name !== "AppError") return false;
  const code = (value as { code?: unknown }).code;
  return typeof code === "string" && Object.prototype.hasOwnProperty.call(APP_ERROR_STATUS, code);
}

/** The HTTP status an AppError answers with. */
export function appErrorStatus(error: AppError): number {
  return APP_ERROR_STATUS[error.code];
}

/** The record is missing, or the caller may not know it exists. */
export function notFound(userMessage?: MessageKey): AppError {
  return new AppError("NOT_FOUND", { userMessage });
}

/** The caller is known but may not do this. */
export function forbidden(userMessage?: MessageKey): AppError {
  return new AppError("FORBIDDEN", { userMessage });
}

/** The record's state does not allow this now (e.g. it changed since the page was read). */
export function conflict(userMessage?: MessageKey): AppError {
  return new AppError("CONFLICT", { userMessage });
}

/** The request itself cannot be handled (forms answer field errors through FormResult instead). */
export function badRequest(userMessage?: MessageKey): AppError {
  return new AppError("BAD_REQUEST", { userMessage });
}
