import { describe, expect, it } from 'vitest';
import { EnvError, loadDeployEnv, loadEnv } from '../env.js';

const PUBLIC_KEY = 'a'.repeat(64);
const TOKEN = 'MTEwMDAwMDAwMDAwMDAwMDAwMQ.GaBcDe.abcdefghijklmnopqrstuvwxyz0123456789AB';

describe('loadEnv', () => {
	it('starts the console with no credentials, on 127.0.0.1:8787', () => {
		const env = loadEnv({});
		expect(env).toMatchObject({ mode: 'console', port: 8_787, host: '127.0.0.1', logLevel: 'info' });
	});

	it('serves HTTP interactions with a public key, and the gateway with a token', () => {
		expect(loadEnv({ DISCORD_PUBLIC_KEY: PUBLIC_KEY, PORT: '9000', HOST: '0.0.0.0' })).toMatchObject({
			mode: 'http',
			port: 9_000,
			host: '0.0.0.0',
			publicKey: PUBLIC_KEY,
		});
		expect(
			loadEnv({ DISCORD_TOKEN: TOKEN, DISCORD_APPLICATION_ID: '1100000000000000001', DISCORD_PUBLIC_KEY: PUBLIC_KEY })
				.mode,
		).toBe('gateway');
	});

	it('has no gateway health check unless HEALTH_PORT is set; HEALTH_HOST defaults to loopback', () => {
		expect(loadEnv({}).health).toBeUndefined();
		expect(loadEnv({ HEALTH_PORT: '8788' }).health).toEqual({ port: 8_788, host: '127.0.0.1' });
		expect(loadEnv({ HEALTH_PORT: '8788', HEALTH_HOST: '0.0.0.0' }).health).toEqual({ port: 8_788, host: '0.0.0.0' });
		expect(() => loadEnv({ HEALTH_PORT: '70000' })).toThrow(/HEALTH_PORT: must be a port number/);
		expect(() => loadEnv({ HEALTH_PORT: 'healthz' })).not.toThrow(/healthz/);
	});

	it('gives a shard spawned by the ShardingManager no health port, so only the manager listens on it', () => {
		const shard = { HEALTH_PORT: '8788', SHARDING_MANAGER: 'true', SHARDS: '[0]', SHARD_COUNT: '2' };
		expect(loadEnv(shard).health).toBeUndefined();
		expect(loadEnv({ ...shard, SHARDING_MANAGER: undefined }).health).toEqual({ port: 8_788, host: '127.0.0.1' });
	});

	it('names each missing or invalid variable without echoing its value', () => {
		const attempt = () => loadEnv({ DISCORD_PUBLIC_KEY: 'not-a-key', PORT: 'eighty', LOG_LEVEL: 'loud' });
		expect(attempt).toThrow(EnvError);
		try {
			attempt();
		} catch (error) {
			const message = (error as EnvError).message;
			expect(message).toMatch(/DISCORD_PUBLIC_KEY: must be 64 hexadecimal/);
			expect(message).toContain('PORT');
			expect(message).toContain('LOG_LEVEL');
			expect(message).not.toContain('not-a-key');
		}
		expect(() => loadEnv({ DISCORD_TOKEN: TOKEN })).toThrow(/DISCORD_APPLICATION_ID: is required/);
		expect(() => loadDeployEnv({})).toThrow(/DISCORD_TOKEN: is required[\s\S]*DISCORD_APPLICATION_ID: is required/);
	});

	it('treats empty values as unset, as a copied .env.example has them', () => {
		expect(loadEnv({ DISCORD_TOKEN: '', DISCORD_PUBLIC_KEY: ' ', PORT: '' })).toMatchObject({
			mode: 'console',
			port: 8_787,
		});
	});
});
