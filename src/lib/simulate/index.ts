/**
 * The what-if simulator's pure part: a scenario's figures (recompute), its rank among the
 * peers' published values (rank), the cheapest path to a target (cheapest), the scenario in
 * the address (address) and its CSV (export). No engine: the page computes in the browser
 * from the methodology data the build wrote.
 */
export * from './recompute';
export * from './rank';
export * from './cheapest';
export * from './address';
export * from './export';
export * from './links';
export * from './imported';
