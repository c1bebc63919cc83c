// When Enter in the terminal runs what was typed and when it asks for more (bash's `> ` prompt).
import { describe, expect, test } from 'vitest';
import { needsMoreInput } from '../../../src/lib/session/shell/input.ts';

describe('needsMoreInput', () => {
	test.each([
		['kubectl apply -f - <<EOF', 'a here-document before its delimiter line'],
		['cat <<EOF | kubectl apply -f -\napiVersion: v1\nkind: Pod', 'a here-document body without the delimiter yet'],
		["kubectl label pod web-1 'app=web", 'an open single quote'],
		['echo "a b', 'an open double quote'],
		['kubectl delete $(kubectl get pods -o name', 'an unclosed $('],
		['kubectl get pods |', 'a line ending in a pipe'],
		['kubectl get pods &&', 'a line ending in &&'],
		['kubectl get \\', 'a line ending in a backslash'],
	])('%j waits for more (%s)', (text) => {
		expect(needsMoreInput(text)).toBe(true);
	});

	test.each([
		['kubectl get pods', 'one command'],
		['cat <<EOF | kubectl apply -f -\napiVersion: v1\nEOF', 'a closed here-document'],
		['kubectl get pods | grep web', 'a pipe'],
		["echo 'it''s'", 'balanced quotes'],
		['kubectl get \\\\', 'an escaped backslash at the end'],
		['kubectl get pods | | wc', 'a syntax error, which runs and reports it'],
		['kubectl get pods > out.txt', 'an unsupported redirection, which runs and says so'],
		['', 'an empty line'],
	])('%j is complete (%s)', (text) => {
		expect(needsMoreInput(text)).toBe(false);
	});
});
