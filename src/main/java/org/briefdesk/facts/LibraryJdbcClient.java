package org.briefdesk.facts;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The application's {@link JdbcClient}. The first statement any feature runs through it
 * loads the sample facts into a library this process has just created, so a new library is
 * never seen empty, whichever command opens it first. After that it only delegates.
 */
class LibraryJdbcClient implements JdbcClient {

	private final JdbcClient delegate;

	private final LibraryOpener opener;

	private final ObjectProvider<SampleLibrary> samples;

	private volatile boolean checked;

	LibraryJdbcClient(NamedParameterJdbcTemplate template, LibraryOpener opener, ObjectProvider<SampleLibrary> samples) {
		this.delegate = JdbcClient.create(template);
		this.opener = opener;
		this.samples = samples;
	}

	@Override
	public StatementSpec sql(String sql) {
		if (!this.checked) {
			ensureSamplesLoaded();
		}
		return this.delegate.sql(sql);
	}

	private synchronized void ensureSamplesLoaded() {
		if (this.checked) {
			return;
		}
		// Set first: loading the samples runs statements through this client.
		this.checked = true;
		if (this.opener.createdNow()) {
			this.samples.getObject().loadIntoNewLibrary();
			this.opener.sampleLoadFinished();
		}
	}

}
