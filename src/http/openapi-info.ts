/** The head of the OpenAPI document served at /openapi.json. */
export const OPENAPI_INFO = {
  openapi: '3.1.0',
  info: {
    title: 'Torneo',
    version: '0.1.0',
    description:
      'Seasons, competitions, tables, fixtures, brackets, matches and the fact log of football competitions run by their regulations. ' +
      'Reads are public and carry ETags; writes need a Bearer token with a role (admin, recorder) on the competition, and are rate-limited per token. ' +
      'A fact nobody recorded is absent (unknown), never zero.',
  },
  tags: [
    { name: 'seasons' },
    { name: 'competitions' },
    { name: 'tables' },
    { name: 'matches' },
    { name: 'forecasts', description: 'predictions and season simulations' },
    { name: 'facts', description: 'the append-only fact log: record and correct' },
    { name: 'live', description: 'Server-Sent Events' },
  ],
} as const;
