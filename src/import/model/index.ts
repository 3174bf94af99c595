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
export type { ImportedAdjustment } from './imported-adjustment.ts';
export type { AdjustmentsResult } from './adjustments-result.ts';
