// Where the built site is hosted. Both come from the environment so the same build works on any static
// host: `SITE=https://example.org BASE=/kube-classroom/ npm run build`.

/** @returns {string} The site's origin, used for canonical URLs and the sitemap. @default 'http://localhost:4321' */
export function siteUrl(env = process.env) {
	return env.SITE || 'http://localhost:4321';
}

/** @returns {string} The sub-path the site is served under, always with a leading and trailing slash. @default '/' */
export function basePath(env = process.env) {
	const raw = (env.BASE || '/').trim();
	const inner = raw.replace(/^\/+|\/+$/g, '');
	return inner ? `/${inner}/` : '/';
}

/** @returns {string} Where `astro build` writes the site. @default './dist/' */
export function outDir(env = process.env) {
	return env.OUT_DIR || './dist/';
}
