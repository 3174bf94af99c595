import type { PersonDoc } from '../definition/index.ts';
import type { ResolvedLineup } from './participants.ts';

/** What a rule needs to know about a line-up: the line-up and the season's people by id. */
export interface RuleInput {
  readonly lineup: ResolvedLineup;
  readonly person: (id: string) => PersonDoc | undefined;
}

/** A rule's findings for one line-up, before the match and the rule are attached. */
export interface RuleFindings {
  readonly violations: readonly RuleFinding[];
  readonly unverifiable: readonly {
    readonly player: string;
    readonly missing: 'person' | 'born' | 'nationality';
  }[];
}

export type RuleFinding =
  | {
      readonly code: 'too_many_older' | 'too_many_foreign_on_pitch' | 'too_many_foreign_in_squad';
      readonly players: readonly string[];
      readonly excess: readonly string[];
      readonly allowed: number;
    }
  | {
      readonly code: 'older_than_allowed';
      readonly player: string;
      readonly born: string;
      readonly limit: string;
    };
