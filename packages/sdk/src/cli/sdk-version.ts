import packageJson from '../../package.json' with { type: 'json' };

/** The SDK's version, from its package.json (bundled into the CLI at build time). */
export const SDK_VERSION: string = packageJson.version;
