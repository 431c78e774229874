/** The viewer's Node side: build `data.json` from a corpus and its gap matrix, write the static site, serve it. */
export { buildSite, buildViewerData, safeUrl, type ViewerDataOptions } from './data.js';
export { matrixDownloads, type SiteFile } from './downloads.js';
export { writeSite, isSiteBuilt, builtCorpusVersion, assetPaths, SITE_FILES } from './site.js';
export { serveSite, resolveRequest, type RunningServer } from './serve.js';
export type * from '../shared/types.js';
