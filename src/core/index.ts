export * from "./model/index.ts";
export * from "./knockout/index.ts";
export * from "./random/index.ts";
export * from "./fixtures/index.ts";
export * from "./draw/index.ts";
export * from "./pyramid/index.ts";
export * from "./standings/index.ts";
export * from "./tiebreakers/index.ts";
