/** The viewer's Node side: build `data.json` from a corpus and its gap matrix, write the static site, serve it. */
export { buildViewerData, partLabel, pathLabel, safeUrl, type ViewerDataOptions } from './data.js';
export { writeSite, isSiteBuilt, assetPaths, SITE_FILES } from './site.js';
export { serveSite, resolveRequest, type RunningServer } from './serve.js';
export type * from '../shared/types.js';
