import { describe, expect, it } from 'vitest';
import { shownDrawing } from './drawing';

const view = {
	live: null,
	key: 'kota:35',
	redraw: true,
	build: '<svg>build</svg>',
	buildStandsIn: false
};

describe('shownDrawing', () => {
	it('shows the build’s drawing where nothing is drawn here', () => {
		expect(shownDrawing({ ...view, redraw: false })).toEqual({
			svg: '<svg>build</svg>',
			drawing: false
		});
		expect(shownDrawing({ ...view, redraw: false, build: undefined })).toEqual({
			svg: '',
			drawing: false
		});
	});

	it('never shows the build’s drawing of other rows while this view’s is drawn', () => {
		expect(shownDrawing(view)).toEqual({ svg: '', drawing: true });
	});

	it('lets the build’s drawing stand in where its rows are the same', () => {
		expect(shownDrawing({ ...view, buildStandsIn: true })).toEqual({
			svg: '<svg>build</svg>',
			drawing: true
		});
	});

	it('shows this view’s drawing once made, and an earlier one only as drawing', () => {
		const live = { key: 'kota:35', svg: '<svg>jatim</svg>' };
		expect(shownDrawing({ ...view, live })).toEqual({ svg: '<svg>jatim</svg>', drawing: false });
		expect(shownDrawing({ ...view, live, key: 'kota:51', buildStandsIn: true })).toEqual({
			svg: '<svg>jatim</svg>',
			drawing: true
		});
	});

	it('takes a failed drawing (empty) as made: the place is empty, not waiting', () => {
		expect(shownDrawing({ ...view, live: { key: 'kota:35', svg: '' } })).toEqual({
			svg: '',
			drawing: false
		});
	});
});
