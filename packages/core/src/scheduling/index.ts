export * from './active-hours.js';
export * from './choose-provider.js';
export * from './decision.js';
export * from './filter-candidates.js';
export * from './model-redirect.js';
export * from './weighted-pick.js';
export * from './retry-budget.js';
export * from './explain-no-candidate.js';
