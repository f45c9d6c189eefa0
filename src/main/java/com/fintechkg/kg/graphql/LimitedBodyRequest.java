package com.fintechkg.kg.graphql;

import java.io.IOException;

import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;

/** A request whose body stops with an error past a size limit (for bodies sent without Content-Length). */
final class LimitedBodyRequest extends HttpServletRequestWrapper {

	private final long max;

	LimitedBodyRequest(HttpServletRequest request, long max) {
		super(request);
		this.max = max;
	}

	@Override
	public ServletInputStream getInputStream() throws IOException {
		ServletInputStream body = super.getInputStream();
		return new ServletInputStream() {

			private long read;

			@Override
			public int read() throws IOException {
				int next = body.read();
				if (next >= 0 && ++this.read > LimitedBodyRequest.this.max) {
					throw new IOException("Request body larger than " + LimitedBodyRequest.this.max + " bytes");
				}
				return next;
			}

			@Override
			public int read(byte[] buffer, int offset, int length) throws IOException {
				int count = body.read(buffer, offset, length);
				if (count > 0) {
					this.read += count;
					if (this.read > LimitedBodyRequest.this.max) {
						throw new IOException("Request body larger than " + LimitedBodyRequest.this.max + " bytes");
					}
				}
				return count;
			}

			@Override
			public boolean isFinished() {
				return body.isFinished();
			}

			@Override
			public boolean isReady() {
				return body.isReady();
			}

			@Override
			public void setReadListener(ReadListener listener) {
				body.setReadListener(listener);
			}

		};
	}

}
