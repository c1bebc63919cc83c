// The browser loads kubectl's rarer commands and the YAML library on demand (src/lib/kubectl/catalog.ts,
// yaml-on-demand.ts); the CLI and the build prepare each session first. Unit tests run lines
// synchronously, so everything is loaded once per test file here. tests/unit/kubectl/on-demand.test.ts
// checks the on-demand path itself, on fresh modules.
import { loadKubectl } from '../../src/lib/kubectl/index.ts';

await loadKubectl();
