/**
 * The views are deeply readonly; the response types hono derives from the zod schemas are not.
 * This identity keeps the structural check between a view and its schema, minus `readonly`.
 */
export type Writable<T> = T extends (infer U)[] | readonly (infer U)[]
  ? Writable<U>[]
  : T extends object
    ? { -readonly [K in keyof T]: Writable<T[K]> }
    : T;

export const writable = <T>(value: T): Writable<T> => value as Writable<T>;
