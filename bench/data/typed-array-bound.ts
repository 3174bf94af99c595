/**
 * The practical lower bound the issue sets: one pass accumulating P W D L GF GA Pts into
 * Int32Arrays, then a sort on points, goal difference and goals scored. No head-to-head, no
 * objects: what a table costs at the least on this machine.
 */
export function typedArrayTable(
  teamCount: number,
  home: Int32Array,
  away: Int32Array,
  homeGoals: Int32Array,
  awayGoals: Int32Array,
): Int32Array {
  const played = new Int32Array(teamCount);
  const won = new Int32Array(teamCount);
  const drawn = new Int32Array(teamCount);
  const lost = new Int32Array(teamCount);
  const gf = new Int32Array(teamCount);
  const ga = new Int32Array(teamCount);
  const pts = new Int32Array(teamCount);
  for (let i = 0; i < home.length; i++) {
    const h = home[i]!;
    const a = away[i]!;
    const hg = homeGoals[i]!;
    const ag = awayGoals[i]!;
    played[h]!++;
    played[a]!++;
    gf[h]! += hg;
    ga[h]! += ag;
    gf[a]! += ag;
    ga[a]! += hg;
    if (hg > ag) {
      won[h]!++;
      lost[a]!++;
      pts[h]! += 3;
    } else if (hg < ag) {
      won[a]!++;
      lost[h]!++;
      pts[a]! += 3;
    } else {
      drawn[h]!++;
      drawn[a]!++;
      pts[h]! += 1;
      pts[a]! += 1;
    }
  }
  const order = new Int32Array(teamCount);
  for (let i = 0; i < teamCount; i++) order[i] = i;
  return order.sort((x, y) => pts[y]! - pts[x]! || gf[y]! - ga[y]! - (gf[x]! - ga[x]!) || gf[y]! - gf[x]!);
}
