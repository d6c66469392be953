// Type tests (checked by `pnpm typecheck`): results narrow on `status`, and every result type has `help`.
import { describe, expectTypeOf, it } from 'vitest';
import {
	type Area,
	type AreaHierarchyResult,
	type AreaLookupResult,
	type AreaSearchResult,
	type FiguresAnswer,
	type FigureView,
	findAreaByOnsCode,
	getAreaHierarchy,
	getFigures,
	getHelplines,
	listYears,
	type NotFoundReason,
	type PersonConcern,
	type PersonSpeaking,
	type Signposting,
	searchAreas,
	type YearsResult,
} from '../index.js';

describe('narrowing', () => {
	it('a figures answer narrows to data, to a reason, or to help first', () => {
		const answer = getFigures({ area: 'Derbyshire' });
		expectTypeOf(answer).toEqualTypeOf<FiguresAnswer>();
		expectTypeOf(answer.help).toEqualTypeOf<Signposting>();
		if (answer.status === 'found') {
			expectTypeOf(answer.data.figures).toEqualTypeOf<readonly FigureView[]>();
			expectTypeOf(answer).not.toHaveProperty('reason');
		} else if (answer.status === 'help-first') {
			expectTypeOf(answer.concerns).toEqualTypeOf<readonly PersonConcern[]>();
			expectTypeOf(answer.input).toEqualTypeOf<string>();
			expectTypeOf(answer).not.toHaveProperty('data');
			expectTypeOf(answer).not.toHaveProperty('message');
		} else {
			expectTypeOf(answer.reason).toEqualTypeOf<NotFoundReason>();
			expectTypeOf(answer).not.toHaveProperty('data');
		}
	});

	it('search and years results narrow too, and carry help', () => {
		const search = searchAreas('derby');
		expectTypeOf(search).toEqualTypeOf<AreaSearchResult>();
		if (search.status === 'not-found') expectTypeOf(search.areas).toEqualTypeOf<readonly []>();
		const years = listYears({ area: 'Kent' });
		expectTypeOf(years).toEqualTypeOf<YearsResult>();
		if (years.status === 'found') expectTypeOf(years.years).toEqualTypeOf<readonly string[]>();
		else if (years.status === 'help-first') expectTypeOf(years.concerns).toEqualTypeOf<readonly PersonConcern[]>();
		else
			expectTypeOf(years.reason).toEqualTypeOf<
				'invalid-query' | 'unknown-area' | 'ambiguous-area' | 'unknown-measure'
			>();
		expectTypeOf(getHelplines().help.services[0].phone).toEqualTypeOf<'0800 1111'>();
		expectTypeOf(getHelplines().help.services[1].phone).toEqualTypeOf<'0808 800 5000'>();
		expectTypeOf(getHelplines().help.services[2].phone).toEqualTypeOf<'999'>();
	});

	it('ONS code lookups and the hierarchy narrow on status, and carry help', () => {
		const lookup = findAreaByOnsCode('E23000018');
		expectTypeOf(lookup).toEqualTypeOf<AreaLookupResult>();
		expectTypeOf(lookup.help).toEqualTypeOf<Signposting>();
		if (lookup.status === 'found') expectTypeOf(lookup.area).toEqualTypeOf<Area>();
		else if (lookup.status === 'help-first') {
			expectTypeOf(lookup).toEqualTypeOf<PersonSpeaking>();
			expectTypeOf(lookup.concerns).toEqualTypeOf<readonly PersonConcern[]>();
			expectTypeOf(lookup).not.toHaveProperty('area');
			expectTypeOf(lookup).not.toHaveProperty('message');
		} else {
			expectTypeOf(lookup.reason).toEqualTypeOf<'unknown-area' | 'invalid-query'>();
			expectTypeOf(lookup).not.toHaveProperty('area');
		}
		const hierarchy = getAreaHierarchy('Derbyshire');
		expectTypeOf(hierarchy).toEqualTypeOf<AreaHierarchyResult>();
		if (hierarchy.status === 'found') {
			expectTypeOf(hierarchy.forces).toEqualTypeOf<readonly Area[]>();
			expectTypeOf(hierarchy.region).toEqualTypeOf<Area | undefined>();
		} else if (hierarchy.status === 'help-first') {
			expectTypeOf(hierarchy).not.toHaveProperty('forces');
		} else {
			expectTypeOf(hierarchy.reason).toEqualTypeOf<'invalid-query' | 'unknown-area' | 'ambiguous-area'>();
			expectTypeOf(hierarchy).not.toHaveProperty('forces');
		}
	});
});
