// Small clusters the playground tests start from, built with the real runtime (seeded, so names repeat).
import { readFileSync } from 'node:fs';
import { createRuntime, type ClusterRuntime } from '../../../src/lib/session/index.ts';

/** The session tests' ReplicationController (3 replicas of app=web), applied as a here-document, then 10 s. */
export const RC_SCENARIO = `kubectl apply -f - <<EOF\n${readFileSync(new URL('../../fixtures/sessions/rc.yaml', import.meta.url), 'utf8')}EOF\nsleep 10`;

export const SERVICE_SCENARIO = `kubectl apply -f - <<EOF
apiVersion: v1
kind: Service
metadata:
  name: web-prod
spec:
  selector:
    app: web
    env: prod
  ports:
    - port: 80
EOF
kubectl run web-1 --image=nginx:1.27 --labels=app=web,env=prod
kubectl run web-2 --image=nginx:1.27 --labels=app=web,env=staging
sleep 10`;

/** A fresh three-node cluster after `scenario`; every command must succeed. */
export function clusterAfter(scenario: string): ClusterRuntime {
	const runtime = createRuntime();
	for (const entry of runtime.run(scenario)) {
		if (entry.exitCode !== 0) throw new Error(`fixture command failed: ${entry.command}\n${entry.output}`);
	}
	return runtime;
}

/** Names of the Pods matching `app=web`, in creation order. */
export function webPods(runtime: ClusterRuntime): string[] {
	return runtime.kubectl('kubectl get pods -l app=web -o name').output.trim().split('\n').map((l) => l.replace('pod/', ''));
}
