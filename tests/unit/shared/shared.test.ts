import { describe, expect, it } from 'vitest';
import { langOf } from '../../../src/lib/shared/lang.ts';
import { OnDemand } from '../../../src/lib/shared/on-demand.ts';
import { list, obj } from '../../../src/lib/shared/read.ts';
import { onDemand } from '../../../src/lib/kubectl/on-demand.ts';
import { KubectlError } from '../../../src/lib/kubectl/result.ts';

describe('langOf', () => {
	it.each([
		['zh-CN', 'zh-CN'],
		['zh', 'zh-CN'],
		['ZH-hans', 'zh-CN'],
		['en', 'en'],
		['en-GB', 'en'],
		[undefined, 'en'],
	] as const)('%s is %s', (tag, lang) => expect(langOf(tag)).toBe(lang));
});

describe('OnDemand', () => {
	it('loads once, says what it is while missing, and retries after a failed download', async () => {
		let calls = 0;
		const code = new OnDemand('the thing', async () => {
			calls++;
			if (calls === 1) throw new Error('offline');
			return 42;
		});
		expect(code.loaded).toBe(false);
		expect(code.value).toBeUndefined();
		expect(() => code.get()).toThrow('the thing is not loaded');
		await expect(code.load()).rejects.toThrow('offline');
		expect(await code.load()).toBe(42);
		expect(await code.load()).toBe(42);
		expect(calls).toBe(2);
		expect(code.get()).toBe(42);
	});

	it("leaves the missing code's error to its owner: kubectl's says to check the connection", () => {
		const yaml = onDemand('the YAML support', async () => 'codec');
		expect(() => yaml.get()).toThrow(KubectlError);
		expect(() => yaml.get()).toThrow('error: the YAML support is not loaded; check the connection and run the command again');
	});
});

describe('readers', () => {
	it('read anything without throwing', () => {
		expect(obj(null)).toEqual({});
		expect(obj([1])).toEqual({});
		expect(list({ a: 1 })).toEqual([]);
		expect(list([{ a: 1 }, 'x'])).toEqual([{ a: 1 }, {}]);
	});
});
