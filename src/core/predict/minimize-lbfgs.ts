/**
 * A function to minimise and its gradient: `evaluate(x, gradient)` writes ∂f/∂x into `gradient`
 * and returns f(x). A non-finite value means "outside the domain" and makes the line search
 * step back.
 */
export type Objective = (x: Float64Array, gradient: Float64Array) => number;

export interface MinimizeOptions {
  readonly maxIterations?: number;
  /** Stop when the largest gradient component is below this. */
  readonly gradientTolerance?: number;
  /** How many past steps approximate the inverse Hessian. */
  readonly memory?: number;
}

export interface MinimizeResult {
  readonly x: Float64Array;
  readonly value: number;
  readonly iterations: number;
  readonly converged: boolean;
}

/**
 * Limited-memory BFGS (Nocedal & Wright, Numerical Optimization, algorithm 7.4 and 7.5) with a
 * backtracking line search on the Armijo condition; a pair is kept only when its curvature
 * sᵀy is positive, so the approximation stays positive definite. Small and deterministic: a
 * Dixon–Coles likelihood has a few dozen parameters and a smooth, nearly quadratic surface, so
 * the full machinery of a Wolfe line search buys nothing measurable here.
 */
export function minimizeLbfgs(
  f: Objective,
  start: Float64Array,
  options: MinimizeOptions = {},
): MinimizeResult {
  const n = start.length;
  const maxIterations = options.maxIterations ?? 500;
  const tolerance = options.gradientTolerance ?? 1e-6;
  const m = options.memory ?? 8;
  const x = Float64Array.from(start);
  const g = new Float64Array(n);
  let value = f(x, g);
  if (!Number.isFinite(value)) throw new RangeError('the objective is not finite at the starting point');
  const s: Float64Array[] = [];
  const y: Float64Array[] = [];
  const rho: number[] = [];
  const alpha = new Float64Array(m);
  const d = new Float64Array(n);
  const xNew = new Float64Array(n);
  const gNew = new Float64Array(n);
  let iterations = 0;
  while (iterations < maxIterations) {
    if (maxAbs(g) < tolerance) return { x, value, iterations, converged: true };
    iterations++;
    direction(g, s, y, rho, alpha, d);
    let slope = dot(g, d);
    if (slope >= 0) {
      // Not a descent direction (can happen after a poor curvature pair): restart from −g.
      s.length = y.length = rho.length = 0;
      for (let i = 0; i < n; i++) d[i] = -g[i]!;
      slope = dot(g, d);
    }
    let step = s.length === 0 ? Math.min(1, 1 / Math.max(1e-12, Math.sqrt(dot(g, g)))) : 1;
    let next = Number.NaN;
    for (let tries = 0; tries < 60; tries++) {
      for (let i = 0; i < n; i++) xNew[i] = x[i]! + step * d[i]!;
      next = f(xNew, gNew);
      if (Number.isFinite(next) && next <= value + 1e-4 * step * slope) break;
      step *= 0.5;
    }
    if (!Number.isFinite(next) || next > value) return { x, value, iterations, converged: false };
    const sk = new Float64Array(n);
    const yk = new Float64Array(n);
    for (let i = 0; i < n; i++) {
      sk[i] = xNew[i]! - x[i]!;
      yk[i] = gNew[i]! - g[i]!;
    }
    const sy = dot(sk, yk);
    if (sy > 1e-12) {
      if (s.length === m) {
        s.shift();
        y.shift();
        rho.shift();
      }
      s.push(sk);
      y.push(yk);
      rho.push(1 / sy);
    }
    const improvement = value - next;
    x.set(xNew);
    g.set(gNew);
    value = next;
    if (improvement <= 1e-13 * Math.max(1, Math.abs(value))) return { x, value, iterations, converged: true };
  }
  return { x, value, iterations, converged: maxAbs(g) < tolerance };
}

/** The two-loop recursion: d = −H·g with H built from the stored pairs. */
function direction(
  g: Float64Array,
  s: readonly Float64Array[],
  y: readonly Float64Array[],
  rho: readonly number[],
  alpha: Float64Array,
  d: Float64Array,
): void {
  const n = g.length;
  for (let i = 0; i < n; i++) d[i] = -g[i]!;
  const k = s.length;
  for (let j = k - 1; j >= 0; j--) {
    const a = rho[j]! * dot(s[j]!, d);
    alpha[j] = a;
    axpy(-a, y[j]!, d);
  }
  if (k > 0) {
    const last = k - 1;
    const gamma = dot(s[last]!, y[last]!) / dot(y[last]!, y[last]!);
    for (let i = 0; i < n; i++) d[i] = d[i]! * gamma;
  }
  for (let j = 0; j < k; j++) {
    const b = rho[j]! * dot(y[j]!, d);
    axpy(alpha[j]! - b, s[j]!, d);
  }
}

function dot(a: Float64Array, b: Float64Array): number {
  let sum = 0;
  for (let i = 0; i < a.length; i++) sum += a[i]! * b[i]!;
  return sum;
}

function axpy(a: number, x: Float64Array, y: Float64Array): void {
  for (let i = 0; i < y.length; i++) y[i] = y[i]! + a * x[i]!;
}

function maxAbs(a: Float64Array): number {
  let max = 0;
  for (let i = 0; i < a.length; i++) max = Math.max(max, Math.abs(a[i]!));
  return max;
}
