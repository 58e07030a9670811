/**
 * Where an intervention's money comes from: EU cohesion funds 2021-27, Next Generation EU through
 * the PNRR, the State, the Regione Toscana, the two local promoters (Provincia di Lucca, Camera di
 * Commercio) and private parties. The order is the one the plan's tables use.
 */
export const FUNDING_SOURCES = [
  'EU_COHESION',
  'NGEU_PNRR',
  'NATIONAL',
  'REGIONAL',
  'PROVINCIA',
  'CAMERA',
  'PRIVATE',
] as const;
export type FundingSource = (typeof FUNDING_SOURCES)[number];

export function isFundingSource(value: string): value is FundingSource {
  return (FUNDING_SOURCES as readonly string[]).includes(value);
}
