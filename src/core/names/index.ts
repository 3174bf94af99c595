export { foldName, editDistance, suggest } from './suggest.ts';
export {
  createNameIndex,
  resolveName,
  suggestNames,
  type AliasTable,
  type NameIndex,
  type NameMatch,
} from './name-index.ts';
