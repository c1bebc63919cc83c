// Derives the validator's schema and field documentation from the `kubernetes-models` package.
//
// The package is generated from the upstream Kubernetes OpenAPI definitions and ships them in two
// forms: TypeScript declarations (field names, required fields, enums, nesting and the upstream
// descriptions as JSDoc) and precompiled JSON-schema validators (integer formats, base64 `byte`
// fields). This script reads both and writes three committed JSON files:
//   src/lib/validate/generated/schema.json          the kinds the course teaches: structure only (what the
//                                                   validator and the simulated API server import), one
//                                                   line per definition (src/lib/validate/schema-format.ts)
//   src/lib/validate/generated/builtin-schema.json  every other built-in kind of a GA API version, the
//                                                   definitions schema.json lacks (manifests only: validate.ts)
//   src/lib/validate/generated/field-docs.json      descriptions of the course's kinds (hovers and
//                                                   `kubectl explain`, loaded apart)
// They are committed rather than produced by a `prebuild` hook so that the browser bundle, the CLI
// (`node src/cli/validate.ts`, no build step) and the tests all read the same reviewed file, and an
// upgrade of the package shows up as a readable diff. tests/unit/validate/generated.test.ts fails when
// the committed files drift from what this script produces.
//
// Run: npm run generate:k8s-schema
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import ts from 'typescript';
import { storeSchema } from '../lib/validate/schema-format.ts';
import type { Definition, FieldType, GeneratedDocs, GeneratedSchema } from '../lib/validate/schema-types.ts';

/** The package version this schema was generated from, and the Kubernetes release it tracks
 * (its changelog: "Update to Kubernetes v1.36.0"; `PodSpec.schedulingGroup`, new in 1.36, is present). */
export const PINNED = { package: 'kubernetes-models', version: '5.1.0', kubernetesVersion: '1.36' };

/** The kinds the course teaches, as `apiVersion/kind` → declaration file inside the package. */
const ROOT_KINDS: Record<string, string> = {
	'v1/Pod': 'v1/Pod.d.ts',
	'v1/ReplicationController': 'v1/ReplicationController.d.ts',
	'v1/Service': 'v1/Service.d.ts',
	'apps/v1/ReplicaSet': 'apps/v1/ReplicaSet.d.ts',
	'apps/v1/Deployment': 'apps/v1/Deployment.d.ts',
};

export type { FieldType, Definition, GeneratedSchema, GeneratedDocs };

const here = dirname(fileURLToPath(import.meta.url));
const repoRoot = join(here, '../..');
const require = createRequire(join(repoRoot, 'package.json'));
const modelsRoot = dirname(require.resolve('kubernetes-models/package.json'));
const machineryRoot = dirname(require.resolve('@kubernetes-models/apimachinery/package.json'));

/** Upstream definition id (`io.k8s.api.core.v1.Container`) from a declaration file's place in the packages. */
function definitionId(file: string, interfaceName: string): string {
	const name = interfaceName.replace(/^I/, '');
	const inMachinery = relative(machineryRoot, file);
	if (!inMachinery.startsWith('..')) {
		const dir = dirname(inMachinery).split(sep).join('.');
		return `io.k8s.apimachinery.pkg.${dir}.${name}`;
	}
	const parts = dirname(relative(modelsRoot, file)).split(sep);
	const [group, version] = parts.length === 1 ? ['core', parts[0]] : [parts[0]!.split('.')[0], parts[1]];
	// Two groups are served by their own API servers, and their definitions are named after them.
	if (group === 'apiextensions') return `io.k8s.apiextensions-apiserver.pkg.apis.apiextensions.${version}.${name}`;
	if (group === 'apiregistration') return `io.k8s.kube-aggregator.pkg.apis.apiregistration.${version}.${name}`;
	return `io.k8s.api.${group}.${version}.${name}`;
}

/** The precompiled validator module for a definition (`IoK8sApiCoreV1Probe.js`). */
function validatorFile(id: string): string {
	const camel = id
		.split(/[.-]/)
		.map((p) => p.charAt(0).toUpperCase() + p.slice(1))
		.join('');
	const root = id.startsWith('io.k8s.apimachinery.') ? machineryRoot : modelsRoot;
	return join(root, '_schemas', `${camel}.js`);
}

interface Walk {
	checker: ts.TypeChecker;
	queue: ts.InterfaceDeclaration[];
	seen: Set<string>;
}

function resolveDeclaration(walk: Walk, name: ts.EntityName): ts.Declaration | undefined {
	let symbol = walk.checker.getSymbolAtLocation(name);
	if (symbol && symbol.flags & ts.SymbolFlags.Alias) symbol = walk.checker.getAliasedSymbol(symbol);
	return symbol?.declarations?.[0];
}

function convertType(walk: Walk, node: ts.TypeNode): FieldType {
	switch (node.kind) {
		case ts.SyntaxKind.StringKeyword:
			return { type: 'string' };
		case ts.SyntaxKind.NumberKeyword:
			return { type: 'number' };
		case ts.SyntaxKind.BooleanKeyword:
			return { type: 'boolean' };
		case ts.SyntaxKind.AnyKeyword:
		case ts.SyntaxKind.UnknownKeyword:
			return { type: 'any' };
	}
	if (ts.isLiteralTypeNode(node) && ts.isStringLiteral(node.literal)) {
		return { type: 'string', enum: [node.literal.text] };
	}
	if (ts.isUnionTypeNode(node)) {
		const literals = node.types.filter(ts.isLiteralTypeNode).map((t) => t.literal);
		if (literals.length === node.types.length && literals.every(ts.isStringLiteral)) {
			return { type: 'string', enum: literals.map((l) => l.text) };
		}
		return { type: 'any' };
	}
	if (ts.isTypeLiteralNode(node)) {
		const index = node.members.find(ts.isIndexSignatureDeclaration);
		return index ? { type: 'map', items: convertType(walk, index.type) } : { type: 'any' };
	}
	if (ts.isTypeReferenceNode(node)) {
		const typeName = node.typeName.getText();
		if (typeName === 'Array' && node.typeArguments?.[0]) {
			return { type: 'array', items: convertType(walk, node.typeArguments[0]) };
		}
		const decl = resolveDeclaration(walk, node.typeName);
		if (decl && ts.isInterfaceDeclaration(decl)) {
			const id = definitionId(decl.getSourceFile().fileName, decl.name.text);
			if (!walk.seen.has(id)) {
				walk.seen.add(id);
				walk.queue.push(decl);
			}
			return { type: 'object', ref: id };
		}
		if (decl && ts.isTypeAliasDeclaration(decl)) {
			const id = definitionId(decl.getSourceFile().fileName, decl.name.text);
			if (id.endsWith('.IntOrString')) return { type: 'int-or-string' };
			if (id.endsWith('.Quantity')) return { type: 'quantity' };
			if (id.endsWith('.Time') || id.endsWith('.MicroTime')) return { type: 'string', format: 'date-time' };
			return convertType(walk, decl.type);
		}
	}
	throw new Error(`generate-k8s-schema: unsupported type ${ts.SyntaxKind[node.kind]} "${node.getText()}"`);
}

function propertyName(member: ts.PropertySignature): string {
	return ts.isStringLiteral(member.name) || ts.isIdentifier(member.name) ? member.name.text : member.name.getText();
}

function docOf(walk: Walk, node: ts.NamedDeclaration): string {
	const symbol = node.name ? walk.checker.getSymbolAtLocation(node.name) : undefined;
	return symbol ? ts.displayPartsToString(symbol.getDocumentationComment(walk.checker)).trim() : '';
}

type ValidateFn = ((data: unknown) => boolean) & { errors?: { instancePath: string; keyword: string; params: Record<string, unknown> }[] | null };

/** Asks the package's own compiled validator whether a numeric field is an integer and of which format. */
async function integerFormat(id: string, field: string): Promise<FieldType> {
	const mod = (await import(pathToFileURL(validatorFile(id)).href)) as { validate: ValidateFn };
	const errorsFor = (value: number) => {
		mod.validate({ [field]: value });
		return (mod.validate.errors ?? []).filter((e) => e.instancePath === `/${field}`);
	};
	if (!errorsFor(0.5).some((e) => e.keyword === 'type' && e.params.type === 'integer')) return { type: 'number' };
	const int32 = errorsFor(2 ** 31).some((e) => e.keyword === 'format' && e.params.format === 'int32');
	return { type: 'integer', format: int32 ? 'int32' : 'int64' };
}

/** Whether the package's compiled validator checks a string field (or the strings of a map or list) as base64 (`format: byte`). */
async function byteFormat(id: string, field: string, t: FieldType): Promise<boolean> {
	const file = validatorFile(id);
	if (!readFileSync(file, 'utf8').includes('formats.byte')) return false;
	const mod = (await import(pathToFileURL(file).href)) as { validate: ValidateFn };
	const value = t.type === 'map' ? { k: '!' } : t.type === 'array' ? ['!'] : '!';
	mod.validate({ [field]: value });
	return (mod.validate.errors ?? []).some((e) => e.instancePath.startsWith(`/${field}`) && e.keyword === 'format' && e.params.format === 'byte');
}

async function refine(id: string, name: string, t: FieldType): Promise<FieldType> {
	if (t.type === 'number') return integerFormat(id, name);
	if (t.type === 'string' && !t.enum && !t.format && (await byteFormat(id, name, t))) return { type: 'string', format: 'byte' };
	if (t.type === 'array' || t.type === 'map') {
		if (t.items.type === 'string' && !t.items.enum && !t.items.format && (await byteFormat(id, name, t))) return { ...t, items: { type: 'string', format: 'byte' } };
		// Numbers inside lists and maps stay integers of unknown width.
		return t.items.type === 'number' ? { ...t, items: { type: 'integer' } } : t;
	}
	return t;
}

function checkPinned(): void {
	const installed = JSON.parse(readFileSync(join(modelsRoot, 'package.json'), 'utf8')) as { version: string };
	if (installed.version !== PINNED.version) {
		throw new Error(
			`generate-k8s-schema: kubernetes-models ${installed.version} is installed but ${PINNED.version} is pinned; ` +
				'check which Kubernetes release it tracks and update PINNED.',
		);
	}
}

/**
 * Every other kind the package declares in a GA API version (`v1`, `apps/v1`, `batch/v1`, `autoscaling/v2`, …)
 * as `apiVersion/kind` → declaration file. Alpha and beta versions are left out: a default cluster does not
 * serve them, so kubectl answers "no matches for kind". List kinds are left out too: kubectl reads a
 * list's items, not the list.
 */
function builtinKinds(): Record<string, string> {
	const out: Record<string, string> = {};
	for (const group of readdirSync(modelsRoot, { withFileTypes: true })) {
		if (!group.isDirectory() || group.name.startsWith('_')) continue;
		const core = /^v\d+$/.test(group.name);
		const versions = core ? [group.name] : readdirSync(join(modelsRoot, group.name)).filter((v) => /^v\d+$/.test(v));
		for (const version of versions) {
			const dir = core ? version : `${group.name}/${version}`;
			for (const file of readdirSync(join(modelsRoot, dir))) {
				if (!file.endsWith('.d.ts') || file === 'index.d.ts') continue;
				const text = readFileSync(join(modelsRoot, dir, file), 'utf8');
				const apiVersion = /"apiVersion": "([^"]+)";/.exec(text)?.[1];
				const kind = /"kind": "([^"]+)";/.exec(text)?.[1];
				if (!apiVersion || !kind || kind.endsWith('List') || `${dir}/${kind}.d.ts` !== `${dir}/${file}`) continue;
				const gvk = `${apiVersion}/${kind}`;
				if (!(gvk in ROOT_KINDS)) out[gvk] = `${dir}/${file}`;
			}
		}
	}
	return Object.fromEntries(Object.entries(out).sort(([a], [b]) => a.localeCompare(b)));
}

/** Walks the definitions reachable from some kinds; those in `known` are neither walked nor returned again. */
async function walkKinds(roots: Record<string, string>, known: ReadonlySet<string> = new Set()) {
	const program = ts.createProgram(
		Object.values(roots).map((f) => join(modelsRoot, f)),
		{ noEmit: true, skipLibCheck: true, module: ts.ModuleKind.ESNext, moduleResolution: ts.ModuleResolutionKind.Bundler, target: ts.ScriptTarget.ESNext },
	);
	const walk: Walk = { checker: program.getTypeChecker(), queue: [], seen: new Set(known) };
	const kinds: Record<string, string> = {};
	for (const [gvk, file] of Object.entries(roots)) {
		const source = program.getSourceFile(join(modelsRoot, file));
		const decl = source?.statements.find(ts.isInterfaceDeclaration);
		if (!decl) throw new Error(`generate-k8s-schema: no interface in ${file}`);
		const id = definitionId(decl.getSourceFile().fileName, decl.name.text);
		kinds[gvk] = id;
		if (!walk.seen.has(id)) {
			walk.seen.add(id);
			walk.queue.push(decl);
		}
	}
	const definitions: Record<string, Definition> = {};
	const docs: GeneratedDocs['definitions'] = {};
	while (walk.queue.length > 0) {
		const decl = walk.queue.shift()!;
		const id = definitionId(decl.getSourceFile().fileName, decl.name.text);
		const def: Definition = { required: [], properties: {} };
		const doc = { description: docOf(walk, decl), properties: {} as Record<string, string> };
		for (const member of decl.members) {
			if (!ts.isPropertySignature(member) || !member.type) continue;
			const name = propertyName(member);
			def.properties[name] = await refine(id, name, convertType(walk, member.type));
			if (!member.questionToken) def.required.push(name);
			doc.properties[name] = docOf(walk, member);
		}
		definitions[id] = def;
		docs[id] = doc;
	}
	return { kinds, definitions, docs };
}

const sortKeys = <T>(o: Record<string, T>) => Object.fromEntries(Object.entries(o).sort(([a], [b]) => a.localeCompare(b)));

/**
 * The course's kinds (schema.json, with their field docs) and every other built-in kind
 * (builtin-schema.json: the definitions schema.json lacks; no docs, to keep the editor's download small).
 */
export async function generate(): Promise<{ schema: GeneratedSchema; docs: GeneratedDocs; builtin: GeneratedSchema }> {
	checkPinned();
	const course = await walkKinds(ROOT_KINDS);
	const others = await walkKinds(builtinKinds(), new Set(Object.keys(course.definitions)));
	const header = { kubernetesVersion: PINNED.kubernetesVersion, source: `${PINNED.package}@${PINNED.version}` };
	return {
		schema: { ...header, kinds: course.kinds, definitions: sortKeys(course.definitions) },
		docs: { kubernetesVersion: PINNED.kubernetesVersion, definitions: sortKeys(course.docs) },
		builtin: { ...header, kinds: others.kinds, definitions: sortKeys(others.definitions) },
	};
}

export const OUTPUT_DIR = join(repoRoot, 'src/lib/validate/generated');

export function serialize(value: unknown): string {
	return `${JSON.stringify(value, null, '\t')}\n`;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
	const { schema, docs, builtin } = await generate();
	mkdirSync(OUTPUT_DIR, { recursive: true });
	writeFileSync(join(OUTPUT_DIR, 'schema.json'), serialize(storeSchema(schema)));
	writeFileSync(join(OUTPUT_DIR, 'builtin-schema.json'), serialize(storeSchema(builtin)));
	writeFileSync(join(OUTPUT_DIR, 'field-docs.json'), serialize(docs));
	console.log(`Wrote ${Object.keys(schema.definitions).length} definitions (${Object.keys(schema.kinds).length} kinds) and ${Object.keys(builtin.definitions).length} more (${Object.keys(builtin.kinds).length} built-in kinds) for Kubernetes ${schema.kubernetesVersion} to ${relative(repoRoot, OUTPUT_DIR)}`);
}
