/**
 * The astronomy behind the lunar calendar: instants of new moons and the Sun's apparent longitude.
 * Formulas from Jean Meeus, "Astronomical Algorithms" (2nd ed., 1998): ch. 49 (new moons, all periodic and planetary
 * terms, accurate to well under a minute for 1900–2200), ch. 25 (solar coordinates) and the Espenak–Meeus
 * polynomials for ΔT = TT − UT. Julian days (JD) here are astronomical: they start at noon UT.
 */
const RAD = Math.PI / 180;
const sin = (deg: number): number => Math.sin(deg * RAD);
/** Julian day of 1970-01-01T00:00 UT. */
export const JD_UNIX_EPOCH = 2_440_587.5;

/** ΔT = TT − UT in seconds for a decimal year (Espenak & Meeus 2006, NASA eclipse pages; valid 1900–2200). */
export function deltaTSeconds(year: number): number {
  if (year < 1920) {
    const t = year - 1900;
    return -2.79 + 1.494119 * t - 0.0598939 * t ** 2 + 0.0061966 * t ** 3 - 0.000197 * t ** 4;
  }
  if (year < 1941) {
    const t = year - 1920;
    return 21.2 + 0.84493 * t - 0.0761 * t ** 2 + 0.0020936 * t ** 3;
  }
  if (year < 1961) {
    const t = year - 1950;
    return 29.07 + 0.407 * t - t ** 2 / 233 + t ** 3 / 2547;
  }
  if (year < 1986) {
    const t = year - 1975;
    return 45.45 + 1.067 * t - t ** 2 / 260 - t ** 3 / 718;
  }
  if (year < 2005) {
    const t = year - 2000;
    return 63.86 + 0.3345 * t - 0.060374 * t ** 2 + 0.0017275 * t ** 3 + 0.000651814 * t ** 4 + 0.00002373599 * t ** 5;
  }
  if (year < 2050) {
    const t = year - 2000;
    return 62.92 + 0.32217 * t + 0.005589 * t ** 2;
  }
  const u = (year - 1820) / 100;
  return year < 2150 ? -20 + 32 * u * u - 0.5628 * (2150 - year) : -20 + 32 * u * u;
}

const yearOfJd = (jd: number): number => 2000 + (jd - 2_451_545) / 365.25;

/** Converts a JD in Terrestrial Time to Universal Time. */
export function ttToUt(jde: number): number {
  return jde - deltaTSeconds(yearOfJd(jde)) / 86_400;
}

/** Converts a JD in Universal Time to Terrestrial Time. */
export function utToTt(jd: number): number {
  return jd + deltaTSeconds(yearOfJd(jd)) / 86_400;
}

// Meeus table 49.A, new moon column: [coefficient, power of E, M, M', F, Ω] for coefficient·E^p·sin(aM + bM' + cF + dΩ).
const NEW_MOON_TERMS: ReadonlyArray<readonly [number, number, number, number, number, number]> = [
  [-0.4072, 0, 0, 1, 0, 0], [0.17241, 1, 1, 0, 0, 0], [0.01608, 0, 0, 2, 0, 0], [0.01039, 0, 0, 0, 2, 0],
  [0.00739, 1, -1, 1, 0, 0], [-0.00514, 1, 1, 1, 0, 0], [0.00208, 2, 2, 0, 0, 0], [-0.00111, 0, 0, 1, -2, 0],
  [-0.00057, 0, 0, 1, 2, 0], [0.00056, 1, 1, 2, 0, 0], [-0.00042, 0, 0, 3, 0, 0], [0.00042, 1, 1, 0, 2, 0],
  [0.00038, 1, 1, 0, -2, 0], [-0.00024, 1, -1, 2, 0, 0], [-0.00017, 0, 0, 0, 0, 1], [-0.00007, 0, 2, 1, 0, 0],
  [0.00004, 0, 0, 2, -2, 0], [0.00004, 0, 3, 0, 0, 0], [0.00003, 0, 1, 1, -2, 0], [0.00003, 0, 0, 2, 2, 0],
  [-0.00003, 0, 1, 1, 2, 0], [0.00003, 0, -1, 1, 2, 0], [-0.00002, 0, -1, 1, -2, 0], [-0.00002, 0, 1, 3, 0, 0],
  [0.00002, 0, 0, 4, 0, 0],
];
// Meeus 49, planetary arguments A1…A14: [constant, rate per lunation, coefficient].
const PLANETARY_TERMS: ReadonlyArray<readonly [number, number, number]> = [
  [299.77, 0.107408, 0.000325], [251.88, 0.016321, 0.000165], [251.83, 26.651886, 0.000164],
  [349.42, 36.412478, 0.000126], [84.66, 18.206239, 0.00011], [141.74, 53.303771, 0.000062],
  [207.14, 2.453732, 0.00006], [154.84, 7.30686, 0.000056], [34.52, 27.261239, 0.000047],
  [207.19, 0.121824, 0.000042], [291.34, 1.844379, 0.00004], [161.72, 24.198154, 0.000037],
  [239.56, 25.513099, 0.000035], [331.55, 3.592518, 0.000023],
];

/** JD (Universal Time) of new moon number `k` (k = 0 is the new moon of 2000-01-06; Meeus eq. 49.1 and 49.A). */
export function newMoonJdUt(k: number): number {
  const t = k / 1236.85;
  let jde = 2_451_550.09766 + 29.530588861 * k + 0.00015437 * t ** 2 - 0.00000015 * t ** 3 + 0.00000000073 * t ** 4;
  const e = 1 - 0.002516 * t - 0.0000074 * t ** 2;
  const m = 2.5534 + 29.1053567 * k - 0.0000014 * t ** 2 - 0.00000011 * t ** 3;
  const mp = 201.5643 + 385.81693528 * k + 0.0107582 * t ** 2 + 0.00001238 * t ** 3 - 0.000000058 * t ** 4;
  const f = 160.7108 + 390.67050284 * k - 0.0016118 * t ** 2 - 0.00000227 * t ** 3 + 0.000000011 * t ** 4;
  const om = 124.7746 - 1.56375588 * k + 0.0020672 * t ** 2 + 0.00000215 * t ** 3;
  for (const [c, pe, a, b, cf, d] of NEW_MOON_TERMS) jde += c * e ** pe * sin(a * m + b * mp + cf * f + d * om);
  jde += PLANETARY_TERMS[0][2] * sin(PLANETARY_TERMS[0][0] + PLANETARY_TERMS[0][1] * k - 0.009173 * t ** 2);
  for (let i = 1; i < PLANETARY_TERMS.length; i++) {
    const [a0, rate, c] = PLANETARY_TERMS[i];
    jde += c * sin(a0 + rate * k);
  }
  return ttToUt(jde);
}

/** Number of the last new moon at or before a JD (UT). */
export function newMoonIndexBefore(jdUt: number): number {
  let k = Math.floor((jdUt - 2_451_550.09766) / 29.530588861);
  while (newMoonJdUt(k + 1) <= jdUt) k++;
  while (newMoonJdUt(k) > jdUt) k--;
  return k;
}

/** Apparent geocentric longitude of the Sun in degrees [0, 360) at a JD in Universal Time (Meeus ch. 25). */
export function sunLongitude(jdUt: number): number {
  const t = (utToTt(jdUt) - 2_451_545) / 36_525;
  const l0 = 280.46646 + 36_000.76983 * t + 0.0003032 * t * t;
  const m = 357.52911 + 35_999.05029 * t - 0.0001537 * t * t;
  const c = (1.914602 - 0.004817 * t - 0.000014 * t * t) * sin(m)
    + (0.019993 - 0.000101 * t) * sin(2 * m)
    + 0.000289 * sin(3 * m);
  const omega = 125.04 - 1934.136 * t;
  const lambda = l0 + c - 0.00569 - 0.00478 * sin(omega);
  return ((lambda % 360) + 360) % 360;
}
