/** The error body every endpoint returns: see `errorBody` in lib/errors. */
export type { ErrorBody as ApiErrorBody, FieldProblem } from "../errors";
export { zodProblems } from "../errors/zod-problems";
