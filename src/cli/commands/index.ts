import type { Command } from 'commander';
import type { CommandContext } from '../context.ts';
// `<season>` may be a season id in the database: registers that resolver.
import '../database-seasons.ts';
import { registerArticle } from './article.ts';
import { registerBacktest } from './backtest.ts';
import { registerBracket } from './bracket.ts';
import { registerCorrect } from './correct.ts';
import { registerDraw } from './draw.ts';
import { registerExport } from './export.ts';
import { registerFixtures } from './fixtures.ts';
import { registerHistory } from './history.ts';
import { registerImport } from './import.ts';
import { registerInit } from './init.ts';
import { registerLoad } from './load.ts';
import { registerPredict } from './predict.ts';
import { registerRecord } from './record.ts';
import { registerSeason } from './season.ts';
import { registerServe } from './serve.ts';
import { registerShow } from './show.ts';
import { registerSimulate } from './simulate.ts';
import { registerSummary } from './summary.ts';
import { registerSuspensions } from './suspensions.ts';
import { registerTable } from './table.ts';
import { registerToken } from './token.ts';
import { registerValidate } from './validate.ts';

/** Every command of `torneo`, one file each; a new command adds one line here. */
const COMMANDS: readonly ((program: Command, ctx: CommandContext) => void)[] = [
  registerValidate,
  registerShow,
  registerTable,
  registerSummary,
  registerSuspensions,
  registerBracket,
  registerLoad,
  registerExport,
  registerRecord,
  registerCorrect,
  registerHistory,
  registerInit,
  registerSeason,
  registerImport,
  registerServe,
  registerToken,
  registerFixtures,
  registerDraw,
  registerArticle,
  registerPredict,
  registerBacktest,
  registerSimulate,
];

export function registerCommands(program: Command, ctx: CommandContext): void {
  for (const register of COMMANDS) register(program, ctx);
}
