/** The sub-path the second test build is made for (`npm run test:e2e` passes it as BASE). */
export const SUBPATH_BASE = '/kube-classroom/';
/** Where that build goes (passed as OUT_DIR). */
export const SUBPATH_OUT_DIR = './dist-subpath/';
