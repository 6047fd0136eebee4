package org.briefdesk.facts;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.briefdesk.system.BriefdeskException;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Service;

/**
 * The sample library that ships inside the program (classpath {@code briefdesk/data/}, the
 * project's {@code data/} folder): every fact of the sample documents, so that a first start
 * is useful at once. It is imported through the same checks as a user's files, every kind
 * of entry included (a feature that adds one adds its sample file there).
 */
@Service
public class SampleLibrary {

	static final String LOCATION = "classpath*:briefdesk/data/*.yaml";

	private static final Log log = LogFactory.getLog(SampleLibrary.class);

	private final LibraryImporter importer;

	private final LibraryOpener opener;

	private final PrintStream announcements;

	@org.springframework.beans.factory.annotation.Autowired
	public SampleLibrary(LibraryImporter importer, LibraryOpener opener) {
		this(importer, opener, System.err);
	}

	SampleLibrary(LibraryImporter importer, LibraryOpener opener, PrintStream announcements) {
		this.importer = importer;
		this.opener = opener;
		this.announcements = announcements;
	}

	/** The sample files, read from the classpath, in name order. */
	public List<LibraryImporter.Source> sources() {
		try {
			Resource[] resources = new PathMatchingResourcePatternResolver().getResources(LOCATION);
			List<LibraryImporter.Source> sources = new ArrayList<>();
			for (Resource resource : Arrays.stream(resources)
				.sorted(Comparator.comparing(Resource::getFilename))
				.toList()) {
				try (InputStream in = resource.getInputStream()) {
					sources.add(new LibraryImporter.Source("briefdesk/data/" + resource.getFilename(), in.readAllBytes()));
				}
			}
			return sources;
		}
		catch (IOException unreadable) {
			throw new IllegalStateException("cannot read the sample library from the classpath", unreadable);
		}
	}

	/**
	 * Loads the sample facts into the library this process has just created and says so in
	 * one line on stderr. If they cannot be loaded, the new library is removed again, so that
	 * the next start tries afresh instead of leaving an empty library behind.
	 */
	void loadIntoNewLibrary() {
		LibraryImporter.Result result;
		try {
			result = this.importer.importSources(sources(), false, false);
		}
		catch (RuntimeException failed) {
			log.error("could not load the sample facts", failed);
			discardNewLibrary();
			throw new BriefdeskException("could not load the sample facts into the new library ("
					+ failed.getMessage().lines().findFirst().orElse("") + "); the library was not kept", failed);
		}
		LibraryFiles files = this.opener.files();
		this.announcements.println("created a new library in " + files.home() + " with the sample facts ("
				+ result.summary() + ")");
	}

	private void discardNewLibrary() {
		this.opener.opened().ifPresent(LibraryDataSource::close);
		try {
			Files.deleteIfExists(this.opener.files().databaseFile());
		}
		catch (IOException | RuntimeException ignored) {
			// the next start will find the empty library; the log says why
		}
	}

}
