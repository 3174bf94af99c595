// Writes the JSON Schemas for editors from the zod schema (the single source of truth):
// - schema/season.schema.json: one file holding a whole season;
// - schema/season-part.schema.json: one file of a season folder (every section optional,
//   or a single `competition:`). YAML language servers read `# yaml-language-server: $schema=…`.
import { writeFileSync } from 'node:fs';
import { z } from 'zod';
import { CompetitionSchema, SeasonSchema } from '../src/core/definition/index.ts';

const write = (name: string, title: string, schema: z.ZodType) => {
  const json = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any', target: 'draft-2020-12' });
  const doc = { $id: `https://torneo.invalid/schema/${name}`, title, ...json };
  writeFileSync(new URL(`../schema/${name}`, import.meta.url), `${JSON.stringify(doc, null, 2)}\n`);
  console.log(`wrote schema/${name}`);
};

write('season.schema.json', 'Torneo season definition', SeasonSchema);
write(
  'season-part.schema.json',
  'Torneo season definition: one file of a season folder',
  SeasonSchema.partial().extend({ competition: CompetitionSchema.optional() }),
);
