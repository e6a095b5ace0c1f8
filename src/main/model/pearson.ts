/** Pearson correlation of two equal-length samples; null with fewer than 3 points or no spread. */
export function pearson(u: ArrayLike<number>, v: ArrayLike<number>): number | null {
  const n = u.length;
  if (n < 3 || v.length !== n) return null;
  let mu = 0;
  let mv = 0;
  for (let i = 0; i < n; i += 1) {
    mu += u[i];
    mv += v[i];
  }
  mu /= n;
  mv /= n;
  let suv = 0;
  let suu = 0;
  let svv = 0;
  for (let i = 0; i < n; i += 1) {
    const du = u[i] - mu;
    const dv = v[i] - mv;
    suv += du * dv;
    suu += du * du;
    svv += dv * dv;
  }
  return suu > 0 && svv > 0 ? suv / Math.sqrt(suu * svv) : null;
}
