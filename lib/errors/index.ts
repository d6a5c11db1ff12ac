export * from "./app-error";
export {
  errorBody,
  errorMessage,
  fieldErrorsOf,
  isErrorCode,
  parseOrThrow,
  zodErrorMap,
  zodProblems,
} from "./localize";
export type { ErrorBody } from "./localize";
export { errorCode, parseCodedMessage } from "./schema-message";
