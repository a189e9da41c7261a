// The dashboard's aggregates (prisma/models.prisma: ValueAggregate, CountAggregate,
// PairingAreaMonth). No "server-only" marker: the seed, the scripts and the tests use them too.
export { aggregateState, aggregateStates, type AggregateState } from "./state";
export { applyActivityChange, applyActivityChanges } from "./apply";
export { rebuildAggregates } from "./rebuild";
