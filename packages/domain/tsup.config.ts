import { createTsupConfig } from '../../tsup.shared.js';

// The package's main entry. The test fixture's entry (`./testing`) is built after it by tsup.testing.config.ts.
export default createTsupConfig();
