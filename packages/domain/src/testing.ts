// @signpost-uk/domain/testing: a small, controlled dataset for tests, in this package and in the apps that use it.
// Test data only: the main entry never imports this file, so it adds nothing to what the SDK bundles.

export { fixtureDataset } from './testing/fixture-dataset.js';
export { fixtureInput } from './testing/fixture-input.js';
