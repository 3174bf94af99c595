/** engsoccerdata's `Season` is the starting year: 1888 is the 1888/89 season, 1999 is 1999/00. */
export const seasonLabel = (startYear: number): string =>
  `${startYear}/${String((startYear + 1) % 100).padStart(2, '0')}`;
