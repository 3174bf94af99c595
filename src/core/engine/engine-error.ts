/** Why the engine could not answer: a coded error with the path that was asked for. */
export type EngineErrorCode = 'not_found' | 'link_cycle' | 'not_a_table' | 'not_a_knockout';

export class EngineError extends Error {
  constructor(
    readonly code: EngineErrorCode,
    readonly path: readonly string[],
    message: string,
  ) {
    super(message);
  }
}
