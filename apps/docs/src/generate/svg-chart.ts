import { htmlText } from './markdown-text.js';

/** One year of a chart: every value the sources give for it (more than one when they disagree). */
export interface ChartPoint {
	readonly year: string;
	readonly values: readonly { readonly value: number; readonly text: string }[];
}

/** What a chart shows, in words: its title and the sentence a screen reader hears. */
export interface ChartSpec {
	readonly id: string;
	readonly title: string;
	readonly points: readonly ChartPoint[];
}

const WIDTH = 640;
const HEIGHT = 340;
const PAD = { top: 72, right: 48, bottom: 44, left: 80 } as const;

function niceMax(max: number): number {
	if (max <= 0) return 1;
	const step = 10 ** Math.floor(Math.log10(max));
	return Math.ceil(max / step) * step;
}

const round = (n: number) => Math.round(n * 10) / 10;

/**
 * The chart's text alternative: every year and value, with disagreements said plainly.
 *
 * @example
 * ```ts
 * chartDescription({ id: 'x', title: 'Offences recorded', points }); // "2015/16: 983 and 166 (sources disagree); ..."
 * ```
 */
export function chartDescription(spec: ChartSpec): string {
	const years = spec.points.map((p) =>
		p.values.length > 1
			? `${p.year}: ${p.values.map((v) => v.text).join(' and ')} (the sources disagree)`
			: `${p.year}: ${p.values[0]?.text ?? 'no figure'}`,
	);
	return `${spec.title}, by financial year. ${years.join('; ')}.`;
}

/**
 * An inline SVG line chart of a yearly series, with `role="img"`, a `<title>` and a `<desc>` giving every value.
 * Years are placed by their start year, so gaps between held years show as gaps. A line joins adjacent held years
 * only where each has one undisputed value; every value gets a marker and a label.
 *
 * @example
 * ```ts
 * svgLineChart({ id: 'derbyshire-cso', title: 'Offences recorded in Derbyshire', points });
 * ```
 */
export function svgLineChart(spec: ChartSpec): string {
	const titleId = `${spec.id}-title`;
	const descId = `${spec.id}-desc`;
	const starts = spec.points.map((p) => Number(p.year.slice(0, 4)));
	const first = Math.min(...starts);
	const last = Math.max(...starts);
	const max = niceMax(Math.max(...spec.points.flatMap((p) => p.values.map((v) => v.value))));
	const plotW = WIDTH - PAD.left - PAD.right;
	const plotH = HEIGHT - PAD.top - PAD.bottom;
	const x = (start: number) =>
		round(PAD.left + (last === first ? plotW / 2 : ((start - first) / (last - first)) * plotW));
	const y = (value: number) => round(PAD.top + plotH - (value / max) * plotH);
	const parts: string[] = [];
	for (const tick of [0, max / 2, max]) {
		parts.push(
			`<line x1="${PAD.left}" x2="${WIDTH - PAD.right}" y1="${y(tick)}" y2="${y(tick)}" class="sp-grid"/>`,
			`<text x="${PAD.left - 8}" y="${y(tick) + 4}" text-anchor="end" class="sp-axis">${tick.toLocaleString('en-GB')}</text>`,
		);
	}
	spec.points.forEach((point, i) => {
		const px = x(starts[i] ?? first);
		parts.push(
			`<text x="${px}" y="${HEIGHT - PAD.bottom + 24}" text-anchor="middle" class="sp-axis">${htmlText(point.year)}</text>`,
		);
		const next = spec.points[i + 1];
		const [only] = point.values;
		const [nextOnly] = next?.values ?? [];
		if (next && only && nextOnly && point.values.length === 1 && next.values.length === 1) {
			const nx = x(starts[i + 1] ?? last);
			parts.push(`<line x1="${px}" y1="${y(only.value)}" x2="${nx}" y2="${y(nextOnly.value)}" class="sp-line"/>`);
		}
		// Values the sources disagree about can be close together: their labels are stacked above the highest.
		const top = Math.max(...point.values.map((v) => v.value));
		// Labels at the ends of the axis lean inwards, clear of the axis labels and the edge.
		const isFirst = i === 0 && spec.points.length > 1;
		const isLast = i === spec.points.length - 1 && spec.points.length > 1;
		const anchor = isFirst ? 'start' : isLast ? 'end' : 'middle';
		const labelShift = isFirst ? 8 : isLast ? -8 : 0;
		point.values.forEach((v, k) => {
			const labelY = point.values.length > 1 ? y(top) - 12 - 20 * (point.values.length - 1 - k) : y(v.value) - 12;
			parts.push(
				`<circle cx="${px}" cy="${y(v.value)}" r="5" class="sp-point"/>`,
				`<text x="${px + labelShift}" y="${round(labelY)}" text-anchor="${anchor}" class="sp-value">${htmlText(v.text)}</text>`,
			);
		});
	});
	return [
		`<svg class="sp-chart" viewBox="0 0 ${WIDTH} ${HEIGHT}" role="img" aria-labelledby="${titleId} ${descId}" xmlns="http://www.w3.org/2000/svg">`,
		`<title id="${titleId}">${htmlText(spec.title)}</title>`,
		`<desc id="${descId}">${htmlText(chartDescription(spec))}</desc>`,
		...parts,
		'</svg>',
	].join('\n');
}
