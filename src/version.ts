import pkg from '../package.json';

/** One version number for the pane, `kaohe --version` and the manifest: package.json's. */
export const version: string = pkg.version;
