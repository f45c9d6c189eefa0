// A search box with suggestions (the ARIA combobox pattern): type, move with ↑/↓, choose with Enter or a click,
// close with Escape. Used for the main search and for both ends of the path finder.

import { searchEntities } from './api.js';

const DEBOUNCE_MS = 200;

export class Suggest {
	/**
	 * @param input the text field (role=combobox)
	 * @param list the list that shows the suggestions (role=listbox)
	 * @param options.label (entity) => text shown for an entity, in the current language
	 * @param options.onChoose (entity) => called with the chosen entity
	 * @param options.onError (error) => called when the search fails
	 */
	constructor(input, list, { label, onChoose, onError }) {
		this.input = input;
		this.list = list;
		this.label = label;
		this.onChoose = onChoose;
		this.onError = onError;
		this.hits = [];
		this.active = -1;
		this.chosen = null;
		this.pending = 0;
		this.timer = undefined;
		input.addEventListener('input', () => this.scheduleSearch());
		input.addEventListener('keydown', (event) => this.onKey(event));
		input.addEventListener('blur', () => setTimeout(() => this.close(), 150));
	}

	scheduleSearch() {
		this.chosen = null;
		clearTimeout(this.timer);
		this.timer = setTimeout(() => this.search(), DEBOUNCE_MS);
	}

	async search() {
		const text = this.input.value.trim();
		if (!text) {
			this.close();
			return;
		}
		const request = ++this.pending; // answers to older keystrokes are dropped
		this.input.setAttribute('aria-busy', 'true');
		try {
			const hits = await searchEntities(text);
			if (request === this.pending) {
				this.show(hits);
			}
		}
		catch (error) {
			this.close();
			this.onError(error);
		}
		finally {
			if (request === this.pending) {
				this.input.removeAttribute('aria-busy');
			}
		}
	}

	show(hits) {
		this.hits = hits;
		this.active = hits.length ? 0 : -1;
		this.list.replaceChildren();
		if (!hits.length) {
			const empty = document.createElement('li');
			empty.className = 'empty';
			empty.textContent = 'No entity matches.';
			this.list.append(empty);
		}
		hits.forEach((hit, index) => {
			const option = document.createElement('li');
			option.id = `${this.list.id}-${index}`;
			option.setAttribute('role', 'option');
			option.dataset.id = hit.entity.id;
			option.dataset.kind = hit.entity.kind;
			const name = document.createElement('span');
			name.textContent = this.label(hit.entity);
			const kind = document.createElement('span');
			kind.className = 'kind';
			kind.textContent = hit.entity.kind.toLowerCase();
			option.append(name, kind);
			// mousedown, not click: it comes before the input's blur closes the list
			option.addEventListener('mousedown', (event) => {
				event.preventDefault();
				this.choose(index);
			});
			this.list.append(option);
		});
		this.list.hidden = false;
		this.input.setAttribute('aria-expanded', 'true');
		this.highlight();
	}

	onKey(event) {
		if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
			event.preventDefault();
			if (this.list.hidden) {
				this.search();
				return;
			}
			const step = event.key === 'ArrowDown' ? 1 : -1;
			this.active = (this.active + step + this.hits.length) % Math.max(this.hits.length, 1);
			this.highlight();
		}
		else if (event.key === 'Enter') {
			event.preventDefault();
			if (!this.list.hidden && this.active >= 0) {
				this.choose(this.active);
			}
			else {
				this.search();
			}
		}
		else if (event.key === 'Escape') {
			this.close();
		}
	}

	highlight() {
		[...this.list.querySelectorAll('[role=option]')].forEach((option, index) => {
			option.setAttribute('aria-selected', String(index === this.active));
		});
		if (this.active >= 0) {
			this.input.setAttribute('aria-activedescendant', `${this.list.id}-${this.active}`);
		}
		else {
			this.input.removeAttribute('aria-activedescendant');
		}
	}

	choose(index) {
		const entity = this.hits[index].entity;
		this.chosen = entity;
		this.input.value = this.label(entity);
		this.close();
		this.onChoose(entity);
	}

	close() {
		this.list.hidden = true;
		this.input.setAttribute('aria-expanded', 'false');
		this.input.removeAttribute('aria-activedescendant');
	}
}
