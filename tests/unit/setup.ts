// The browser loads kubectl's rarer commands, the YAML library, `sim` and the cluster's add-ons on
// demand (src/lib/kubectl/catalog.ts, yaml-on-demand.ts, src/lib/session/runtime.ts,
// src/lib/cluster/addons.ts); the CLI and the build prepare each session first. Unit tests run lines
// and create objects synchronously, so everything is loaded once per test file here.
// tests/unit/kubectl/on-demand.test.ts checks the on-demand paths themselves, on fresh modules.
import { loadRuntime } from '../../src/lib/session/index.ts';

await loadRuntime();
