// The Kubernetes release whose API the validator checks: generated/schema.json's `kubernetesVersion`
// (a unit test keeps the two equal). Its own module, so the simulated cluster can say which version it
// runs without loading the schema.
export const KUBERNETES_VERSION = '1.36';
