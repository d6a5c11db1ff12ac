export * from "./reference";
export * from "./auth";
export * from "./assessments";
export * from "./plans";
export * from "./evidence";
export * from "./mail";
export * from "./api-tokens";
export * from "./publication";
