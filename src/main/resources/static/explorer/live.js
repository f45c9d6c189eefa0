// Live changes: the `changes` subscription over GraphQL over Server-Sent Events (a POST with
// Accept: text/event-stream, read as a stream), so the explorer redraws when a curator's write or a seed load
// touches what it shows. The stream is re-opened after it ends (the service ends idle streams after an hour,
// and drops a subscriber that falls far behind), waiting longer after each failure.

const SUBSCRIPTION = `
	subscription ExplorerChanges {
		changes { action entityIds graphVersion change { target } }
	}`;

/** Calls `onChange(event)` for every committed change, until the page goes away. */
export function watchChanges(onChange) {
	let wait = 1000;
	const open = async () => {
		try {
			const response = await fetch('/graphql', {
				method: 'POST',
				headers: { 'Content-Type': 'application/json', Accept: 'text/event-stream' },
				body: JSON.stringify({ operationName: 'ExplorerChanges', query: SUBSCRIPTION }),
			});
			if (response.ok && response.body) {
				wait = 1000;
				await read(response.body, onChange);
			}
		}
		catch {
			// network failure or dropped stream: open again below
		}
		setTimeout(open, wait);
		wait = Math.min(wait * 2, 60000);
	};
	open();
}

/** Reads server-sent events (blank-line separated `event:`/`data:` lines) and hands on each `next` event's change. */
async function read(body, onChange) {
	const reader = body.pipeThrough(new TextDecoderStream()).getReader();
	let buffer = '';
	for (;;) {
		const { value, done } = await reader.read();
		if (done) {
			return;
		}
		buffer += value;
		let end;
		while ((end = buffer.indexOf('\n\n')) >= 0) {
			const block = buffer.slice(0, end);
			buffer = buffer.slice(end + 2);
			let name = 'message';
			let data = '';
			for (const line of block.split('\n')) {
				if (line.startsWith('event:')) {
					name = line.slice(6).trim();
				}
				else if (line.startsWith('data:')) {
					data += line.slice(5).trim();
				}
			}
			if (name === 'next' && data) {
				const change = JSON.parse(data)?.data?.changes;
				if (change) {
					onChange(change);
				}
			}
		}
	}
}
