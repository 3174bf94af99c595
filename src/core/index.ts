export * from "./model/index.ts";
export * from "./knockout/index.ts";
