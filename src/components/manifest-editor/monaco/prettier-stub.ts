// Stands in for Prettier inside monaco-yaml's worker (see the alias in astro.config.mjs). monaco-yaml is
// configured with `format: { enable: false }`, so this is never called; formatting goes through the
// validator worker's YAML library, the same for the Monaco and the plain-text editor.
export function format(): never {
	throw new Error('Prettier is not bundled: Kube Classroom formats YAML in its validator worker.');
}
