export { Cluster, createCluster, DEFAULT_START_TIME, type ClusterOptions, type ClusterSnapshot, type NodeOptions, type SnapshotOptions } from './cluster.ts';
export { APP_CATALOGUE, type AppProfile } from './apps.ts';
export type { AdmitHook, AdmitResult } from './admission.ts';
export { admitAll } from './admission.ts';
export { ApiError } from './errors.ts';
export type * from './types.ts';
