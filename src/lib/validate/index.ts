// Kube Classroom's manifest validator: what kube-apiserver would say about a manifest, where, and why,
// in English and 简体中文. Pure TypeScript: runs unchanged in Node, the browser and Web Workers.
export { KUBERNETES_VERSION, SCHEMA_SOURCE } from './schema.ts';

export type { Diagnostic, DocumentResult, Lang, Severity, SourceRange, ValidateObjectOptions, ValidateOptions, ValidationResult } from './types.ts';
export { validateManifest, validateObject } from './validate.ts';
export { validateObjectIssues } from './server.ts';
export { firstSyntaxError } from './syntax.ts';
export { applyDefaults } from './defaults.ts';
export { lessonLink, LESSON_ANCHORS, LESSON_SLUGS } from './lesson-links.ts';
export { formatPath, type Path, type Segment } from './field-path.ts';
// Field documentation lives in './explain.ts' (explain, explainAt), imported separately by the
// editor and kubectl so the validator bundle stays small.
export { apiServerStatus, type ApiStatus } from './api-status.ts';
