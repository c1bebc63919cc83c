// Kube Classroom's manifest validator: what kube-apiserver would say about a manifest, where, and why,
// in English and 简体中文. Pure TypeScript: runs unchanged in Node, the browser and Web Workers.
import { SCHEMA } from './schema.ts';

/** The Kubernetes minor release whose OpenAPI definitions the validator checks against, e.g. "1.36". */
export const KUBERNETES_VERSION: string = SCHEMA.kubernetesVersion;
/** The registry package (and version) the definitions were derived from. */
export const SCHEMA_SOURCE: string = SCHEMA.source;

export type { Diagnostic, DocumentResult, Lang, Severity, SourceRange, ValidateObjectOptions, ValidateOptions, ValidationResult } from './types.ts';
export { validateManifest, validateObject } from './validate.ts';
export { firstSyntaxError, validateObjectIssues } from './server.ts';
export { applyDefaults } from './defaults.ts';
export { lessonLink, LESSON_ANCHORS, LESSON_SLUGS } from './lesson-links.ts';
export { formatPath, type Path, type Segment } from './field-path.ts';
// Field documentation lives in './explain.ts' (explain, explainAt), imported separately by the
// editor and kubectl so the validator bundle stays small.
export { apiServerStatus, type ApiStatus } from './api-status.ts';
