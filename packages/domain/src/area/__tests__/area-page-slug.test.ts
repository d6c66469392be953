import { describe, expect, it } from 'vitest';
import { getBundledDataset } from '../../dataset/bundled-dataset.js';
import { areaPageSlug } from '../area-page-slug.js';

describe('areaPageSlug', () => {
	const dataset = getBundledDataset();

	it('keeps the id of a force and addresses a group by its name', () => {
		const kent = dataset.areas.find((a) => a.id === 'kent');
		const group = dataset.areas.find((a) => a.id === 'london-and-south-east-scwc-group');
		expect(kent && areaPageSlug(kent)).toBe('kent');
		expect(group && areaPageSlug(group)).toBe('london-kent-surrey-sussex-and-hampshire');
	});

	it('gives every area a different address, made of lower-case words and hyphens only', () => {
		const slugs = dataset.areas.map(areaPageSlug);
		expect(new Set(slugs).size).toBe(slugs.length);
		for (const slug of slugs) expect(slug).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
	});
});
