export type { ImportedMatch } from './imported-match.ts';
export type { Refusal, RefusalReason } from './refusal.ts';
export type { DataIssue, DataIssueCode, DataIssueSeverity } from './data-issue.ts';
export type {
  PublishedTable,
  PublishedStanding,
  PublishedWithdrawal,
  PublishedAdjustmentNote,
} from './published-table.ts';
export type { ImportResult, IgnoredKind, ProgressCallback } from './import-result.ts';
